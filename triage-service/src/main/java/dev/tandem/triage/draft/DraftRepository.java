package dev.tandem.triage.draft;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class DraftRepository implements PanacheRepositoryBase<AiDraft, String> {

    List<AiDraft> withStatus(DraftStatus status, int limit) {
        return find("status", Sort.by("createdAt").and("id"), status.name()).page(Page.ofSize(limit)).list();
    }

    Optional<AiDraft> forMessage(String messageId) {
        return find("messageId", messageId).firstResultOptional();
    }

    Optional<AiDraft> findForUpdate(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
