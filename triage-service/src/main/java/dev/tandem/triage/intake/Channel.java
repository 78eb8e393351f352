package dev.tandem.triage.intake;

/** Where a customer message came from (contract values). */
public enum Channel {
    EMAIL, CHAT, SOCIAL, WEB_FORM
}
