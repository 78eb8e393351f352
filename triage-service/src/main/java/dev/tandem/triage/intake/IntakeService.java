package dev.tandem.triage.intake;

import dev.tandem.platform.events.Actor;
import dev.tandem.platform.ids.TimeOrderedUuid;
import dev.tandem.platform.outbox.EventOutbox;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.triage.Json;
import dev.tandem.triage.TriageConfig;
import dev.tandem.triage.classify.Classification;
import dev.tandem.triage.classify.Intent;
import dev.tandem.triage.classify.MessageText;
import dev.tandem.triage.classify.Urgency;
import dev.tandem.triage.draft.DraftService;
import dev.tandem.triage.handoff.HandoffRouting;
import dev.tandem.triage.metrics.TriageMetrics;
import dev.tandem.triage.policy.PolicyService;
import dev.tandem.triage.privacy.Pseudonyms;
import dev.tandem.triage.privacy.Redactor;
import dev.tandem.triage.privacy.Segment;
import dev.tandem.triage.reply.Reply;
import dev.tandem.triage.reply.ReplyService;
import dev.tandem.triage.routing.CustomerFacts;
import dev.tandem.triage.routing.Decision;
import dev.tandem.triage.routing.PolicyEngine;
import dev.tandem.triage.routing.Route;
import dev.tandem.triage.routing.RoutingContext;
import dev.tandem.triage.routing.RoutingPolicy;
import dev.tandem.triage.routing.RuleEvaluation;
import dev.tandem.triage.template.ApprovedTemplates;
import dev.tandem.triage.template.TemplateSnapshot;
import dev.tandem.triage.template.TemplateView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Intake: classify (outside any transaction, guarded), then in one transaction store the message with its
 * decision record, and the route's outcome (reply, draft or hand-off), together with the events. The
 * (channel, externalId) unique constraint makes retries idempotent even when they race.
 *
 * <p>Storing goes through a {@link GroupCommit}: under load, the messages of many concurrent requests
 * share one transaction (one commit, one JDBC batch per table), and each request is answered after that
 * commit. A batch that fails is redone message by message, so batching never changes an answer.
 */
@ApplicationScoped
class IntakeService {

    /** The message's view and whether this call created it (false: an idempotent replay). */
    record Outcome(MessageResponse message, boolean created) {
    }

    /** A classified message on its way to the database. */
    private record Classified(CreateMessageRequest request, GuardedClassifier.Classified classified) {
    }

    private final GuardedClassifier classifier;
    private final PolicyService policies;
    private final ApprovedTemplates templates;
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ReplyService replies;
    private final DraftService drafts;
    private final HandoffRouting handoffs;
    private final MessageViews views;
    private final EventOutbox outbox;
    private final Pseudonyms pseudonyms;
    private final TriageMetrics metrics;
    private final Json json;
    private final Clock clock;
    private final PolicyEngine engine = new PolicyEngine();
    private final GroupCommit<Classified, Outcome> writer;

    IntakeService(GuardedClassifier classifier, PolicyService policies, ApprovedTemplates templates,
                  ConversationRepository conversations, MessageRepository messages,
                  ReplyService replies, DraftService drafts, HandoffRouting handoffs, MessageViews views,
                  EventOutbox outbox, Pseudonyms pseudonyms, TriageMetrics metrics, Json json, Clock clock,
                  TriageConfig config) {
        this.classifier = classifier;
        this.policies = policies;
        this.templates = templates;
        this.conversations = conversations;
        this.messages = messages;
        this.replies = replies;
        this.drafts = drafts;
        this.handoffs = handoffs;
        this.views = views;
        this.outbox = outbox;
        this.pseudonyms = pseudonyms;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
        this.writer = new GroupCommit<>("intake", config.intake().writers(), config.intake().maxBatch(),
                this::storeTogether, this::storeAlone, metrics::intakeWrite);
    }

