package dev.tandem.triage.sla;

import java.time.Instant;

/**
 * CDI event fired inside the transaction that changed a calendar, so that whoever schedules checks on
 * it (the hand-off SLA checker) can look at its clocks again.
 */
public record SlaCalendarChanged(String calendarId, Instant at) {
}
