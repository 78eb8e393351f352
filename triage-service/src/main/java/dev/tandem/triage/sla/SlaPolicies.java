package dev.tandem.triage.sla;

import dev.tandem.triage.routing.Priority;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SLA policies and calendars from the database, loaded at start-up, after every change made here and
 * every few seconds ({@code tandem.triage.policy-refresh}), so that a change made through another replica
 * takes effect here too.
 */
@ApplicationScoped
public class SlaPolicies {

    /** Targets of one priority on its calendar. */
    public record Targets(Priority priority, BusinessCalendar calendar, Duration firstResponse, Duration resolution) {
    }

    private final EntityManager entityManager;
    private volatile Map<String, BusinessCalendar> calendars = Map.of();
    private volatile Map<Priority, Targets> targets = Map.of();
    private volatile List<SlaPolicyResponse> described = List.of();
    private volatile List<SlaPolicyResponse.CalendarPart> calendarViews = List.of();

    SlaPolicies(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void load(@Observes StartupEvent event) {
        reload();
    }

    @Scheduled(every = "${tandem.triage.policy-refresh:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reload() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<SlaEntities.Calendar> rows = entityManager
                    .createQuery("from SlaCalendar", SlaEntities.Calendar.class).getResultList();
            List<SlaEntities.Holiday> holidays = entityManager
                    .createQuery("from SlaHoliday order by id.day", SlaEntities.Holiday.class).getResultList();
            List<SlaEntities.Policy> policies = entityManager
                    .createQuery("from SlaPolicy order by priority", SlaEntities.Policy.class).getResultList();
            Map<String, BusinessCalendar> byId = new HashMap<>();
            Map<String, SlaPolicyResponse.CalendarPart> parts = new HashMap<>();
            for (SlaEntities.Calendar row : rows) {
                List<SlaEntities.Holiday> own = holidays.stream().filter(h -> h.id.calendarId.equals(row.id)).toList();
                Set<DayOfWeek> days = Arrays.stream(row.workDays.split(",")).map(String::trim)
                        .map(DayOfWeek::valueOf).collect(Collectors.toSet());
                Set<LocalDate> off = own.stream().map(h -> h.id.day).collect(Collectors.toSet());
                byId.put(row.id, new BusinessCalendar(row.id, ZoneId.of(row.timeZone), days, row.dayStart, row.dayEnd, off));
                parts.put(row.id, view(row, own.stream().map(h -> new SlaPolicyResponse.HolidayPart(h.id.day, h.name))
                        .toList()));
            }
            Map<Priority, Targets> byPriority = new HashMap<>();
            for (SlaEntities.Policy p : policies) {
                byPriority.put(Priority.valueOf(p.priority), new Targets(Priority.valueOf(p.priority),
                        byId.get(p.calendarId), Duration.ofMinutes(p.firstResponseMinutes),
                        Duration.ofMinutes(p.resolutionMinutes)));
            }
            calendars = Map.copyOf(byId);
            targets = Map.copyOf(byPriority);
            calendarViews = parts.values().stream()
                    .sorted(Comparator.comparing(SlaPolicyResponse.CalendarPart::id)).toList();
            described = policies.stream().map(p -> new SlaPolicyResponse(p.priority, p.firstResponseMinutes,
                    p.resolutionMinutes, parts.get(p.calendarId))).toList();
        });
    }

    /** A calendar as the API shows it: working days in week order, holidays by date. */
    static SlaPolicyResponse.CalendarPart view(SlaEntities.Calendar row, List<SlaPolicyResponse.HolidayPart> holidays) {
        return new SlaPolicyResponse.CalendarPart(row.id, row.timeZone,
                Arrays.stream(row.workDays.split(",")).map(String::trim).map(DayOfWeek::valueOf).sorted()
                        .map(Enum::name).toList(),
                row.dayStart.toString(), row.dayEnd.toString(),
                holidays.stream().sorted(Comparator.comparing(SlaPolicyResponse.HolidayPart::day)).toList());
    }

    public Targets of(Priority priority) {
        Targets t = targets.get(priority);
        if (t == null) {
            throw new IllegalStateException("no SLA policy for " + priority);
        }
        return t;
    }

    public BusinessCalendar calendar(String id) {
        BusinessCalendar calendar = calendars.get(id);
        if (calendar == null) {
            throw new IllegalStateException("no SLA calendar " + id);
        }
        return calendar;
    }

    List<SlaPolicyResponse> describe() {
        return described;
    }

    List<SlaPolicyResponse.CalendarPart> describeCalendars() {
        return calendarViews;
    }
}
