package dev.tandem.content.draft;

import dev.tandem.platform.events.Actor;
import dev.tandem.platform.outbox.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The events of the review workflow. Subject and correlation id are the draft id; every event carries
 * the same draft reference fields (docs/events.md) plus its own.
 */
@ApplicationScoped
class DraftEvents {

    static final String SUBMITTED = "content.draft.submitted";
    static final String CHECKED = "content.draft.checked";
    static final String DECIDED = "content.review.decided";
    static final String PUBLISHED = "content.draft.published";
    static final String TEMPLATE_PUBLISHED = "content.template.published";
    static final String FINDING_DISMISSED = "content.finding.dismissed";
    static final String OVERRIDE_SIGNED = "content.publish-override.signed";

    private final EventOutbox outbox;

    DraftEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    void checked(Draft draft, DraftRevision rev, List<DraftFinding> findings) {
        Map<String, Object> data = reference(draft, rev);
        Map<String, Long> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.code, 1L, Long::sum));
        data.put("findingCounts", counts);
        data.put("voiceScore", rev.voiceScore);
        data.put("gradeLevel", rev.gradeLevel);
        data.put("risky", rev.risky);
        data.put("content", content(rev));
        record(CHECKED, draft, Actor.system("voice-checker"), data);
    }

    void submitted(Draft draft, DraftRevision rev, String user) {
        Map<String, Object> data = reference(draft, rev);
        data.put("submittedBy", user);
        record(SUBMITTED, draft, Actor.human(user), data);
    }

    void decided(Draft draft, DraftRevision rev, Review review, List<String> approvals, int required) {
        Map<String, Object> data = reference(draft, rev);
        data.put("decision", review.decision.name());
        data.put("reviewer", review.reviewer);
        data.put("comment", review.comment);
        data.put("approvals", approvals.size());
        data.put("requiredApprovals", required);
        data.put("status", draft.status.name());
        record(DECIDED, draft, Actor.human(review.reviewer), data);
    }

    void published(Draft draft, DraftRevision rev, String user, String freezeOverridden) {
        Map<String, Object> data = reference(draft, rev);
        data.put("publishedBy", user);
        data.put("templateId", draft.templateId);
        data.put("freezeOverridden", freezeOverridden);
        data.put("content", content(rev));
        record(PUBLISHED, draft, Actor.human(user), data);
        if (draft.kind == DraftKind.REPLY_TEMPLATE) {
            Map<String, Object> template = new LinkedHashMap<>();
            template.put("templateId", draft.templateId);
            template.put("intent", draft.intent);
            template.put("language", draft.language);
            template.put("text", rev.body);
            template.put("title", rev.title);
            template.put("channel", rev.channel.name());
            template.put("draftId", draft.id);
            template.put("revision", rev.revision);
            template.put("brandId", draft.brandId);
            template.put("brandVersion", rev.brandVersion);
            template.put("origin", rev.origin.name());
            template.put("model", draft.model);
            template.put("publishedBy", user);
            record(TEMPLATE_PUBLISHED, draft, Actor.human(user), template);
        }
    }

    void dismissed(Draft draft, DraftFinding finding, Dismissal dismissal) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("draftId", draft.id);
        data.put("revision", finding.revision);
        data.put("findingId", String.valueOf(finding.id));
        data.put("code", finding.code);
        data.put("ruleId", finding.ruleId);
        data.put("reviewer", dismissal.reviewer);
        data.put("reason", dismissal.reason);
        record(FINDING_DISMISSED, draft, Actor.human(dismissal.reviewer), data);
    }

    void overrideSigned(Draft draft, PublishOverride signature, int signatures, int required) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("draftId", draft.id);
        data.put("revision", signature.revision);
        data.put("campaignId", draft.campaignId);
        data.put("signedBy", signature.givenBy);
        data.put("reason", signature.reason);
        data.put("signatures", signatures);
        data.put("required", required);
        record(OVERRIDE_SIGNED, draft, Actor.human(signature.givenBy), data);
    }

    private void record(String type, Draft draft, Actor actor, Map<String, Object> data) {
        outbox.record(type, draft.id, draft.id, actor, data);
    }

    private static Map<String, Object> reference(Draft draft, DraftRevision rev) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("draftId", draft.id);
        data.put("revision", rev.revision);
        data.put("kind", draft.kind.name());
        data.put("campaignId", draft.campaignId);
        data.put("brandId", draft.brandId);
        data.put("brandVersion", rev.brandVersion);
        data.put("origin", rev.origin.name());
        data.put("model", draft.model);
        data.put("channel", rev.channel.name());
        data.put("intent", draft.intent);
        data.put("language", draft.language);
        data.put("author", draft.author);
        return data;
    }

    private static Map<String, Object> content(DraftRevision rev) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", rev.title);
        content.put("body", rev.body);
        return content;
    }
}
