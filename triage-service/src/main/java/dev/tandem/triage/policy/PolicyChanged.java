package dev.tandem.triage.policy;

/** {@code triage.policy.changed}: a new routing policy version is in force. */
record PolicyChanged(int version, Integer previousVersion, String changedBy, int ruleCount) {

    static final String TYPE = "triage.policy.changed";
}
