package dev.tandem.triage.routing;

/**
 * The outcome of one condition clause.
 *
 * @param ok       whether the clause holds
 * @param why      a short plain-language account (evidence when it holds, the gap when it does not)
 * @param failCode when it does not hold on an automatic-reply rule, the trigger code that explains the draft
 */
record Check(boolean ok, String why, String failCode) {

    static Check pass(String why) {
        return new Check(true, why, null);
    }

    static Check fail(String why, String failCode) {
        return new Check(false, why, failCode);
    }
}
