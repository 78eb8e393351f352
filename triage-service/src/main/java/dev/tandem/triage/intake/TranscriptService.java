package dev.tandem.triage.intake;

import dev.tandem.triage.reply.Reply;
import dev.tandem.triage.reply.ReplyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds conversation transcripts: customer messages and replies in time order. */
@ApplicationScoped
public class TranscriptService {

    private final MessageRepository messages;
    private final DecisionRepository decisions;
    private final ReplyRepository replies;

    TranscriptService(MessageRepository messages, DecisionRepository decisions, ReplyRepository replies) {
        this.messages = messages;
        this.decisions = decisions;
        this.replies = replies;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<TranscriptEntry> transcript(String conversationId) {
        List<CustomerMessage> inbound = messages.transcript(conversationId);
        Map<String, RoutingDecisionRecord> why = decisionsOf(inbound);
        List<TranscriptEntry> entries = new ArrayList<>();
        for (CustomerMessage m : inbound) {
            RoutingDecisionRecord d = why.get(m.id);
            entries.add(new TranscriptEntry("MESSAGE", m.id, m.receivedAt, "CUSTOMER", m.subject, m.body, m.intent,
                    m.sentiment, m.urgency, m.route, d == null ? null : d.explanation, null, null));
        }
        for (Reply r : replies.inConversation(conversationId)) {
            entries.add(new TranscriptEntry("REPLY", r.id, r.sentAt, r.sentBy.equals("AUTO") ? "AI" : r.author,
                    null, r.text, null, null, null, null, null, r.templateId, r.aiGenerated));
        }
        entries.sort(Comparator.comparing(TranscriptEntry::at).thenComparing(e -> e.kind().equals("REPLY")));
        return entries;
    }

    /** The decision records of a conversation's messages, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RoutingDecisionRecord> decisions(String conversationId) {
        List<CustomerMessage> inbound = messages.transcript(conversationId);
        Map<String, RoutingDecisionRecord> why = decisionsOf(inbound);
        return inbound.stream().map(m -> why.get(m.id)).filter(java.util.Objects::nonNull).toList();
    }

    private Map<String, RoutingDecisionRecord> decisionsOf(List<CustomerMessage> inbound) {
        if (inbound.isEmpty()) {
            return Map.of();
        }
        return decisions.list("messageId in ?1", inbound.stream().map(m -> m.id).toList()).stream()
                .collect(Collectors.toMap(d -> d.messageId, Function.identity()));
    }
}
