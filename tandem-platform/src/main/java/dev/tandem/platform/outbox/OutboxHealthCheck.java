package dev.tandem.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows the outbox backlog on the readiness endpoint. It stays UP while the broker is away: the outbox
 * exists so that a service keeps taking work and delivers later, and liveness never depends on the broker.
 */
@Readiness
@ApplicationScoped
class OutboxHealthCheck implements HealthCheck {

    private final OutboxRepository repository;
    private final Clock clock;

    OutboxHealthCheck(OutboxRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        return QuarkusTransaction.requiringNew().call(() -> HealthCheckResponse.named("event-outbox")
                .up()
                .withData("pending", repository.countPending())
                .withData("oldestPendingSeconds", repository.oldestPendingAge(clock.instant()).toSeconds())
                .build());
    }
}
