package dev.tandem.triage.handoff;

import dev.tandem.triage.privacy.Segment;
import dev.tandem.triage.routing.Trigger;
import java.time.Instant;
import java.util.List;

/** The hand-off events' data, past tense. */
final class HandoffEvents {

    static final String CREATED = "triage.handoff.created";
    static final String CLAIMED = "triage.handoff.claimed";
    static final String RELEASED = "triage.handoff.released";
    static final String RESOLVED = "triage.handoff.resolved";

    private HandoffEvents() {
    }

    record HandoffCreated(String handoffId, String messageId, String conversationId, String dataSubject,
                          Segment segment, String queue, String priority, Instant slaFirstResponseDueAt,
                          Instant slaResolutionDueAt, List<Trigger> triggers, String assignedTo) {
    }

    record HandoffClaimed(String handoffId, String messageId, String conversationId, String agent,
                          long firstResponseSeconds) {
    }

    record HandoffReleased(String handoffId, String messageId, String conversationId, String agent) {
    }

    record HandoffResolved(String handoffId, String messageId, String conversationId, String agent, String outcome,
                           Boolean aiRoutingCorrect, long resolutionSeconds) {
    }
}
