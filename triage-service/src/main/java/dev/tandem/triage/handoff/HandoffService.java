package dev.tandem.triage.handoff;

import dev.tandem.platform.events.Actor;
import dev.tandem.platform.outbox.EventOutbox;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.ForbiddenActionException;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.triage.privacy.Redactor;
import dev.tandem.triage.Json;
import dev.tandem.triage.intake.ConversationRepository;
import dev.tandem.triage.intake.CustomerMessage;
import dev.tandem.triage.intake.MessageRepository;
import dev.tandem.triage.metrics.TriageMetrics;
import dev.tandem.triage.reply.ReplyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The agent's side of hand-offs: list, claim, release, reply, resolve. */
@ApplicationScoped
class HandoffService {

    private final HandoffRepository repository;
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ReplyService replies;
    private final EventOutbox outbox;
    private final TriageMetrics metrics;
    private final Json json;
    private final Clock clock;

    HandoffService(HandoffRepository repository, ConversationRepository conversations, MessageRepository messages,
                   ReplyService replies, EventOutbox outbox, TriageMetrics metrics, Json json, Clock clock) {
        this.repository = repository;
        this.conversations = conversations;
        this.messages = messages;
        this.replies = replies;
        this.outbox = outbox;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    List<HandoffDtos.HandoffSummary> list(String queue, String status) {
        if (status != null && Arrays.stream(HandoffStatus.values()).noneMatch(s -> s.name().equals(status))) {
            throw new InvalidInputException("status", "must be one of " + Arrays.toString(HandoffStatus.values()));
        }
        return repository.search(blankToNull(queue), status, 500).stream().map(this::summary).toList();
    }

    @Transactional
    HandoffDtos.HandoffSummary claim(String id, String agent) {
        Handoff h = locked(id);
        if (!h.is(HandoffStatus.OPEN)) {
            throw new ConflictException("Hand-off not open", "Hand-off " + id + " is " + h.status
                    + (h.claimedBy == null ? "" : " by " + h.claimedBy) + "; only an open hand-off can be claimed.");
        }
        Instant now = clock.instant();
        h.status = HandoffStatus.CLAIMED.name();
        h.claimedBy = agent;
        h.claimedAt = now;
        markFirstResponse(h, now);
        conversations.findById(h.conversationId).ownerAgentId = agent;
        outbox.record(HandoffEvents.CLAIMED, h.id, h.messageId, Actor.human(agent), new HandoffEvents.HandoffClaimed(
                h.id, h.messageId, h.conversationId, agent, Duration.between(h.createdAt, h.firstRespondedAt).toSeconds()));
        return summary(h);
    }

    @Transactional
    HandoffDtos.HandoffSummary release(String id, String agent, boolean supervisor) {
        Handoff h = locked(id);
        requireClaimedBy(h, agent, supervisor, "released");
        h.status = HandoffStatus.OPEN.name();
        h.claimedBy = null;
        h.claimedAt = null;
        conversations.findById(h.conversationId).ownerAgentId = null;
        outbox.record(HandoffEvents.RELEASED, h.id, h.messageId, Actor.human(agent),
                new HandoffEvents.HandoffReleased(h.id, h.messageId, h.conversationId, agent));
        return summary(h);
    }

    @Transactional
    HandoffDtos.HandoffSummary reply(String id, String text, String agent) {
        Handoff h = locked(id);
        requireClaimedBy(h, agent, false, "answered");
        CustomerMessage message = messages.findById(h.messageId);
        Instant now = clock.instant();
        replies.sendByAgent(message, text, null, message.language, false, agent);
        markFirstResponse(h, now);
        if (h.waitingSince == null) {
            h.waitingSince = now;
        }
        return summary(h);
    }

    @Transactional
    HandoffDtos.HandoffSummary resolve(String id, HandoffDtos.ResolveRequest request, String agent, boolean supervisor) {
        Handoff h = locked(id);
        requireClaimedBy(h, agent, supervisor, "resolved");
        Instant now = clock.instant();
        h.status = HandoffStatus.RESOLVED.name();
        h.resolvedAt = now;
        h.outcome = request.outcome();
        h.aiRoutingCorrect = request.aiRoutingCorrect();
        h.waitingSince = null;
        h.slaCheckAt = null;
        if (!h.resolutionBreached) {
            metrics.slaOutcome("RESOLUTION", !now.isAfter(h.resolutionDueAt));
        }
        metrics.routingVerdict(h.aiRoutingCorrect);
        outbox.record(HandoffEvents.RESOLVED, h.id, h.messageId, Actor.human(agent), new HandoffEvents.HandoffResolved(
                h.id, h.messageId, h.conversationId, agent, Redactor.redact(h.outcome), h.aiRoutingCorrect,
                Duration.between(h.createdAt, now).toSeconds()));
        return summary(h);
    }

    HandoffDtos.HandoffSummary summary(Handoff h) {
        return new HandoffDtos.HandoffSummary(h.id, h.messageId, h.conversationId, h.queue, h.priority, h.status,
                json.triggers(h.triggers), h.createdAt, h.firstResponseDueAt, h.resolutionDueAt, h.claimedBy,
                h.claimedAt, h.resolvedAt, h.outcome, h.aiRoutingCorrect, h.waitingSince != null, h.escalatedTo);
    }

    private void markFirstResponse(Handoff h, Instant now) {
        if (h.firstRespondedAt != null) {
            return;
        }
        h.firstRespondedAt = now;
        metrics.firstResponse(Duration.between(h.createdAt, now));
        if (!h.firstResponseBreached) {
            boolean met = !now.isAfter(h.firstResponseDueAt);
            metrics.slaOutcome("FIRST_RESPONSE", met);
        }
    }

    private void requireClaimedBy(Handoff h, String agent, boolean supervisor, String action) {
        if (!h.is(HandoffStatus.CLAIMED)) {
            throw new ConflictException("Hand-off not claimed", "Hand-off " + h.id + " is " + h.status
                    + "; only a claimed hand-off can be " + action + ".");
        }
        if (!supervisor && !agent.equals(h.claimedBy)) {
            throw new ForbiddenActionException("Not your hand-off",
                    "Hand-off " + h.id + " is claimed by another agent.");
        }
    }

    private Handoff locked(String id) {
        return repository.findForUpdate(id).orElseThrow(() -> new NotFoundException("Hand-off", id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
