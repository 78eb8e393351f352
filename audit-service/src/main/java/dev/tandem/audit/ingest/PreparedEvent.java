package dev.tandem.audit.ingest;

import dev.tandem.audit.log.AuditEntry;
import org.eclipse.microprofile.reactive.messaging.Message;

/** A parsed, encrypted event waiting for the writer to give it a seq; acknowledged after commit. */
record PreparedEvent(Message<?> message, String key, AuditEntry entry) {

    /** @throws RuntimeException when the message is malformed */
    static PreparedEvent of(Message<?> message, EntryFactory factory) {
        ReceivedEvent received = ReceivedEvent.of(message);
        return new PreparedEvent(message, received.key(), factory.prepare(received));
    }
}
