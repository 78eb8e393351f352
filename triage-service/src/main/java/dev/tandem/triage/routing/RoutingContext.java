package dev.tandem.triage.routing;

/**
 * Facts about the situation that are neither the text nor the customer.
 *
 * @param templates          approved reply templates available now
 * @param ownerAgentId       the person who owns the conversation, or null; when set the AI never replies
 * @param classifierFailure  why classification failed (error, timeout), or null when it succeeded
 */
public record RoutingContext(TemplateCatalog templates, String ownerAgentId, String classifierFailure) {
}
