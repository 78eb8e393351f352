package dev.tandem.triage.routing;

public enum Tier {
    STANDARD, GOLD, KEY_ACCOUNT
}
