package dev.tandem.content.campaign;

import java.time.Instant;

record FreezeResponse(String id, String campaignId, String reason, Instant startsAt, Instant endsAt,
                      boolean active, String createdBy, Instant createdAt, Instant liftedAt, String liftedBy) {

    static FreezeResponse of(Freeze f, Instant now) {
        return new FreezeResponse(f.id, f.campaignId, f.reason, f.startsAt, f.endsAt, f.activeAt(now), f.createdBy,
                f.createdAt, f.liftedAt, f.liftedBy);
    }
}
