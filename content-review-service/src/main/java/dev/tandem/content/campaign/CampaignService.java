package dev.tandem.content.campaign;

import dev.tandem.platform.events.Actor;
import dev.tandem.platform.ids.TimeOrderedUuid;
import dev.tandem.platform.outbox.EventOutbox;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Campaign freezes: windows in which nothing in a campaign may be published. */
@ApplicationScoped
public class CampaignService {

    private final FreezeRepository freezes;
    private final EventOutbox outbox;
    private final Clock clock;

    CampaignService(FreezeRepository freezes, EventOutbox outbox, Clock clock) {
        this.freezes = freezes;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The freeze in force for the campaign right now, if any. */
    @Transactional
    public Optional<ActiveFreeze> activeFreeze(String campaignId) {
        if (campaignId == null) {
            return Optional.empty();
        }
        return freezes.findActive(campaignId, clock.instant())
                .map(f -> new ActiveFreeze(f.id, f.campaignId, f.reason, f.endsAt));
    }

    @Transactional
    FreezeResponse freeze(String campaignId, FreezeRequest request, String user) {
        Instant now = clock.instant();
        Instant startsAt = request.startsAt() == null ? now : request.startsAt();
        if (!request.endsAt().isAfter(startsAt)) {
            throw new InvalidInputException("endsAt", "must be after startsAt");
        }
        if (!request.endsAt().isAfter(now)) {
            throw new InvalidInputException("endsAt", "must be in the future");
        }
        Freeze freeze = new Freeze();
        freeze.id = TimeOrderedUuid.next();
        freeze.campaignId = campaignId;
        freeze.reason = request.reason().strip();
        freeze.startsAt = startsAt;
        freeze.endsAt = request.endsAt();
        freeze.createdBy = user;
        freeze.createdAt = now;
        freezes.persist(freeze);
        outbox.record(FreezeChanged.FROZEN, freeze.id, campaignId, Actor.human(user), FreezeChanged.of(freeze, user));
        return FreezeResponse.of(freeze, now);
    }

    @Transactional
    List<FreezeResponse> list(String campaignId) {
        Instant now = clock.instant();
        return freezes.listByCampaign(campaignId).stream().map(f -> FreezeResponse.of(f, now)).toList();
    }

    @Transactional
    FreezeResponse lift(String campaignId, String freezeId, String user) {
        Freeze freeze = freezes.findInCampaign(campaignId, freezeId)
                .orElseThrow(() -> new NotFoundException("Freeze", freezeId));
        Instant now = clock.instant();
        if (!freeze.pendingOrActiveAt(now)) {
            throw new ConflictException("Freeze not in force",
                    "Freeze " + freezeId + " was already lifted or has ended.");
        }
        liftOne(freeze, now, user);
        return FreezeResponse.of(freeze, now);
    }

    /** Lifts every freeze of the campaign that is in force or still to come. */
    @Transactional
    List<FreezeResponse> liftAll(String campaignId, String user) {
        Instant now = clock.instant();
        List<Freeze> open = freezes.listByCampaign(campaignId).stream().filter(f -> f.pendingOrActiveAt(now)).toList();
        if (open.isEmpty()) {
            throw new ConflictException("Campaign not frozen",
                    "Campaign " + campaignId + " has no freeze in force or to come.");
        }
        open.forEach(f -> liftOne(f, now, user));
        return open.stream().map(f -> FreezeResponse.of(f, now)).toList();
    }

    private void liftOne(Freeze freeze, Instant now, String user) {
        freeze.liftedAt = now;
        freeze.liftedBy = user;
        outbox.record(FreezeChanged.UNFROZEN, freeze.id, freeze.campaignId, Actor.human(user),
                FreezeChanged.of(freeze, user));
    }
}
