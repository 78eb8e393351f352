package dev.tandem.content.draft;

import dev.tandem.content.campaign.ActiveFreeze;
import dev.tandem.content.campaign.CampaignService;
import dev.tandem.platform.ids.TimeOrderedUuid;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.ForbiddenActionException;
import dev.tandem.platform.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The review state machine: DRAFT|CHANGES_REQUESTED → IN_REVIEW → APPROVED | CHANGES_REQUESTED | REJECTED,
 * APPROVED → PUBLISHED. Every step locks the draft and records its event in the same transaction.
 */
@ApplicationScoped
class WorkflowService {

    private static final Set<DraftStatus> SUBMITTABLE = Set.of(DraftStatus.DRAFT, DraftStatus.CHANGES_REQUESTED);

    private final DraftRepository drafts;
    private final RevisionRepository revisions;
    private final ReviewRepository reviews;
    private final OverrideRepository overrides;
    private final ApprovalPolicy policy;
    private final CampaignService campaigns;
    private final DraftEvents events;
    private final DraftViews views;
    private final Clock clock;

    WorkflowService(DraftRepository drafts, RevisionRepository revisions, ReviewRepository reviews,
                    OverrideRepository overrides, ApprovalPolicy policy, CampaignService campaigns, DraftEvents events,
                    DraftViews views, Clock clock) {
        this.drafts = drafts;
        this.revisions = revisions;
        this.reviews = reviews;
        this.overrides = overrides;
        this.policy = policy;
        this.campaigns = campaigns;
        this.events = events;
        this.views = views;
        this.clock = clock;
    }

    @Transactional
    DraftResponse submit(String id, String user) {
        Draft draft = lock(id);
        if (!draft.author.equals(user)) {
            throw new ForbiddenActionException("Not the author", "Only the author of a draft may submit it.");
        }
        if (!SUBMITTABLE.contains(draft.status)) {
            throw new ConflictException("Cannot submit", "A draft in status " + draft.status
                    + " cannot be submitted; only DRAFT or CHANGES_REQUESTED can.");
        }
        move(draft, DraftStatus.IN_REVIEW);
        events.submitted(draft, current(draft), user);
        return views.full(draft);
    }

    @Transactional
    DraftResponse review(String id, ReviewRequest request, String reviewer) {
        Draft draft = lock(id);
        if (draft.author.equals(reviewer)) {
            throw new ForbiddenActionException("Self-review", "Nobody may review their own draft.");
        }
        DraftRules.requireCommentUnlessApproved(request);
        if (draft.status != DraftStatus.IN_REVIEW) {
            throw new ConflictException("Not in review", "Draft " + id + " is " + draft.status
                    + "; only a draft IN_REVIEW can be reviewed.");
        }
        DraftRevision rev = current(draft);
        List<String> approvals = reviews.approvers(id, rev.revision);
        if (request.decision() == ReviewDecision.APPROVE && approvals.contains(reviewer)) {
            throw new ConflictException("Already approved", "You already approved revision " + rev.revision
                    + "; a second approval must come from a different reviewer.");
        }
        Review review = new Review();
        review.draftId = id;
        review.revision = rev.revision;
        review.reviewer = reviewer;
        review.decision = request.decision();
        review.comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        review.createdAt = clock.instant();
        reviews.persist(review);
        int required = policy.approvalsRequired(rev);
        List<String> nowApproved = reviews.approvers(id, rev.revision);
        switch (request.decision()) {
            case APPROVE -> move(draft, nowApproved.size() >= required ? DraftStatus.APPROVED : DraftStatus.IN_REVIEW);
            case REQUEST_CHANGES -> move(draft, DraftStatus.CHANGES_REQUESTED);
            case REJECT -> move(draft, DraftStatus.REJECTED);
        }
        events.decided(draft, rev, review, nowApproved, required);
        return views.full(draft);
    }

