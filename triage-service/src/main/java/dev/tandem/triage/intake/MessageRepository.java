package dev.tandem.triage.intake;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MessageRepository implements PanacheRepositoryBase<CustomerMessage, String> {

    Optional<CustomerMessage> findByExternalId(String channel, String externalId) {
        return find("channel = ?1 and externalId = ?2", channel, externalId).firstResultOptional();
    }

    public List<CustomerMessage> transcript(String conversationId) {
        return list("conversationId", Sort.by("receivedAt").and("id"), conversationId);
    }

    /** The latest {@code n} messages, newest first. */
    public List<CustomerMessage> latest(int n) {
        return findAll(Sort.by("receivedAt").descending().and("id")).page(Page.ofSize(n)).list();
    }

    /** Messages received in [from, to), oldest first, at most {@code limit}. */
    public List<CustomerMessage> receivedBetween(Instant from, Instant to, int limit) {
        return find("receivedAt >= ?1 and receivedAt < ?2", Sort.by("receivedAt").and("id"), from, to)
                .page(Page.ofSize(limit)).list();
    }
}
