package dev.tandem.triage.sla;

/**
 * {@code triage.sla.policy.changed}: an administrator changed the targets of one priority or a calendar.
 * {@code before} is null for a new calendar; both are shaped like the API's answers.
 */
record SlaChanged(String change, String id, String changedBy, Object before, Object after) {

    static final String TYPE = "triage.sla.policy.changed";
    static final String POLICY = "POLICY";
    static final String CALENDAR = "CALENDAR";
}
