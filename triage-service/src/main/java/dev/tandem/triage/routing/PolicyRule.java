package dev.tandem.triage.routing;

/**
 * One ordered rule of a routing policy.
 *
 * @param trigger  trigger code recorded when the rule matches (HUMAN and DRAFT_FOR_REVIEW rules)
 * @param queue    hand-off queue (HUMAN rules only)
 * @param priority hand-off priority (HUMAN rules only)
 */
record PolicyRule(String id, String description, Condition when, Route route, String trigger, String queue,
                  Priority priority) {
}
