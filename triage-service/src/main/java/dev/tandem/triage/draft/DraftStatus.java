package dev.tandem.triage.draft;

/** PENDING until a person decides; the other three are final. */
enum DraftStatus {
    PENDING, APPROVED, EDITED, REJECTED
}
