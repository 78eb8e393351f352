package dev.tandem.triage.intake;

import static dev.tandem.triage.TriageFixtures.LEGAL_THREAT;
import static dev.tandem.triage.TriageFixtures.ORDER_STATUS;
import static dev.tandem.triage.TriageFixtures.message;
import static dev.tandem.triage.TriageFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.triage.RecordedEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Concurrent intakes share transactions (group commit), and every caller still gets its own complete
 * answer, backed by its own stored message and events.
 */
@QuarkusTest
class IntakeGroupCommitTest {

    private static final int REQUESTS = 40;

    @Inject
    MeterRegistry registry;
    @Inject
    RecordedEvents events;

    @Test
    void shouldStoreConcurrentMessagesInSharedTransactionsAndAnswerEachOnItsOwn() {
        HistogramSnapshot before = batches();
        double redoneBefore = redone();
        ExecutorService clients = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<ExtractableResponse<Response>>> calls = IntStream.range(0, REQUESTS)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        Map<String, Object> request = message(i % 2 == 0 ? ORDER_STATUS : LEGAL_THREAT);
                        return post(request).extract();
                    }, clients)).toList();
            start.countDown();
            List<ExtractableResponse<Response>> responses = calls.stream().map(CompletableFuture::join).toList();

            assertThat(responses).extracting(ExtractableResponse::statusCode).containsOnly(201);
            List<String> ids = responses.stream().map(r -> r.<String>path("id")).distinct().toList();
            assertThat(ids).hasSize(REQUESTS);
            for (ExtractableResponse<Response> r : responses) {
                String id = r.path("id");
                assertThat(events.of("triage.message.triaged", id)).hasSize(1);
                if ("HUMAN".equals(r.path("route"))) {
                    assertThat(r.<String>path("handoff.id")).isNotNull();
                    assertThat(events.of("triage.handoff.created", id)).hasSize(1);
                }
            }
        } finally {
            clients.shutdownNow();
        }

        HistogramSnapshot after = batches();
        long transactions = after.count() - before.count();
        double stored = after.total() - before.total();
        assertThat(stored).isEqualTo(REQUESTS);
        assertThat(transactions).as("40 concurrent messages in fewer than 40 transactions").isLessThan(REQUESTS);
        assertThat(redone() - redoneBefore).isZero();
    }

    private HistogramSnapshot batches() {
        return registry.get("triage.intake.batch.size").summary().takeSnapshot();
    }

    private double redone() {
        return registry.get("triage.intake.batch.redone").counter().count();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
