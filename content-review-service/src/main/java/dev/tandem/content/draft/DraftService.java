package dev.tandem.content.draft;

import dev.tandem.content.brand.BrandVoices;
import dev.tandem.content.brand.VoiceCheck;
import dev.tandem.content.drift.VoiceDriftService;
import dev.tandem.content.voice.Channel;
import dev.tandem.content.voice.CheckInput;
import dev.tandem.content.voice.Finding;
import dev.tandem.content.voice.Origin;
import dev.tandem.content.voice.Severity;
import dev.tandem.platform.ids.TimeOrderedUuid;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.ForbiddenActionException;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Drafts and their revisions: every save is checked and stored as a new revision with its results. */
@ApplicationScoped
class DraftService {

    static final String SENSITIVE_TOPIC = "SENSITIVE_TOPIC";

    private final DraftRepository drafts;
    private final RevisionRepository revisions;
    private final FindingRepository findings;
    private final BrandVoices voices;
    private final VoiceDriftService drift;
    private final DraftEvents events;
    private final DraftViews views;
    private final Clock clock;

    DraftService(DraftRepository drafts, RevisionRepository revisions, FindingRepository findings, BrandVoices voices,
                 VoiceDriftService drift, DraftEvents events, DraftViews views, Clock clock) {
        this.drafts = drafts;
        this.revisions = revisions;
        this.findings = findings;
        this.voices = voices;
        this.drift = drift;
        this.events = events;
        this.views = views;
        this.clock = clock;
    }

    @Transactional
    DraftResponse create(CreateDraftRequest request, String user) {
        DraftRules.requireTemplateKeys(request.kind(), request.intent(), request.language());
        Instant now = clock.instant();
        Draft draft = new Draft();
        draft.id = TimeOrderedUuid.next();
        draft.brandId = request.brandId();
        draft.kind = request.kind();
        draft.campaignId = blankToNull(request.campaignId());
        draft.intent = blankToNull(request.intent());
        draft.language = blankToNull(request.language());
        draft.model = blankToNull(request.model());
        draft.author = user;
        draft.status = DraftStatus.DRAFT;
        draft.currentRevision = 1;
        draft.createdAt = now;
        draft.updatedAt = now;
        VoiceCheck check = voices.check(draft.brandId, null, new CheckInput(request.channel(), request.origin(),
                request.title(), request.body(), orEmpty(request.personalizationFields())));
        drafts.persist(draft);
        storeRevision(draft, check, request.channel(), request.origin(), request.title(), request.body(),
                orEmpty(request.personalizationFields()), user);
        return views.full(draft);
    }

    /** A new revision by the author; it goes back to DRAFT, so approvals of earlier revisions lapse. */
    @Transactional
    DraftResponse revise(String id, ReviseDraftRequest request, String user) {
        Draft draft = drafts.findForChange(id).orElseThrow(() -> new NotFoundException("Draft", id));
        if (!draft.author.equals(user)) {
            throw new ForbiddenActionException("Not the author", "Only the author of a draft may revise it.");
        }
        if (draft.status == DraftStatus.REJECTED) {
            throw new ConflictException("Draft rejected", "A rejected draft cannot be revised; start a new draft.");
        }
        DraftRevision previous = revisions.findRevision(id, draft.currentRevision);
        String intent = request.intent() != null ? request.intent() : draft.intent;
        String language = request.language() != null ? request.language() : draft.language;
        DraftRules.requireTemplateKeys(draft.kind, intent, language);
        Channel channel = request.channel() != null ? request.channel() : previous.channel;
        Origin origin = request.origin() != null ? request.origin() : previous.origin;
        String title = request.title() != null ? request.title() : previous.title;
        List<String> fields = request.personalizationFields() != null ? List.copyOf(request.personalizationFields())
                : views.fields(previous);
        VoiceCheck check = voices.check(draft.brandId, null,
                new CheckInput(channel, origin, title, request.body(), fields));
        draft.intent = intent;
        draft.language = language;
        if (request.model() != null) {
            draft.model = blankToNull(request.model());
        }
        draft.currentRevision++;
        draft.status = DraftStatus.DRAFT;
        draft.updatedAt = clock.instant();
        storeRevision(draft, check, channel, origin, title, request.body(), fields, user);
        return views.full(draft);
    }

    @Transactional
    DraftResponse get(String id) {
        return views.full(find(id));
    }

    @Transactional
    List<RevisionEntry> history(String id) {
        return views.history(find(id));
    }

    @Transactional
    List<DraftSummary> list(String status, String campaignId, String brandId, String author, int offset, int limit) {
        if (offset < 0) {
            throw new InvalidInputException("offset", "must be 0 or more");
        }
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", "must be between 1 and 500");
        }
        return drafts.search(parseStatus(status), campaignId, brandId, author, offset, limit).stream()
                .map(views::summary).toList();
    }

    private void storeRevision(Draft draft, VoiceCheck check, Channel channel, Origin origin, String title,
                               String body, List<String> fields, String user) {
        List<Finding> raised = check.report().findings();
        DraftRevision rev = new DraftRevision();
        rev.draftId = draft.id;
        rev.revision = draft.currentRevision;
        rev.brandVersion = check.brandVersion();
        rev.channel = channel;
        rev.origin = origin;
        rev.title = title;
        rev.body = body;
        rev.personalizationFields = views.json(fields);
        rev.voiceScore = check.report().voiceScore();
        rev.gradeLevel = check.report().gradeLevel();
        rev.risky = raised.stream().anyMatch(f -> f.severity() == Severity.ERROR || SENSITIVE_TOPIC.equals(f.code()));
        rev.createdAt = clock.instant();
        rev.createdBy = user;
        revisions.persist(rev);
        List<DraftFinding> stored = raised.stream().map(f -> finding(draft.id, rev.revision, f)).toList();
        findings.persist(stored);
        drift.record(draft.brandId, rev.brandVersion, draft.id, rev.revision, rev.voiceScore);
        events.checked(draft, rev, stored);
    }

    private static DraftFinding finding(String draftId, int revision, Finding f) {
        DraftFinding row = new DraftFinding();
        row.draftId = draftId;
        row.revision = revision;
        row.code = f.code();
        row.severity = f.severity();
        row.message = f.message();
        row.start = f.start();
        row.end = f.end();
        row.match = f.match();
        row.suggestion = f.suggestion();
        row.ruleId = f.ruleId();
        return row;
    }

    private Draft find(String id) {
        return drafts.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Draft", id));
    }

    private static DraftStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DraftStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "must be one of " + List.of(DraftStatus.values()));
        }
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
