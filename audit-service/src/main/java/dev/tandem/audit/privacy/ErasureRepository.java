package dev.tandem.audit.privacy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class ErasureRepository implements PanacheRepositoryBase<Erasure, String> {
}
