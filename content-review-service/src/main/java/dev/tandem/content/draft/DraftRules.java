package dev.tandem.content.draft;

import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.Violation;
import java.util.ArrayList;
import java.util.List;

/** Input rules that bean validation cannot express. */
final class DraftRules {

    static final String INTENT = "[A-Z][A-Z_]*";
    static final String LANGUAGE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";

    static final List<String> TEMPLATE_INTENTS = List.of("ORDER_STATUS", "SHIPPING", "RETURNS_REFUND", "BILLING",
            "ACCOUNT_ACCESS", "PRODUCT_QUESTION", "PRICING", "STORE_INFO", "CANCELLATION", "COMPLAINT", "PRAISE",
            "PRIVACY_REQUEST", "OTHER");

    private DraftRules() {
    }

    /** A reply template is chosen by intent and language, so it must have both. */
    static void requireTemplateKeys(DraftKind kind, String intent, String language) {
        if (kind != DraftKind.REPLY_TEMPLATE) {
            return;
        }
        List<Violation> missing = new ArrayList<>();
        if (intent == null || intent.isBlank()) {
            missing.add(new Violation("intent", "is required for a REPLY_TEMPLATE"));
        }
        if (language == null || language.isBlank()) {
            missing.add(new Violation("language", "is required for a REPLY_TEMPLATE"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("A reply template needs an intent and a language.", missing);
        }
        // Triage picks templates by the contract's intents and ISO 639-1 codes; anything else would
        // be published but never used for a reply.
        if (!TEMPLATE_INTENTS.contains(intent)) {
            throw new InvalidInputException("intent", "must be one of " + TEMPLATE_INTENTS);
        }
        if (!language.matches("[a-z]{2}")) {
            throw new InvalidInputException("language", "must be a two-letter ISO 639-1 code such as en");
        }
    }

    /** A decision other than approval must say why. */
    static void requireCommentUnlessApproved(ReviewRequest request) {
        if (request.decision() != ReviewDecision.APPROVE
                && (request.comment() == null || request.comment().isBlank())) {
            throw new InvalidInputException("comment", "is required for " + request.decision());
        }
    }
}
