package dev.tandem.triage.routing;

public enum DealStage {
    NONE, PROSPECT, NEGOTIATION
}
