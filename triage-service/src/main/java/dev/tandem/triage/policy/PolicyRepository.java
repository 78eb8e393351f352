package dev.tandem.triage.policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class PolicyRepository implements PanacheRepositoryBase<PolicyVersion, Integer> {

    Optional<PolicyVersion> latest() {
        return findAll(Sort.by("version").descending()).firstResultOptional();
    }

    /** The latest version, locked so that two concurrent changes get consecutive versions. */
    Optional<PolicyVersion> latestForUpdate() {
        return findAll(Sort.by("version").descending()).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    List<PolicyVersion> history() {
        return listAll(Sort.by("version").descending());
    }
}
