package dev.tandem.content.draft;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class FindingRepository implements PanacheRepository<DraftFinding> {

    List<DraftFinding> listByRevision(String draftId, int revision) {
        return list("draftId = ?1 and revision = ?2 order by start, id", draftId, revision);
    }

    /** Per rule: findings raised and findings dismissed, optionally for one brand. */
    @SuppressWarnings("unchecked")
    List<RulePrecision> precision(String brandId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select coalesce(f.rule_id, f.code), f.code, count(f.id), count(d.id)
                  from draft_finding f
                  join draft dr on dr.id = f.draft_id
                  left join finding_dismissal d on d.finding_id = f.id
                 where (cast(:brand as varchar) is null or dr.brand_id = cast(:brand as varchar))
                 group by 1, 2
                 order by 1, 2""")
                .setParameter("brand", brandId)
                .getResultList();
        return rows.stream().map(r -> RulePrecision.of((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue())).toList();
    }
}
