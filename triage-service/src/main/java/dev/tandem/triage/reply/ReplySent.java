package dev.tandem.triage.reply;

import dev.tandem.triage.privacy.Segment;

/** {@code triage.reply.sent}: a reply left for the customer. */
record ReplySent(String messageId, String conversationId, String dataSubject, Segment segment, boolean aiOptOut,
                 String templateId, String language, boolean aiGenerated, boolean aiDisclosed, String sentBy,
                 Content content) {

    static final String TYPE = "triage.reply.sent";

    record Content(String text) {
    }
}
