package dev.tandem.content.draft;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
class DismissalRepository implements PanacheRepository<Dismissal> {

    boolean isDismissed(Long findingId) {
        return count("findingId", findingId) > 0;
    }

    /** The dismissals of a draft by finding id. */
    Map<Long, Dismissal> byFinding(String draftId) {
        List<Dismissal> all = list("draftId", draftId);
        return all.stream().collect(Collectors.toMap(d -> d.findingId, Function.identity()));
    }
}
