package dev.tandem.content.draft;

/** Where a draft stands in editorial review; only {@link WorkflowService} and {@link DraftService} move it. */
public enum DraftStatus {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, REJECTED, PUBLISHED
}