    @Transactional
    DraftResponse publish(String id, String user) {
        Draft draft = lock(id);
        DraftRevision rev = current(draft);
        int required = policy.approvalsRequired(rev);
        int approvals = reviews.approvers(id, rev.revision).size();
        if (draft.status == DraftStatus.IN_REVIEW) {
            throw new ConflictException("Approvals missing", "Revision " + rev.revision + " has " + approvals
                    + " of the " + required + " approvals it needs" + (rev.risky ? " (risky draft)." : "."));
        }
        if (draft.status != DraftStatus.APPROVED || approvals < required) {
            throw new ConflictException("Not approved", "Draft " + id + " is " + draft.status
                    + "; only an APPROVED draft can be published.");
        }
        Optional<ActiveFreeze> freeze = campaigns.activeFreeze(draft.campaignId);
        String overridden = null;
        if (freeze.isPresent()) {
            long signatures = overrides.listForRevision(id, rev.revision).size();
            if (signatures < policy.overrideSignaturesRequired()) {
                throw new ConflictException("Campaign frozen", "Campaign " + draft.campaignId + " is frozen until "
                        + freeze.get().endsAt() + " (" + freeze.get().reason() + "); an emergency override needs "
                        + policy.overrideSignaturesRequired() + " signatures, it has " + signatures + ".");
            }
            overridden = freeze.get().freezeId();
        }
        if (draft.kind == DraftKind.REPLY_TEMPLATE && draft.templateId == null) {
            draft.templateId = TimeOrderedUuid.next();
        }
        draft.publishedRevision = rev.revision;
        draft.publishedAt = clock.instant();
        draft.publishedBy = user;
        move(draft, DraftStatus.PUBLISHED);
        events.published(draft, rev, user, overridden);
        return views.full(draft);
    }

    /** One person's signature on an emergency override of a campaign freeze for the current revision. */
    @Transactional
    OverrideResponse signOverride(String id, String reason, String user) {
        Draft draft = lock(id);
        if (draft.author.equals(user)) {
            throw new ForbiddenActionException("Self-override", "The author of a draft cannot sign its override.");
        }
        if (draft.status == DraftStatus.PUBLISHED || draft.status == DraftStatus.REJECTED) {
            throw new ConflictException("Nothing to override", "Draft " + id + " is " + draft.status + ".");
        }
        int revision = draft.currentRevision;
        if (overrides.listForRevision(id, revision).stream().anyMatch(o -> o.givenBy.equals(user))) {
            throw new ConflictException("Already signed", "You already signed the override of revision " + revision
                    + "; the next signature must come from someone else.");
        }
        PublishOverride signature = new PublishOverride();
        signature.draftId = id;
        signature.revision = revision;
        signature.givenBy = user;
        signature.reason = reason.strip();
        signature.createdAt = clock.instant();
        overrides.persist(signature);
        List<PublishOverride> all = overrides.listForRevision(id, revision);
        events.overrideSigned(draft, signature, all.size(), policy.overrideSignaturesRequired());
        return overrideView(draft, all);
    }

    @Transactional
    OverrideResponse overrides(String id) {
        Draft draft = drafts.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Draft", id));
        return overrideView(draft, overrides.listForRevision(id, draft.currentRevision));
    }

    private OverrideResponse overrideView(Draft draft, List<PublishOverride> all) {
        int required = policy.overrideSignaturesRequired();
        return new OverrideResponse(draft.id, draft.currentRevision, all.stream()
                .map(o -> new OverrideResponse.Signature(o.givenBy, o.reason, o.createdAt)).toList(),
                required, all.size() >= required);
    }

    private Draft lock(String id) {
        return drafts.findForChange(id).orElseThrow(() -> new NotFoundException("Draft", id));
    }

    private DraftRevision current(Draft draft) {
        return revisions.findRevision(draft.id, draft.currentRevision);
    }

    private void move(Draft draft, DraftStatus status) {
        draft.status = status;
        draft.updatedAt = clock.instant();
    }
}
