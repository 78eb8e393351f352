package dev.tandem.content.draft;

/** How often reviewers found a rule's findings to be false alarms: precision = 1 - dismissed / raised. */
record RulePrecision(String ruleId, String code, long raised, long dismissed, double precision) {

    static RulePrecision of(String ruleId, String code, long raised, long dismissed) {
        double precision = raised == 0 ? 1.0 : Math.round((1.0 - (double) dismissed / raised) * 1000) / 1000.0;
        return new RulePrecision(ruleId, code, raised, dismissed, precision);
    }
}
