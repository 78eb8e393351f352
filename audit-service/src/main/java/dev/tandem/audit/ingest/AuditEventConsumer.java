package dev.tandem.audit.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Receives every event on the bus and hands it to the single-writer {@link IngestBatcher}. The message is
 * acknowledged by the batcher only after its entry is committed (or nacked to the DLQ when malformed).
 */
@ApplicationScoped
class AuditEventConsumer {

    /** The incoming channel; its queue is {@code audit.events} bound with {@code #}. */
    static final String CHANNEL = "audit-events";

    private final IngestBatcher batcher;

    AuditEventConsumer(IngestBatcher batcher) {
        this.batcher = batcher;
    }

    @Incoming(CHANNEL)
    CompletionStage<Void> consume(Message<?> message) {
        batcher.submit(message);
        return CompletableFuture.completedFuture(null);
    }
}
