package dev.tandem.triage.reply;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ReplyRepository implements PanacheRepositoryBase<Reply, String> {

    public Optional<Reply> automaticReplyTo(String messageId) {
        return find("messageId = ?1 and sentBy = 'AUTO'", messageId).firstResultOptional();
    }

    public List<Reply> inConversation(String conversationId) {
        return list("conversationId", Sort.by("sentAt").and("id"), conversationId);
    }
}
