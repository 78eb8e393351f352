package dev.tandem.content.brand;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class BrandVersionRepository implements PanacheRepository<BrandVersion> {

    Optional<BrandVersion> findVersion(String brandId, int version) {
        return find("brandId = ?1 and version = ?2", brandId, version).firstResultOptional();
    }

    List<BrandVersion> listVersions(String brandId) {
        return list("brandId = ?1 order by version", brandId);
    }
}
