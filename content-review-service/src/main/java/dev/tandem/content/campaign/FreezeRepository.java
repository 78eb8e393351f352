package dev.tandem.content.campaign;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class FreezeRepository implements PanacheRepositoryBase<Freeze, String> {

    Optional<Freeze> findActive(String campaignId, Instant now) {
        return find("campaignId = ?1 and liftedAt is null and startsAt <= ?2 and endsAt > ?2 order by endsAt desc",
                campaignId, now).firstResultOptional();
    }

    List<Freeze> listByCampaign(String campaignId) {
        return list("campaignId = ?1 order by startsAt", campaignId);
    }

    Optional<Freeze> findInCampaign(String campaignId, String freezeId) {
        return find("id = ?1 and campaignId = ?2", freezeId, campaignId).firstResultOptional();
    }
}
