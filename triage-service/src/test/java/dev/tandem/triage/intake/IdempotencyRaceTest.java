package dev.tandem.triage.intake;

import static dev.tandem.triage.TriageFixtures.LEGAL_THREAT;
import static dev.tandem.triage.TriageFixtures.message;
import static dev.tandem.triage.TriageFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.triage.RecordedEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Retries that race each other still create exactly one message: the unique constraint decides. */
@QuarkusTest
class IdempotencyRaceTest {

    @Inject
    RecordedEvents events;

    @Test
    void shouldCreateOneMessageWhenTheSameExternalIdArrivesConcurrently() {
        Map<String, Object> request = message(LEGAL_THREAT);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ExtractableResponse<Response>>> calls = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return post(request).extract();
                })).toList();
        start.countDown();
        List<ExtractableResponse<Response>> responses = calls.stream().map(CompletableFuture::join).toList();

        assertThat(responses).extracting(ExtractableResponse::statusCode).containsOnly(200, 201);
        assertThat(responses.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
        List<String> ids = responses.stream().map(r -> r.<String>path("id")).distinct().toList();
        assertThat(ids).hasSize(1);
        assertThat(responses.stream().map(r -> r.<String>path("handoff.id")).distinct()).hasSize(1);
        assertThat(events.of("triage.message.triaged", ids.get(0))).hasSize(1);
    }
}
