package dev.tandem.triage.routing;

public enum Route {
    AUTO_REPLY, DRAFT_FOR_REVIEW, HUMAN
}
