package dev.tandem.triage.routing;

/** Why a message went where it went, in the contract's trigger codes (e.g. {@code SAFETY_RISK}). */
public record Trigger(String code, String detail) {
}
