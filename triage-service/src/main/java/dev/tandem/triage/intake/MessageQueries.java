package dev.tandem.triage.intake;

import dev.tandem.platform.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Read side of messages and conversations. */
@ApplicationScoped
class MessageQueries {

    private final MessageRepository messages;
    private final ConversationRepository conversations;
    private final TranscriptService transcripts;
    private final MessageViews views;

    MessageQueries(MessageRepository messages, ConversationRepository conversations, TranscriptService transcripts,
                   MessageViews views) {
        this.messages = messages;
        this.conversations = conversations;
        this.transcripts = transcripts;
        this.views = views;
    }

    @Transactional
    MessageResponse message(String id) {
        return views.view(messages.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Message", id)), true);
    }

    @Transactional
    ConversationResponse conversation(String id) {
        Conversation c = conversations.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Conversation", id));
        List<TranscriptEntry> transcript = transcripts.transcript(id);
        return new ConversationResponse(c.id, c.customerId, c.ownerAgentId, c.createdAt, c.lastMessageAt, transcript);
    }
}
