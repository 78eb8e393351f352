package dev.tandem.audit.export;

import static dev.tandem.audit.AuditFixtures.AUDITOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.audit.AuditApi;
import dev.tandem.audit.AuditFixtures;
import dev.tandem.audit.LogDb;
import dev.tandem.audit.verifier.AuditVerifier;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The offline verifier as an auditor runs it: a separate JVM with only the service's classes and Jackson (both in
 * {@code quarkus-app/app} and {@code lib/main}), on an export and the public key downloaded from the service.
 */
@QuarkusTest
class OfflineVerifierProcessTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldVerifyADownloadedExportInASeparateProcessAndRejectAnEditedOne() throws Exception {
        String[] ids = new String[3];
        try (AuditFixtures.Bus bus = new AuditFixtures.Bus()) {
            for (int i = 0; i < ids.length; i++) {
                ObjectNode event = AuditFixtures.event("triage.message.routed", "msg-o" + i, "msg-o" + i, "AI",
                        "rules-1.0", Instant.now());
                ids[i] = event.get("id").asText();
                bus.publish(event);
            }
        }
        new LogDb(dataSource).awaitEntries(ids);
        long size = AuditApi.checkpoint().getLong("treeSize");
        String export = given().header("Authorization", AUDITOR).queryParam("format", "jsonl")
                .when().get("/api/audit/export").then().statusCode(200).extract().asString();
        Path file = Files.createTempFile("audit-export", ".jsonl");
        Files.writeString(file, export, StandardCharsets.UTF_8);

        Result valid = run(file, AuditApi.verifierKey());

        assertThat(valid.exit).as(valid.output).isZero();
        assertThat(valid.output).startsWith("VALID: " + size + " entries");
        Files.writeString(file, export.replace("\"actor\":\"rules-1.0\"", "\"actor\":\"rules-2.0\""),
                StandardCharsets.UTF_8);
        Result edited = run(file, AuditApi.verifierKey());
        assertThat(edited.exit).as(edited.output).isEqualTo(1);
        assertThat(edited.output).startsWith("INVALID: entry ");
        Files.delete(file);
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path export, String key) throws Exception {
        String classpath = String.join(File.pathSeparator, Path.of("target/classes").toAbsolutePath().toString(),
                jarOf(ObjectMapper.class), jarOf(JsonFactory.class), jarOf(JsonProperty.class));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, AuditVerifier.class.getName(), "--export", export.toString(), "--key", key)
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).trim());
    }

    private static String jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
