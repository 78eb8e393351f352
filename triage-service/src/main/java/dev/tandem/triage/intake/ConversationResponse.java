package dev.tandem.triage.intake;

import java.time.Instant;
import java.util.List;

/** A conversation with its transcript (messages with sentiment and route, and replies). */
record ConversationResponse(String id, String customerId, String ownerAgentId, Instant createdAt,
                            Instant lastMessageAt, List<TranscriptEntry> transcript) {
}
