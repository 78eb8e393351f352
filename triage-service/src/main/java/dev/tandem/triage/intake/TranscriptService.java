package dev.tandem.triage.intake;

import dev.tandem.triage.reply.Reply;
import dev.tandem.triage.reply.ReplyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds conversation transcripts: customer messages and replies in time order. */
@ApplicationScoped
public class TranscriptService {

    private final MessageRepository messages;
    private final ReplyRepository replies;

    TranscriptService(MessageRepository messages, ReplyRepository replies) {
        this.messages = messages;
        this.replies = replies;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<TranscriptEntry> transcript(String conversationId) {
        List<CustomerMessage> inbound = messages.transcript(conversationId);
        List<TranscriptEntry> entries = new ArrayList<>();
        for (CustomerMessage m : inbound) {
            entries.add(new TranscriptEntry("MESSAGE", m.id, m.receivedAt, "CUSTOMER", m.subject, m.body, m.intent,
                    m.sentiment, m.urgency, m.route, m.decision.explanation, null, null));
        }
        for (Reply r : replies.inConversation(conversationId)) {
            entries.add(new TranscriptEntry("REPLY", r.id, r.sentAt, r.sentBy.equals("AUTO") ? "AI" : r.author,
                    null, r.text, null, null, null, null, null, r.templateId, r.aiGenerated));
        }
        entries.sort(Comparator.comparing(TranscriptEntry::at).thenComparing(e -> e.kind().equals("REPLY")));
        return entries;
    }
}
