package dev.tandem.triage.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One line of a conversation transcript: a customer MESSAGE (with its sentiment and route) or a REPLY
 * (sent automatically or by an agent).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TranscriptEntry(String kind, String id, Instant at, String from, String subject, String text,
                              String intent, Double sentiment, String urgency, String route, String explanation,
                              String templateId, Boolean aiGenerated) {
}
