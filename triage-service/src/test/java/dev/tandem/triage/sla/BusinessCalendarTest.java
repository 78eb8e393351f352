package dev.tandem.triage.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private final BusinessCalendar office = new BusinessCalendar("office", ZoneId.of("Europe/London"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
            Set.of(LocalDate.of(2026, 12, 25)));
    private final BusinessCalendar always = new BusinessCalendar("always", ZoneId.of("UTC"),
            EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59), Set.of());

    @Test
    void shouldAddWorkingTimeWithinTheSameDay() {
        assertThat(office.plus(Instant.parse("2026-11-23T10:00:00Z"), Duration.ofMinutes(60)))
                .isEqualTo(Instant.parse("2026-11-23T11:00:00Z"));
    }

    @Test
    void shouldCarryOverNightAndWeekend() {
        assertThat(office.plus(Instant.parse("2026-11-27T16:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
    }

    @Test
    void shouldStartClockAtOpeningWhenMessageArrivesAtNight() {
        assertThat(office.plus(Instant.parse("2026-11-23T22:00:00Z"), Duration.ofMinutes(30)))
                .isEqualTo(Instant.parse("2026-11-24T09:30:00Z"));
    }

    @Test
    void shouldSkipHolidays() {
        assertThat(office.plus(Instant.parse("2026-12-24T16:30:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-12-28T09:30:00Z"));
    }

    @Test
    void shouldHonourSummerTime() {
        assertThat(office.plus(Instant.parse("2026-07-01T08:00:00Z"), Duration.ofMinutes(60)))
                .isEqualTo(Instant.parse("2026-07-01T09:00:00Z"));
    }

    @Test
    void shouldMeasureWorkingTimeBetweenInstants() {
        assertThat(office.between(Instant.parse("2026-11-27T16:00:00Z"), Instant.parse("2026-11-30T10:00:00Z")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(office.between(Instant.parse("2026-11-28T10:00:00Z"), Instant.parse("2026-11-28T12:00:00Z")))
                .isZero();
    }

    @Test
    void shouldRunAroundTheClockCalendarContinuously() {
        assertThat(always.plus(Instant.parse("2026-11-28T23:50:00Z"), Duration.ofMinutes(15)))
                .isEqualTo(Instant.parse("2026-11-29T00:05:00Z"));
        assertThat(always.between(Instant.parse("2026-11-28T23:50:00Z"), Instant.parse("2026-11-29T00:05:00Z")))
                .isEqualTo(Duration.ofMinutes(15));
    }
}
