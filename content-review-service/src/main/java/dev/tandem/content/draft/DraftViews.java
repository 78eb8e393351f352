package dev.tandem.content.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Map;

/** Maps drafts and their revisions to response DTOs; called inside the services' transactions. */
@ApplicationScoped
class DraftViews {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final RevisionRepository revisions;
    private final FindingRepository findings;
    private final ReviewRepository reviews;
    private final DismissalRepository dismissals;
    private final OverrideRepository overrides;
    private final ApprovalPolicy policy;
    private final ObjectMapper mapper;

    DraftViews(RevisionRepository revisions, FindingRepository findings, ReviewRepository reviews,
               DismissalRepository dismissals, OverrideRepository overrides, ApprovalPolicy policy,
               ObjectMapper mapper) {
        this.revisions = revisions;
        this.findings = findings;
        this.reviews = reviews;
        this.dismissals = dismissals;
        this.overrides = overrides;
        this.policy = policy;
        this.mapper = mapper;
    }

    DraftResponse full(Draft d) {
        DraftRevision rev = revisions.findRevision(d.id, d.currentRevision);
        Map<Long, Dismissal> dismissed = dismissals.byFinding(d.id);
        List<DraftResponse.FindingView> views = findings.listByRevision(d.id, rev.revision).stream().map(f -> {
            Dismissal dismissal = dismissed.get(f.id);
            return new DraftResponse.FindingView(String.valueOf(f.id), f.code, f.severity, f.message, f.start, f.end,
                    f.match, f.suggestion, f.ruleId, dismissal != null, dismissal == null ? null : dismissal.reason);
        }).toList();
        List<DraftResponse.ReviewView> history = reviews.listByDraft(d.id).stream()
                .map(r -> new DraftResponse.ReviewView(r.revision, r.reviewer, r.decision, r.comment, r.createdAt))
                .toList();
        List<String> signatures = overrides.listForRevision(d.id, rev.revision).stream().map(o -> o.givenBy).toList();
        return new DraftResponse(d.id, d.kind, d.status, d.brandId, d.campaignId, d.intent, d.language, d.model,
                d.author, d.templateId, rev.revision, rev.brandVersion, rev.channel, rev.origin, rev.title, rev.body,
                fields(rev), views, rev.voiceScore, rev.gradeLevel, rev.risky,
                reviews.approvers(d.id, rev.revision), policy.approvalsRequired(rev), signatures, history,
                d.publishedRevision, d.publishedAt, d.publishedBy, d.createdAt, d.updatedAt);
    }

    DraftSummary summary(Draft d) {
        DraftRevision rev = revisions.findRevision(d.id, d.currentRevision);
        return new DraftSummary(d.id, d.kind, d.status, d.brandId, d.campaignId, d.intent, d.language, d.author,
                rev.revision, rev.title, rev.voiceScore, rev.risky, d.updatedAt);
    }

    List<RevisionEntry> history(Draft d) {
        List<RevisionEntry> entries = new ArrayList<>();
        DraftRevision before = null;
        for (DraftRevision rev : revisions.listByDraft(d.id)) {
            int count = findings.listByRevision(d.id, rev.revision).size();
            entries.add(new RevisionEntry(rev.revision, rev.brandVersion, rev.title, rev.body, rev.voiceScore,
                    rev.gradeLevel, rev.risky, count, rev.createdAt, rev.createdBy,
                    before != null && !Objects.equals(before.title, rev.title),
                    LineDiff.diff(before == null ? "" : before.body, rev.body)));
            before = rev;
        }
        return entries;
    }

    List<String> fields(DraftRevision rev) {
        try {
            return mapper.readValue(rev.personalizationFields, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored merge fields of draft " + rev.draftId + " are unreadable", e);
        }
    }

    String json(List<String> fields) {
        try {
            return mapper.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("merge fields cannot be serialised", e);
        }
    }
}
