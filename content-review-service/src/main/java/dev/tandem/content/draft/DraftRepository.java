package dev.tandem.content.draft;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class DraftRepository implements PanacheRepositoryBase<Draft, String> {

    /** The draft, locked for a workflow step so that concurrent steps see each other's result. */
    Optional<Draft> findForChange(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    List<Draft> search(DraftStatus status, String campaignId, String brandId, String author, int offset, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (campaignId != null) {
            where.add("campaignId = :campaign");
            params.and("campaign", campaignId);
        }
        if (brandId != null) {
            where.add("brandId = :brand");
            params.and("brand", brandId);
        }
        if (author != null) {
            where.add("author = :author");
            params.and("author", author);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by updatedAt desc, id";
        return find(query, params).range(offset, offset + limit - 1).list();
    }
}
