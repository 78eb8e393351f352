package dev.tandem.content.brand;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
class BrandRepository implements PanacheRepositoryBase<Brand, String> {

    /** The brand, locked so that two concurrent changes cannot claim the same version number. */
    Optional<Brand> findForChange(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
