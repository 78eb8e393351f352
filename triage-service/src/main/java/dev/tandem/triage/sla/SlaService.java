package dev.tandem.triage.sla;

import dev.tandem.platform.events.Actor;
import dev.tandem.platform.outbox.EventOutbox;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.platform.problem.Violation;
import dev.tandem.triage.routing.Priority;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Changes to SLA targets and calendars. Each change is one transaction that also records
 * {@code triage.sla.policy.changed}; the in-memory policies are reloaded once it has committed. Due times
 * of hand-offs already created stay as they were set; a changed calendar counts their elapsed working time
 * from now on, and their next check is brought forward so the checker looks at them on its next pass.
 */
@ApplicationScoped
class SlaService {

    private static final Pattern CALENDAR_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final EntityManager em;
    private final SlaPolicies policies;
    private final EventOutbox outbox;
    private final Event<SlaCalendarChanged> calendarChanged;
    private final Clock clock;

    SlaService(EntityManager em, SlaPolicies policies, EventOutbox outbox, Event<SlaCalendarChanged> calendarChanged,
               Clock clock) {
        this.em = em;
        this.policies = policies;
        this.outbox = outbox;
        this.calendarChanged = calendarChanged;
        this.clock = clock;
    }

    List<SlaPolicyResponse> policies() {
        return policies.describe();
    }

    List<SlaPolicyResponse.CalendarPart> calendars() {
        return policies.describeCalendars();
    }

    Optional<SlaPolicyResponse.CalendarPart> calendar(String id) {
        return calendars().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Sets the targets of one priority (404 for a priority that is not P1–P4). */
    SlaPolicyResponse changePolicy(String priority, SlaDtos.PolicyRequest request, String user) {
        if (Arrays.stream(Priority.values()).noneMatch(p -> p.name().equals(priority))) {
            throw new NotFoundException("SLA policy", priority);
        }
        if (request.firstResponseMinutes() > request.resolutionMinutes()) {
            throw new InvalidInputException("firstResponseMinutes", "must not be longer than resolutionMinutes");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (em.find(SlaEntities.Calendar.class, request.calendarId()) == null) {
                throw new InvalidInputException("calendarId", "no SLA calendar " + request.calendarId());
            }
            SlaEntities.Policy stored = em.find(SlaEntities.Policy.class, priority);
            Object before = stored == null ? null : policyView(stored);
            SlaEntities.Policy row = new SlaEntities.Policy();
            row.priority = priority;
            row.calendarId = request.calendarId();
            row.firstResponseMinutes = request.firstResponseMinutes();
            row.resolutionMinutes = request.resolutionMinutes();
            em.merge(row);
            record(SlaChanged.POLICY, priority, user, before, policyView(row));
        });
        policies.reload();
        return policies().stream().filter(p -> p.priority().equals(priority)).findFirst().orElseThrow();
    }

    /** Creates or replaces a calendar; true when it is new. */
    boolean putCalendar(String id, SlaDtos.CalendarRequest request, String user) {
        validate(id, request);
        boolean created = QuarkusTransaction.requiringNew().call(() -> {
            boolean isNew = em.find(SlaEntities.Calendar.class, id) == null;
            Object before = calendar(id).orElse(null);
            SlaEntities.Calendar row = new SlaEntities.Calendar();
            row.id = id;
            row.timeZone = ZoneId.of(request.timeZone()).getId();
            row.workDays = request.workDays().stream().distinct().sorted().map(Enum::name)
                    .collect(Collectors.joining(","));
            row.dayStart = request.dayStart();
            row.dayEnd = request.dayEnd();
            em.merge(row);
            em.createQuery("delete from SlaHoliday h where h.id.calendarId = :id").setParameter("id", id)
                    .executeUpdate();
            for (SlaDtos.HolidayRequest h : holidays(request)) {
                SlaEntities.Holiday holiday = new SlaEntities.Holiday();
                holiday.id = new SlaEntities.HolidayId();
                holiday.id.calendarId = id;
                holiday.id.day = h.day();
                holiday.name = h.name();
                em.persist(holiday);
            }
            em.flush();
            calendarChanged.fire(new SlaCalendarChanged(id, clock.instant()));
            record(SlaChanged.CALENDAR, id, user, before, SlaPolicies.view(row, holidays(request).stream()
                    .map(h -> new SlaPolicyResponse.HolidayPart(h.day(), h.name())).toList()));
            return isNew;
        });
        policies.reload();
        return created;
    }

    private static void validate(String id, SlaDtos.CalendarRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (!CALENDAR_ID.matcher(id).matches()) {
            violations.add(new Violation("id", "must be 1-40 lower-case letters, digits or '-', starting with a letter or digit"));
        }
        try {
            ZoneId.of(request.timeZone());
        } catch (DateTimeException e) {
            violations.add(new Violation("timeZone", "is not a known time zone (e.g. Europe/London)"));
        }
        if (!request.dayEnd().isAfter(request.dayStart())) {
            violations.add(new Violation("dayEnd", "must be after dayStart"));
        }
        Set<LocalDate> days = new HashSet<>();
        List<SlaDtos.HolidayRequest> holidays = holidays(request);
        for (int i = 0; i < holidays.size(); i++) {
            if (!days.add(holidays.get(i).day())) {
                violations.add(new Violation("holidays[" + i + "].day", "is listed twice"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException("The calendar is not valid", violations);
        }
    }

    private static List<SlaDtos.HolidayRequest> holidays(SlaDtos.CalendarRequest request) {
        return request.holidays() == null ? List.of() : request.holidays();
    }

    private void record(String change, String id, String user, Object before, Object after) {
        String subject = change.toLowerCase(Locale.ROOT) + ":" + id;
        outbox.record(SlaChanged.TYPE, subject, "sla-" + subject, Actor.human(user),
                new SlaChanged(change, id, user, before, after));
    }

    private static Object policyView(SlaEntities.Policy row) {
        return new SlaDtos.PolicyRequest(row.calendarId, row.firstResponseMinutes, row.resolutionMinutes);
    }
}
