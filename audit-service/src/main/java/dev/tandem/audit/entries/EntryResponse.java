package dev.tandem.audit.entries;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One log entry: its seq (= Merkle leaf index), the fields the leaf commits to, its hashes (hex), and the
 * event as received ({@code null} once erased or past retention; {@code payloadStatus} says which).
 */
public record EntryResponse(long seq, String source, String eventId, String type, String subject,
                            String correlationId, String actorType, String actor, Instant eventTime,
                            Instant recordedAt, String payloadDigest, String leafHash, String payloadStatus,
                            JsonNode event) {
}
