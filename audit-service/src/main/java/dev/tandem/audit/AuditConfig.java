package dev.tandem.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the audit log. Production takes the keys from a secret store through environment variables. */
@ConfigMapping(prefix = "tandem.audit")
public interface AuditConfig {

    /** Checkpoint origin line (C2SP): names this log, e.g. {@code tandem.example.com/audit}. */
    @WithDefault("tandem.dev/audit")
    String origin();

    /** Base64 of the 32-byte Ed25519 seed that signs checkpoints. The default in application.properties is a DEV key. */
    String signingKey();

    /** Base64 of the 32-byte AES key that wraps every data subject's key. The default is a DEV key. */
    String masterKey();

    /** How long readable payloads are kept, counted from the event time; at least six months (EU AI Act Art. 26(6)). */
    @WithDefault("P183D")
    Duration retention();

    /** Batching of incoming events into one transaction each. */
    Ingest ingest();

    interface Ingest {
        /** Most entries committed in one transaction. */
        @WithDefault("2000")
        int batchSize();

        /** Longest wait for more events before a partial batch is committed. */
        @WithDefault("PT0.005S")
        Duration maxWait();
    }
}
