package dev.tandem.triage.sla;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Request bodies of the SLA administration API. */
final class SlaDtos {

    /** A year in minutes: no target is longer. */
    private static final int MAX_MINUTES = 525_600;

    private SlaDtos() {
    }

    /** {@code PUT /api/sla/policies/{priority}}: targets in working minutes of the named calendar. */
    record PolicyRequest(@NotBlank String calendarId,
                         @NotNull @Positive @Max(MAX_MINUTES) Integer firstResponseMinutes,
                         @NotNull @Positive @Max(MAX_MINUTES) Integer resolutionMinutes) {
    }

    /** {@code PUT /api/sla/calendars/{id}}: the whole calendar; holidays replace the stored ones. */
    record CalendarRequest(@NotBlank @Size(max = 60) String timeZone,
                           @NotEmpty @Size(max = 7) List<@NotNull DayOfWeek> workDays,
                           @NotNull LocalTime dayStart,
                           @NotNull LocalTime dayEnd,
                           @Size(max = 500) List<@Valid @NotNull HolidayRequest> holidays) {
    }

    record HolidayRequest(@NotNull LocalDate day, @NotBlank @Size(max = 100) String name) {
    }
}