    void stop(@Observes ShutdownEvent event) {
        writer.stop(30, TimeUnit.SECONDS);
    }

    /**
     * Classifies the message (on this thread when the classifier only computes) and queues it for the
     * writer; the result completes after the commit that stored it. Nothing here blocks.
     */
    CompletableFuture<Outcome> submit(CreateMessageRequest request) {
        return classifier.classify(new MessageText(request.subject(), request.body(), request.customer().language()))
                .thenCompose(classified -> writer.submit(new Classified(request, classified)))
                .thenApply(outcome -> {
                    if (outcome.created()) {
                        metrics.messageRouted(outcome.message().route());
                    }
                    return outcome;
                });
    }

    /**
     * All of them in one transaction, or (on any failure, such as a repeated externalId) none: then
     * {@link GroupCommit} redoes them one by one with {@link #storeAlone}.
     */
    private List<Outcome> storeTogether(List<Classified> batch) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Outcome> outcomes = new ArrayList<>(batch.size());
            for (Classified c : batch) {
                outcomes.add(triage(c.request(), c.classified()));
            }
            return outcomes;
        });
    }

    /** One message in its own transaction; a repeated (channel, externalId) returns the first result. */
    private Outcome storeAlone(Classified c) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> triage(c.request(), c.classified()));
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            return QuarkusTransaction.requiringNew().call(() -> existing(c.request()).orElseThrow(() -> e));
        }
    }

    private Optional<Outcome> existing(CreateMessageRequest request) {
        return messages.findByExternalId(request.channel().name(), request.externalId())
                .map(m -> new Outcome(views.view(m, false), false));
    }

    /**
     * Stores everything in the caller's transaction. There is no look-up of the external id first: a
     * repeat fails on the unique constraint at commit, and {@link #storeAlone} then returns the first result.
     */
    private Outcome triage(CreateMessageRequest request, GuardedClassifier.Classified classified) {
        Instant now = clock.instant();
        CreateMessageRequest.Customer customer = request.customer();
        Conversation conversation = conversationFor(request.conversationId(), customer.id(), now);
        CustomerFacts facts = new CustomerFacts(customer.id(), customer.tierOrDefault(), customer.tenureOrDefault(),
                customer.lifetimeValueOrDefault(), customer.dealStageOrDefault(), customer.aiOptOutOrDefault(),
                customer.language(), customer.region());
        Classification c = classified.classification();
        RoutingPolicy policy = policies.current();
        TemplateSnapshot catalogue = templates.snapshot();
        Decision decision = engine.decide(policy, c, facts,
                new RoutingContext(catalogue, conversation.ownerAgentId, classified.failure()));

        CustomerMessage m = new CustomerMessage();
        m.id = TimeOrderedUuid.next();
        m.conversationId = conversation.id;
        m.channel = request.channel().name();
        m.externalId = request.externalId();
        m.customerId = customer.id();
        m.dataSubject = pseudonyms.of(customer.id());
        m.customerTier = facts.tier().name();
        m.tenureMonths = facts.tenureMonths();
        m.lifetimeValue = facts.lifetimeValue();
        m.dealStage = facts.dealStage().name();
        m.aiOptOut = facts.aiOptOut();
        m.language = customer.language() != null ? customer.language() : c == null ? null : c.language();
        m.region = customer.region();
        m.subject = request.subject();
        m.body = request.body();
        m.receivedAt = now;
        m.intent = c == null ? Intent.OTHER.name() : c.intent().name();
        m.sentiment = c == null ? 0 : c.sentiment();
        m.urgency = c == null ? Urgency.NORMAL.name() : c.urgency().name();
        m.confidence = c == null ? 0 : c.confidence();
        m.classification = c == null ? null : json.write(c);
        m.route = decision.route().name();
        // the hand-off is chosen first so that the message row is inserted once, already pointing at it
        HandoffRouting.Planned planned = decision.route() == Route.HUMAN
                ? handoffs.plan(m, decision, conversation.ownerAgentId, request.conversationId() == null) : null;
        m.handoffId = planned == null ? null : planned.id();
        m.decision = record(decision, classified.failure(), conversation.ownerAgentId, now);
        messages.persist(m);
        outbox.record(MessageTriaged.TYPE, m.id, m.id, Actor.ai(classifier.id()), triaged(m, decision));
        if (request.conversationId() != null) {
            handoffs.customerWrote(conversation.id);
        }

        // the policy asked the catalogue in the classifier's language; the reply and draft use the same one
        String replyLanguage = c != null && c.language() != null ? c.language() : m.language;
        Reply reply = null;
        DraftService.DraftRef draft = null;
        HandoffRouting.Assigned handoff = null;
        switch (decision.route()) {
            case AUTO_REPLY -> {
                TemplateView template = catalogue.find(Intent.valueOf(m.intent), replyLanguage)
                        .orElseThrow(() -> new IllegalStateException("AUTO_REPLY without an approved template"));
                reply = replies.sendTemplate(m, template, classifier.id());
            }
            case DRAFT_FOR_REVIEW -> draft = drafts.draftFor(m, Intent.valueOf(m.intent), replyLanguage, catalogue);
            case HUMAN -> handoff = handoffs.handOver(planned, m, decision, conversation.ownerAgentId,
                    classifier.id());
        }
        if (request.conversationId() != null) {
            conversation.lastMessageAt = now;
        }
        return new Outcome(views.fresh(m, decision.triggers(), reply, draft, handoff), true);
    }

    private Conversation conversationFor(String conversationId, String customerId, Instant now) {
        if (conversationId == null) {
            Conversation conversation = new Conversation();
            conversation.id = TimeOrderedUuid.next();
            conversation.customerId = customerId;
            conversation.createdAt = now;
            conversation.lastMessageAt = now;
            conversations.persist(conversation);
            return conversation;
        }
        Conversation conversation = conversations.findByIdOptional(conversationId)
                .orElseThrow(() -> new NotFoundException("Conversation", conversationId));
        if (!conversation.customerId.equals(customerId)) {
            throw new InvalidInputException("conversationId", "belongs to another customer");
        }
        return conversation;
    }

    private RoutingDecisionRecord record(Decision d, String failure, String owner, Instant now) {
        RoutingDecisionRecord r = new RoutingDecisionRecord();
        r.classifier = classifier.id();
        r.lexiconVersion = classifier.lexiconVersion();
        r.policyVersion = d.policyVersion();
        r.classifierFailure = failure;
        r.ownerAgentId = owner;
        r.decidingRule = d.decidingRuleId();
        r.queue = d.queue();
        r.priority = d.priority() == null ? null : d.priority().name();
        r.triggers = json.write(d.triggers());
        // the rules' descriptions are in the policy version; storing them with every message would double it
        List<RuleEvaluation> evaluations = new ArrayList<>(d.evaluations().size());
        for (RuleEvaluation e : d.evaluations()) {
            evaluations.add(e.withoutDescription());
        }
        r.evaluations = json.write(evaluations);
        r.explanation = d.explanation();
        r.decidedAt = now;
        return r;
    }

    private MessageTriaged triaged(CustomerMessage m, Decision d) {
        RoutingDecisionRecord r = m.decision;
        return new MessageTriaged(m.id, m.conversationId, m.channel, m.dataSubject,
                new Segment(m.language, m.region, m.customerTier), m.aiOptOut, m.route, m.intent, m.sentiment,
                m.urgency, m.confidence, Redactor.redact(d.triggers()), r.policyVersion, r.classifier, r.lexiconVersion,
                Redactor.redact(d.explanation()), r.decidingRule, r.queue, r.priority, r.classifierFailure,
                new MessageTriaged.Content(Redactor.redact(m.subject), Redactor.redact(m.body)));
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
