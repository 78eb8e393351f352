package dev.tandem.content.draft;

import dev.tandem.content.ContentConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** How many distinct people must approve a revision or sign a freeze override. */
@ApplicationScoped
class ApprovalPolicy {

    private final ContentConfig.Review config;

    ApprovalPolicy(ContentConfig config) {
        this.config = config.review();
    }

    int approvalsRequired(DraftRevision revision) {
        return revision.risky ? config.riskyApprovalsRequired() : config.approvalsRequired();
    }

    int overrideSignaturesRequired() {
        return config.overrideSignaturesRequired();
    }
}
