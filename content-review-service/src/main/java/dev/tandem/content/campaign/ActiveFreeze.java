package dev.tandem.content.campaign;

import java.time.Instant;

/** A freeze that is in force right now. */
public record ActiveFreeze(String freezeId, String campaignId, String reason, Instant endsAt) {
}
