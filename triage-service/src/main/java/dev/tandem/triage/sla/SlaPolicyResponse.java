package dev.tandem.triage.sla;

import java.time.LocalDate;
import java.util.List;

/** One SLA policy of {@code GET /api/sla/policies}: targets in working minutes of its calendar. */
record SlaPolicyResponse(String priority, int firstResponseMinutes, int resolutionMinutes, CalendarPart calendar) {

    record CalendarPart(String id, String timeZone, List<String> workDays, String dayStart, String dayEnd,
                        List<HolidayPart> holidays) {
    }

    record HolidayPart(LocalDate day, String name) {
    }
}
