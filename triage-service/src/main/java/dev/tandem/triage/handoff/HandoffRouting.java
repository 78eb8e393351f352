package dev.tandem.triage.handoff;

import dev.tandem.platform.events.Actor;
import dev.tandem.platform.ids.TimeOrderedUuid;
import dev.tandem.platform.outbox.EventOutbox;
import dev.tandem.triage.Json;
import dev.tandem.triage.TriageConfig;
import dev.tandem.triage.intake.CustomerMessage;
import dev.tandem.triage.metrics.TriageMetrics;
import dev.tandem.triage.privacy.Redactor;
import dev.tandem.triage.privacy.Segment;
import dev.tandem.triage.routing.Decision;
import dev.tandem.triage.routing.Priority;
import dev.tandem.triage.routing.Trigger;
import dev.tandem.triage.sla.BusinessCalendar;
import dev.tandem.triage.sla.SlaPolicies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where intake hands a HUMAN message over: to the conversation's hand-off that is still active, or to a
 * new one with queue, priority and SLA deadlines. In a conversation a person owns, the new hand-off is
 * assigned to that person straight away.
 */
@ApplicationScoped
public class HandoffRouting {

    static final String DEFAULT_QUEUE = "support";

    private final HandoffRepository repository;
    private final SlaPolicies sla;
    private final EventOutbox outbox;
    private final TriageMetrics metrics;
    private final Json json;
    private final Clock clock;
    private final double warningFraction;

    HandoffRouting(HandoffRepository repository, SlaPolicies sla, EventOutbox outbox, TriageMetrics metrics,
                   Json json, Clock clock, TriageConfig config) {
        this.repository = repository;
        this.sla = sla;
        this.outbox = outbox;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
        this.warningFraction = config.sla().warningFraction();
    }

    /** A view of the hand-off a message went to. */
    public record Assigned(String id, String queue, String priority, Instant slaDueAt) {
        static Assigned of(Handoff h) {
            return new Assigned(h.id, h.queue, h.priority, h.firstResponseDueAt);
        }
    }

    /**
     * The hand-off a HUMAN message goes to, chosen before the message is stored so that the message row is
     * written once, already pointing at it: the conversation's active hand-off, or a new one (not yet stored).
     */
    public static final class Planned {
        private final Handoff handoff;
        private final boolean isNew;

        private Planned(Handoff handoff, boolean isNew) {
            this.handoff = handoff;
            this.isNew = isNew;
        }

        public String id() {
            return handoff.id;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Planned plan(CustomerMessage message, Decision decision, String ownerAgentId, boolean newConversation) {
        Optional<Handoff> active = newConversation ? Optional.empty()
                : repository.activeInConversation(message.conversationId);
        if (active.isPresent()) {
            return new Planned(active.get(), false);
        }
        Instant now = clock.instant();
        Priority priority = decision.priority() == null ? Priority.P3 : decision.priority();
        SlaPolicies.Targets targets = sla.of(priority);
        Handoff h = new Handoff();
        h.id = TimeOrderedUuid.next();
        h.messageId = message.id;
        h.conversationId = message.conversationId;
        h.queue = decision.queue() == null || decision.queue().isBlank() ? DEFAULT_QUEUE : decision.queue();
        h.priority = priority.name();
        h.triggers = json.write(decision.triggers());
        h.createdAt = now;
        h.calendarId = targets.calendar().id();
        h.firstResponseDueAt = targets.calendar().plus(now, targets.firstResponse());
        h.resolutionDueAt = targets.calendar().plus(now, targets.resolution());
        if (ownerAgentId != null) {
            h.status = HandoffStatus.CLAIMED.name();
            h.claimedBy = ownerAgentId;
            h.claimedAt = now;
        } else {
            h.status = HandoffStatus.OPEN.name();
        }
        h.slaCheckAt = SlaChecker.nextCheck(h, targets.calendar(), warningFraction, now);
        return new Planned(h, true);
    }

    /**
     * Hands the (already stored) message over as planned: a new hand-off is stored with
     * {@code triage.handoff.created}; an active one simply receives the message.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assigned handOver(Planned planned, CustomerMessage message, Decision decision, String ownerAgentId,
                             String classifierId) {
        Handoff h = planned.handoff;
        if (!planned.isNew) {
            return Assigned.of(h);
        }
        repository.persist(h);
        outbox.record(HandoffEvents.CREATED, h.id, message.id, Actor.ai(classifierId),
                new HandoffEvents.HandoffCreated(h.id, message.id, message.conversationId, message.dataSubject,
                        new Segment(message.language, message.region, message.customerTier), h.queue, h.priority,
                        h.firstResponseDueAt, h.resolutionDueAt, Redactor.redact(decision.triggers()), ownerAgentId));
        metrics.handoffCreated(decision.triggers().stream().map(Trigger::code).toList());
        return Assigned.of(h);
    }

    /** The hand-off with this id, as intake reports it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Assigned> assigned(String handoffId) {
        return handoffId == null ? Optional.empty() : repository.findByIdOptional(handoffId).map(Assigned::of);
    }

    /** The customer wrote again: a resolution clock paused while waiting on them runs again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void customerWrote(String conversationId) {
        repository.activeInConversation(conversationId).filter(h -> h.waitingSince != null).ifPresent(h -> {
            BusinessCalendar calendar = sla.calendar(h.calendarId);
            Instant now = clock.instant();
            Duration paused = calendar.between(h.waitingSince, now);
            h.pausedSeconds += paused.toSeconds();
            h.resolutionDueAt = calendar.plus(h.resolutionDueAt, paused);
            h.waitingSince = null;
            h.slaCheckAt = SlaChecker.nextCheck(h, calendar, warningFraction, now);
        });
    }
}
