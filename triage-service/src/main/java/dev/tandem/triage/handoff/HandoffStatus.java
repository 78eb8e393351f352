package dev.tandem.triage.handoff;

public enum HandoffStatus {
    OPEN, CLAIMED, RESOLVED
}
