package dev.tandem.triage.classify;

public enum Urgency {
    LOW, NORMAL, HIGH, CRITICAL
}
