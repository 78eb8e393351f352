package dev.tandem.triage.handoff;

import java.time.Instant;

/** {@code triage.sla.warning} and {@code triage.sla.breached}; {@code escalatedTo} only on a breach. */
record SlaEvent(String handoffId, String messageId, String conversationId, String queue, String priority,
                String clock, Instant dueAt, double elapsedFraction, String escalatedTo) {

    static final String WARNING = "triage.sla.warning";
    static final String BREACHED = "triage.sla.breached";
}
