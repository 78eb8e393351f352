package dev.tandem.triage.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * Working time of one calendar: a time zone, working days, daily working hours and holidays. SLA clocks
 * run only inside it. An end of {@code 23:59:59} or later means "until midnight". Plain Java.
 */
public final class BusinessCalendar {

    private static final int MAX_DAYS = 3660;

    private final String id;
    private final ZoneId zone;
    private final Set<DayOfWeek> workDays;
    private final LocalTime dayStart;
    private final LocalTime dayEnd;
    private final Set<LocalDate> holidays;

    public BusinessCalendar(String id, ZoneId zone, Set<DayOfWeek> workDays, LocalTime dayStart, LocalTime dayEnd,
                            Set<LocalDate> holidays) {
        if (workDays.isEmpty() || !dayEnd.isAfter(dayStart)) {
            throw new IllegalArgumentException("calendar " + id + " has no working time");
        }
        this.id = id;
        this.zone = zone;
        this.workDays = Set.copyOf(workDays);
        this.dayStart = dayStart;
        this.dayEnd = dayEnd;
        this.holidays = Set.copyOf(holidays);
    }

    public String id() {
        return id;
    }

    /** Working time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate day = LocalDate.ofInstant(from, zone);
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (int i = 0; !day.isAfter(last) && i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!working(day)) {
                continue;
            }
            Instant start = max(from, open(day));
            Instant end = min(to, close(day));
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /** The instant at which {@code amount} of working time has passed after {@code from}. */
    public Instant plus(Instant from, Duration amount) {
        if (amount.isZero() || amount.isNegative()) {
            return from;
        }
        Duration left = amount;
        LocalDate day = LocalDate.ofInstant(from, zone);
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!working(day)) {
                continue;
            }
            Instant start = max(from, open(day));
            Instant end = close(day);
            if (!end.isAfter(start)) {
                continue;
            }
            Duration available = Duration.between(start, end);
            if (left.compareTo(available) <= 0) {
                return start.plus(left);
            }
            left = left.minus(available);
        }
        throw new IllegalStateException("calendar " + id + " has no working time within " + MAX_DAYS + " days");
    }

    private boolean working(LocalDate day) {
        return workDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    private Instant open(LocalDate day) {
        return day.atTime(dayStart).atZone(zone).toInstant();
    }

    private Instant close(LocalDate day) {
        if (!dayEnd.isBefore(LocalTime.of(23, 59, 59))) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return day.atTime(dayEnd).atZone(zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
