package dev.tandem.content.draft;

public enum ReviewDecision {
    APPROVE, REQUEST_CHANGES, REJECT
}
