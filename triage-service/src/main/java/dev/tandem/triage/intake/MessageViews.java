package dev.tandem.triage.intake;

import dev.tandem.triage.Json;
import dev.tandem.triage.draft.DraftService;
import dev.tandem.triage.handoff.HandoffRouting;
import dev.tandem.triage.reply.Reply;
import dev.tandem.triage.reply.ReplyRepository;
import dev.tandem.triage.routing.Trigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Maps a stored message with its decision and outcome to the API's {@link MessageResponse}. */
@ApplicationScoped
class MessageViews {

    private final DecisionRepository decisions;
    private final ReplyRepository replies;
    private final DraftService drafts;
    private final HandoffRouting handoffs;
    private final Json json;

    MessageViews(DecisionRepository decisions, ReplyRepository replies, DraftService drafts, HandoffRouting handoffs,
                 Json json) {
        this.decisions = decisions;
        this.replies = replies;
        this.drafts = drafts;
        this.handoffs = handoffs;
        this.json = json;
    }

    /** The view of a message just triaged, from what intake holds in memory (no re-reading, no JSON parsing). */
    MessageResponse fresh(CustomerMessage m, RoutingDecisionRecord d, List<Trigger> triggers, Reply reply,
                          DraftService.DraftRef draft, HandoffRouting.Assigned handoff) {
        return build(m, d, triggers, reply, draft, handoff, false);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    MessageResponse view(CustomerMessage m, boolean withDecision) {
        RoutingDecisionRecord d = decisions.findById(m.id);
        Reply reply = replies.automaticReplyTo(m.id).orElse(null);
        DraftService.DraftRef draft = drafts.forMessage(m.id).orElse(null);
        HandoffRouting.Assigned handoff = handoffs.assigned(m.handoffId).orElse(null);
        return build(m, d, json.triggers(d.triggers), reply, draft, handoff, withDecision);
    }

    private MessageResponse build(CustomerMessage m, RoutingDecisionRecord d, List<Trigger> triggers, Reply reply,
                                  DraftService.DraftRef draft, HandoffRouting.Assigned handoff, boolean withDecision) {
        return new MessageResponse(m.id, m.id, m.conversationId, m.channel, m.receivedAt, m.route, m.intent,
                m.sentiment, m.urgency, m.confidence, triggers, d.explanation, d.policyVersion,
                d.classifier,
                reply == null ? null : new MessageResponse.ReplyPart(reply.text, reply.templateId, reply.language),
                handoff == null ? null : new MessageResponse.HandoffPart(handoff.id(), handoff.queue(),
                        handoff.priority(), handoff.slaDueAt()),
                draft == null ? null : new MessageResponse.DraftPart(draft.id(), draft.status()),
                withDecision ? new MessageResponse.DecisionPart(d.classifier, d.lexiconVersion, d.policyVersion,
                        d.classifierFailure, d.ownerAgentId, d.decidingRule, d.queue, d.priority,
                        json.evaluations(d.evaluations), d.decidedAt) : null);
    }
}
