package dev.tandem.content.draft;

public enum DraftKind {
    MARKETING, REPLY_TEMPLATE
}
