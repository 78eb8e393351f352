package dev.tandem.triage.draft;

/** {@code triage.draft.reviewed}: a person decided on an AI draft. */
record DraftReviewed(String draftId, String messageId, String conversationId, String dataSubject, String decision,
                     String reviewer, String replyId) {

    static final String TYPE = "triage.draft.reviewed";
}
