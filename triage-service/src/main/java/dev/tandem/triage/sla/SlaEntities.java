package dev.tandem.triage.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** The SLA tables: calendars, their holidays, and the targets per priority. */
final class SlaEntities {

    private SlaEntities() {
    }

    @Entity(name = "SlaCalendar")
    @Table(name = "sla_calendar")
    static class Calendar {
        @Id
        String id;
        @Column(name = "time_zone", nullable = false)
        String timeZone;
        /** Comma-separated {@link java.time.DayOfWeek} names. */
        @Column(name = "work_days", nullable = false)
        String workDays;
        @Column(name = "day_start", nullable = false)
        LocalTime dayStart;
        @Column(name = "day_end", nullable = false)
        LocalTime dayEnd;
    }

    @Embeddable
    static class HolidayId implements Serializable {
        @Column(name = "calendar_id")
        String calendarId;
        LocalDate day;

        @Override
        public boolean equals(Object o) {
            return o instanceof HolidayId other && Objects.equals(calendarId, other.calendarId)
                    && Objects.equals(day, other.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(calendarId, day);
        }
    }

    @Entity(name = "SlaHoliday")
    @Table(name = "sla_holiday")
    static class Holiday {
        @EmbeddedId
        HolidayId id;
        @Column(nullable = false)
        String name;
    }

    @Entity(name = "SlaPolicy")
    @Table(name = "sla_policy")
    static class Policy {
        @Id
        String priority;
        @Column(name = "calendar_id", nullable = false)
        String calendarId;
        @Column(name = "first_response_minutes", nullable = false)
        int firstResponseMinutes;
        @Column(name = "resolution_minutes", nullable = false)
        int resolutionMinutes;
    }
}
