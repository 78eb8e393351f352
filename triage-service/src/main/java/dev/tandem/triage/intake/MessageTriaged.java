package dev.tandem.triage.intake;

import dev.tandem.triage.privacy.Segment;
import dev.tandem.triage.routing.Trigger;
import java.util.List;

/** {@code triage.message.triaged}: a message was classified and routed; its text is redacted of contact details. */
record MessageTriaged(String messageId, String conversationId, String channel, String dataSubject, Segment segment,
                      boolean aiOptOut, String route, String intent, double sentiment, String urgency,
                      double confidence, List<Trigger> triggers, int policyVersion, String classifier,
                      String lexiconVersion, String explanation, String decidingRule, String queue,
                      String priority, String classifierFailure, Content content) {

    static final String TYPE = "triage.message.triaged";

    record Content(String subject, String body) {
    }
}
