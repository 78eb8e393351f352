package dev.tandem.content.draft;

import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.Violation;
import java.util.ArrayList;
import java.util.List;

/** Input rules that bean validation cannot express. */
final class DraftRules {

    static final String INTENT = "[A-Z][A-Z_]*";
    static final String LANGUAGE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";

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
    }

    /** A decision other than approval must say why. */
    static void requireCommentUnlessApproved(ReviewRequest request) {
        if (request.decision() != ReviewDecision.APPROVE
                && (request.comment() == null || request.comment().isBlank())) {
            throw new InvalidInputException("comment", "is required for " + request.decision());
        }
    }
}
