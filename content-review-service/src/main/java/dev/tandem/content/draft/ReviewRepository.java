package dev.tandem.content.draft;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class ReviewRepository implements PanacheRepository<Review> {

    /** Distinct reviewers who approved this revision, in the order they approved. */
    List<String> approvers(String draftId, int revision) {
        return list("draftId = ?1 and revision = ?2 and decision = ?3 order by createdAt, id", draftId, revision,
                ReviewDecision.APPROVE).stream().map(r -> r.reviewer).distinct().toList();
    }

    List<Review> listByDraft(String draftId) {
        return list("draftId = ?1 order by createdAt, id", draftId);
    }
}
