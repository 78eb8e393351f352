package dev.tandem.triage.handoff;

import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.triage.Json;
import dev.tandem.triage.intake.CustomerMessage;
import dev.tandem.triage.intake.MessageRepository;
import dev.tandem.triage.intake.RoutingDecisionRecord;
import dev.tandem.triage.intake.TranscriptEntry;
import dev.tandem.triage.intake.TranscriptService;
import dev.tandem.triage.routing.Trigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Puts together the context package of a hand-off: transcript, customer facts, what the AI did and why. */
@ApplicationScoped
class HandoffContextService {

    private final HandoffRepository repository;
    private final MessageRepository messages;
    private final TranscriptService transcripts;
    private final HandoffService handoffs;
    private final Json json;

    HandoffContextService(HandoffRepository repository, MessageRepository messages, TranscriptService transcripts,
                          HandoffService handoffs, Json json) {
        this.repository = repository;
        this.messages = messages;
        this.transcripts = transcripts;
        this.handoffs = handoffs;
        this.json = json;
    }

    @Transactional
    HandoffDtos.HandoffContext context(String id) {
        Handoff h = repository.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Hand-off", id));
        CustomerMessage m = messages.findById(h.messageId);
        List<TranscriptEntry> transcript = transcripts.transcript(h.conversationId);
        List<HandoffDtos.AiStep> steps = messages.transcript(h.conversationId).stream().map(this::step).toList();
        return new HandoffDtos.HandoffContext(handoffs.summary(h), facts(m), summary(m, h, steps, transcript), steps,
                transcript);
    }

    private HandoffDtos.AiStep step(CustomerMessage message) {
        RoutingDecisionRecord d = message.decision;
        return new HandoffDtos.AiStep(message.id, message.route, d.decidingRule, d.explanation,
                json.triggers(d.triggers), d.classifier, d.lexiconVersion, d.policyVersion, d.classifierFailure);
    }

    /** A few plain sentences: how the AI read the message, where it sent it and why, what it did before. */
    private static String summary(CustomerMessage m, Handoff h, List<HandoffDtos.AiStep> steps,
                                  List<TranscriptEntry> transcript) {
        HandoffDtos.AiStep step = steps.stream().filter(s -> s.messageId().equals(m.id)).findFirst().orElse(null);
        StringBuilder text = new StringBuilder();
        if (step != null && step.classifierFailure() != null) {
            text.append("The classifier could not read the message (").append(step.classifierFailure())
                    .append("), so it went to a person. ");
        } else {
            text.append(String.format(Locale.ROOT, "The AI read the message as %s (confidence %.2f), sentiment %.2f, "
                    + "urgency %s. ", m.intent, m.confidence, m.sentiment, m.urgency));
        }
        text.append("It handed the conversation to queue ").append(h.queue).append(" with priority ")
                .append(h.priority);
        if (step != null && !step.triggers().isEmpty()) {
            text.append(" because of ").append(step.triggers().stream().map(Trigger::code)
                    .collect(Collectors.joining(", ")));
        }
        text.append(". ");
        if (step != null) {
            text.append(step.explanation().strip());
            if (!step.explanation().strip().endsWith(".")) {
                text.append('.');
            }
        }
        long autoReplies = transcript.stream().filter(e -> "AI".equals(e.from())).count();
        long earlier = steps.size() - 1L;
        if (earlier > 0) {
            text.append(String.format(Locale.ROOT, " Earlier in this conversation the AI routed %d message(s) and "
                    + "sent %d automatic reply(ies).", earlier, autoReplies));
        }
        return text.toString();
    }

    private static HandoffDtos.CustomerFactsPart facts(CustomerMessage m) {
        return new HandoffDtos.CustomerFactsPart(m.customerId, m.customerTier, m.tenureMonths, m.lifetimeValue,
                m.dealStage, m.aiOptOut, m.language, m.region);
    }
}
