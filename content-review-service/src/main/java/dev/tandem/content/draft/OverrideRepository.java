package dev.tandem.content.draft;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class OverrideRepository implements PanacheRepository<PublishOverride> {

    List<PublishOverride> listForRevision(String draftId, int revision) {
        return list("draftId = ?1 and revision = ?2 order by createdAt, id", draftId, revision);
    }
}
