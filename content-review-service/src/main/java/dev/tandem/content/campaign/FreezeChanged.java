package dev.tandem.content.campaign;

import java.time.Instant;

/** Data of {@code content.campaign.frozen} and {@code content.campaign.unfrozen}. */
record FreezeChanged(String campaignId, String freezeId, String reason, Instant startsAt, Instant endsAt, String by) {

    static final String FROZEN = "content.campaign.frozen";
    static final String UNFROZEN = "content.campaign.unfrozen";

    static FreezeChanged of(Freeze f, String by) {
        return new FreezeChanged(f.campaignId, f.id, f.reason, f.startsAt, f.endsAt, by);
    }
}
