package dev.tandem.content.draft;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class RevisionRepository implements PanacheRepository<DraftRevision> {

    DraftRevision findRevision(String draftId, int revision) {
        return find("draftId = ?1 and revision = ?2", draftId, revision).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("draft " + draftId + " lost revision " + revision));
    }

    List<DraftRevision> listByDraft(String draftId) {
        return list("draftId = ?1 order by revision", draftId);
    }
}
