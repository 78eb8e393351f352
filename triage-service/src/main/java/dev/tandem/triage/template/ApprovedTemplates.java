package dev.tandem.triage.template;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The in-memory catalogue of approved templates the policy consults on every message. It is reloaded
 * from the database when a template is published here, and every half minute to pick up changes that
 * another replica consumed.
 */
@ApplicationScoped
public class ApprovedTemplates {

    private final TemplateRepository repository;
    private volatile TemplateSnapshot current = TemplateSnapshot.EMPTY;

    ApprovedTemplates(TemplateRepository repository) {
        this.repository = repository;
    }

    void load(@Observes StartupEvent event) {
        reload();
    }

    public TemplateSnapshot snapshot() {
        return current;
    }

    @Scheduled(every = "${tandem.triage.templates-refresh:30s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reload() {
        current = QuarkusTransaction.requiringNew().call(() -> TemplateSnapshot.of(
                repository.allOrdered().stream().map(ReplyTemplate::view).toList()));
    }
}
