package dev.tandem.triage.handoff;

import dev.tandem.platform.events.Actor;
import dev.tandem.platform.outbox.EventOutbox;
import dev.tandem.triage.TriageConfig;
import dev.tandem.triage.metrics.TriageMetrics;
import dev.tandem.triage.routing.Priority;
import dev.tandem.triage.sla.BusinessCalendar;
import dev.tandem.triage.sla.SlaCalendarChanged;
import dev.tandem.triage.sla.SlaPolicies;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Watches the SLA clocks of unresolved hand-offs in working time: a warning at the configured fraction
 * (80 %), a breach at 100 %, each once per clock. A breach escalates: the priority climbs one step, and a
 * P1 moves to the supervisor queue. The resolution clock stands still while the agent waits on the customer.
 *
 * <p>Each hand-off carries the moment it needs looking at next ({@link Handoff#slaCheckAt}, set when it is
 * created, when its clock resumes and after every check), so a pass reads only the hand-offs that are due,
 * however many are open.
 */
@ApplicationScoped
class SlaChecker {

    static final String FIRST_RESPONSE = "FIRST_RESPONSE";
    static final String RESOLUTION = "RESOLUTION";
    /** Hand-offs handled per transaction. */
    private static final int CHUNK = 500;

    private final HandoffRepository repository;
    private final SlaPolicies sla;
    private final EventOutbox outbox;
    private final TriageMetrics metrics;
    private final TriageConfig config;
    private final Clock clock;

    SlaChecker(HandoffRepository repository, SlaPolicies sla, EventOutbox outbox, TriageMetrics metrics,
               TriageConfig config, Clock clock) {
        this.repository = repository;
        this.sla = sla;
        this.outbox = outbox;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Handles every hand-off whose {@link Handoff#slaCheckAt} has come, a chunk per transaction, and sets
     * each one's next check. Rows locked by another replica's checker are skipped; that one handles them.
     */
    @Scheduled(every = "${tandem.triage.sla.check-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        Instant now = clock.instant();
        int handled;
        do {
            handled = QuarkusTransaction.requiringNew().call(() -> checkDue(now));
        } while (handled == CHUNK);
    }

    private int checkDue(Instant now) {
        List<Handoff> due = repository.lockDueForSlaCheck(now, CHUNK);
        for (Handoff h : due) {
            advance(h, now);
            h.slaCheckAt = nextCheck(h, sla.calendar(h.calendarId), config.sla().warningFraction(), now);
        }
        return due.size();
    }

    /**
     * The earliest moment after {@code now} at which a running clock of this hand-off reaches its warning
     * or its breach, or null when no clock runs (resolved; both clocks done; the only one left is paused,
     * and resuming it sets a check). A moment already passed (a warning the rounded fraction just missed)
     * comes back as just after {@code now}: the next pass looks again.
     */
    static Instant nextCheck(Handoff h, BusinessCalendar calendar, double warningFraction, Instant now) {
        if (h.is(HandoffStatus.RESOLVED)) {
            return null;
        }
        Instant next = null;
        if (h.firstRespondedAt == null && !h.firstResponseBreached) {
            next = h.firstResponseWarned ? h.firstResponseDueAt
                    : warningAt(calendar, h.createdAt, h.firstResponseDueAt, 0, warningFraction);
        }
        if (h.waitingSince == null && !h.resolutionBreached) {
            Instant resolution = h.resolutionWarned ? h.resolutionDueAt
                    : warningAt(calendar, h.createdAt, h.resolutionDueAt, h.pausedSeconds, warningFraction);
            next = next == null || resolution.isBefore(next) ? resolution : next;
        }
        return next == null || next.isAfter(now) ? next : now.plusMillis(1);
    }

    /** When the working time used, minus the time paused, reaches {@code fraction} of the target. */
    private static Instant warningAt(BusinessCalendar calendar, Instant start, Instant due, long pausedSeconds,
                                     double fraction) {
        Duration paused = Duration.ofSeconds(pausedSeconds);
        Duration target = calendar.between(start, due).minus(paused);
        if (target.isNegative()) {
            return start;
        }
        return calendar.plus(start, paused.plusMillis(Math.round(target.toMillis() * fraction)));
    }

    /** Emits the warnings and breaches now due for one locked hand-off (re-checked under the lock). */
    private void advance(Handoff h, Instant now) {
        BusinessCalendar calendar = sla.calendar(h.calendarId);
        if (h.firstRespondedAt == null && !h.firstResponseBreached) {
            double fraction = fraction(calendar, h.createdAt, h.firstResponseDueAt, now, 0);
            if (fraction >= config.sla().warningFraction() && !h.firstResponseWarned) {
                h.firstResponseWarned = true;
                emit(SlaEvent.WARNING, h, FIRST_RESPONSE, h.firstResponseDueAt, fraction, null);
            }
            if (fraction >= 1) {
                h.firstResponseBreached = true;
                metrics.slaOutcome(FIRST_RESPONSE, false);
                breach(h, FIRST_RESPONSE, h.firstResponseDueAt, fraction);
            }
        }
        if (h.waitingSince == null && !h.resolutionBreached) {
            double fraction = fraction(calendar, h.createdAt, h.resolutionDueAt, now, h.pausedSeconds);
            if (fraction >= config.sla().warningFraction() && !h.resolutionWarned) {
                h.resolutionWarned = true;
                emit(SlaEvent.WARNING, h, RESOLUTION, h.resolutionDueAt, fraction, null);
            }
            if (fraction >= 1) {
                h.resolutionBreached = true;
                metrics.slaOutcome(RESOLUTION, false);
                breach(h, RESOLUTION, h.resolutionDueAt, fraction);
            }
        }
    }

    /** A changed calendar moves warnings and breaches: every running clock on it is looked at again next pass. */
    void onCalendarChanged(@Observes SlaCalendarChanged change) {
        repository.recheckSlaOn(change.calendarId(), change.at());
    }

    /** Share of the target used up, in working time, minus the time paused. */
    static double fraction(BusinessCalendar calendar, Instant start, Instant due, Instant now, long pausedSeconds) {
        Duration paused = Duration.ofSeconds(pausedSeconds);
        Duration target = calendar.between(start, due).minus(paused);
        if (target.isZero() || target.isNegative()) {
            return 1;
        }
        Duration elapsed = calendar.between(start, now).minus(paused);
        return Math.round(1000.0 * elapsed.toMillis() / target.toMillis()) / 1000.0;
    }

    /** One step up the ladder: the next higher priority, or from P1 the escalation queue. */
    private String escalate(Handoff h) {
        Priority priority = Priority.valueOf(h.priority);
        if (priority.ordinal() > 0) {
            h.priority = Priority.values()[priority.ordinal() - 1].name();
            h.escalatedTo = h.priority;
        } else {
            h.queue = config.sla().escalationQueue();
            h.escalatedTo = h.queue;
        }
        return h.escalatedTo;
    }

    private void breach(Handoff h, String clockName, Instant due, double fraction) {
        String queue = h.queue;
        String priority = h.priority;
        String escalatedTo = escalate(h);
        outbox.record(SlaEvent.BREACHED, h.id, h.messageId, Actor.system("sla-checker"), new SlaEvent(h.id,
                h.messageId, h.conversationId, queue, priority, clockName, due, fraction, escalatedTo));
    }

    private void emit(String type, Handoff h, String clockName, Instant due, double fraction, String escalatedTo) {
        outbox.record(type, h.id, h.messageId, Actor.system("sla-checker"), new SlaEvent(h.id, h.messageId,
                h.conversationId, h.queue, h.priority, clockName, due, fraction, escalatedTo));
    }
}
