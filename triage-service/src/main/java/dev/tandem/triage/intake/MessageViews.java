package dev.tandem.triage.intake;

import dev.tandem.triage.Json;
import dev.tandem.triage.draft.DraftService;
import dev.tandem.triage.handoff.HandoffRouting;
import dev.tandem.triage.policy.PolicyService;
import dev.tandem.triage.reply.Reply;
import dev.tandem.triage.reply.ReplyRepository;
import dev.tandem.triage.routing.RuleEvaluation;
import dev.tandem.triage.routing.Trigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Maps a stored message with its decision and outcome to the API's {@link MessageResponse}. */
@ApplicationScoped
class MessageViews {

    private final ReplyRepository replies;
    private final DraftService drafts;
    private final HandoffRouting handoffs;
    private final PolicyService policies;
    private final Json json;

    MessageViews(ReplyRepository replies, DraftService drafts, HandoffRouting handoffs, PolicyService policies,
                 Json json) {
        this.replies = replies;
        this.drafts = drafts;
        this.handoffs = handoffs;
        this.policies = policies;
        this.json = json;
    }

    /** The view of a message just triaged, from what intake holds in memory (no re-reading, no JSON parsing). */
    MessageResponse fresh(CustomerMessage m, List<Trigger> triggers, Reply reply, DraftService.DraftRef draft,
                          HandoffRouting.Assigned handoff) {
        return build(m, triggers, reply, draft, handoff, false);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    MessageResponse view(CustomerMessage m, boolean withDecision) {
        Reply reply = replies.automaticReplyTo(m.id).orElse(null);
        DraftService.DraftRef draft = drafts.forMessage(m.id).orElse(null);
        HandoffRouting.Assigned handoff = handoffs.assigned(m.handoffId).orElse(null);
        return build(m, json.triggers(m.decision.triggers), reply, draft, handoff, withDecision);
    }

    private MessageResponse build(CustomerMessage m, List<Trigger> triggers, Reply reply, DraftService.DraftRef draft,
                                  HandoffRouting.Assigned handoff, boolean withDecision) {
        RoutingDecisionRecord d = m.decision;
        return new MessageResponse(m.id, m.id, m.conversationId, m.channel, m.receivedAt, m.route, m.intent,
                m.sentiment, m.urgency, m.confidence, triggers, d.explanation, d.policyVersion,
                d.classifier,
                reply == null ? null : new MessageResponse.ReplyPart(reply.text, reply.templateId, reply.language),
                handoff == null ? null : new MessageResponse.HandoffPart(handoff.id(), handoff.queue(),
                        handoff.priority(), handoff.slaDueAt()),
                draft == null ? null : new MessageResponse.DraftPart(draft.id(), draft.status()),
                withDecision ? new MessageResponse.DecisionPart(d.classifier, d.lexiconVersion, d.policyVersion,
                        d.classifierFailure, d.ownerAgentId, d.decidingRule, d.queue, d.priority,
                        evaluations(d), d.decidedAt) : null);
    }

    /** The stored evaluations with their rules' descriptions, from the policy version that was evaluated. */
    private List<RuleEvaluation> evaluations(RoutingDecisionRecord d) {
        List<RuleEvaluation> stored = json.evaluations(d.evaluations);
        return policies.policy(d.policyVersion).map(p -> p.describe(stored)).orElse(stored);
    }
}
