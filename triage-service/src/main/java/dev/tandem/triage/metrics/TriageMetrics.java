package dev.tandem.triage.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Prometheus side of the triage metrics. Rates are left to PromQL over these counters (each has its
 * denominator next to it); {@code GET /api/metrics/summary} computes the same figures from the database.
 */
@ApplicationScoped
public class TriageMetrics {

    private final MeterRegistry registry;
    /** Counters on the intake path, kept per tag value (a bounded set: routes, trigger codes). */
    private final Map<String, Counter> routed = new ConcurrentHashMap<>();
    private final Map<String, Counter> triggers = new ConcurrentHashMap<>();

    private final DistributionSummary batchSize;
    private final Counter batchRedone;
    private final TransactionSynchronizationRegistry transactions;

    TriageMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
        this.batchSize = DistributionSummary.builder("triage.intake.batch.size")
                .description("Messages stored per intake transaction (group commit)").register(registry);
        this.batchRedone = Counter.builder("triage.intake.batch.redone")
                .description("Intake batches that failed as a whole and were redone message by message")
                .register(registry);
    }

    /** Every triaged message by route: automation rate = route=AUTO_REPLY / all. */
    public void messageRouted(String route) {
        routed.computeIfAbsent(route, r -> Counter.builder("triage.messages.routed")
                .description("Messages triaged, by route").tag("route", r).register(registry)).increment();
    }

    /**
     * The triggers of a hand-off created in the current transaction, counted when it commits (a batch that
     * is rolled back and redone must not count twice): hand-off rate by trigger = this / triage.messages.routed.
     */
    public void handoffCreated(List<String> triggerCodes) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    triggerCodes.forEach(code -> triggers.computeIfAbsent(code, t ->
                            Counter.builder("triage.handoffs.triggers").description("Hand-offs by trigger code")
                                    .tag("trigger", t).register(registry)).increment());
                }
            }
        });
    }

    /** One intake transaction (group commit): its size, and whether it failed and was redone message by message. */
    public void intakeWrite(int messages, boolean redoneOneByOne) {
        batchSize.record(messages);
        if (redoneOneByOne) {
            batchRedone.increment();
        }
    }

    /** Wall time from hand-off to the first human response (claim or reply). */
    public void firstResponse(Duration elapsed) {
        Timer.builder("triage.handoff.first.response").description("Human first response time after hand-off")
                .publishPercentiles(0.5, 0.9).register(registry).record(elapsed);
    }

    /** One finished or breached SLA clock: hit rate = outcome=met / all. */
    public void slaOutcome(String clock, boolean met) {
        Counter.builder("triage.sla.outcomes").description("SLA clocks by outcome")
                .tag("clock", clock).tag("outcome", met ? "met" : "breached").register(registry).increment();
    }

    /** An agent's verdict on the AI's routing when resolving: accuracy = correct=true / all answered. */
    public void routingVerdict(Boolean correct) {
        Counter.builder("triage.ai.routing.verdicts").description("Agent-confirmed AI routing verdicts")
                .tag("correct", correct == null ? "unanswered" : correct.toString()).register(registry).increment();
    }
}
