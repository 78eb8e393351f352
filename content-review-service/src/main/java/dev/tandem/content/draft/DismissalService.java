package dev.tandem.content.draft;

import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.ForbiddenActionException;
import dev.tandem.platform.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Reviewers' dismissals of findings, and the per-rule precision they add up to. */
@ApplicationScoped
class DismissalService {

    private final DraftRepository drafts;
    private final FindingRepository findings;
    private final DismissalRepository dismissals;
    private final DraftEvents events;
    private final Clock clock;

    DismissalService(DraftRepository drafts, FindingRepository findings, DismissalRepository dismissals,
                     DraftEvents events, Clock clock) {
        this.drafts = drafts;
        this.findings = findings;
        this.dismissals = dismissals;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    DismissalResponse dismiss(String draftId, String findingId, String reason, String reviewer) {
        Draft draft = drafts.findForChange(draftId).orElseThrow(() -> new NotFoundException("Draft", draftId));
        DraftFinding finding = parseId(findingId)
                .flatMap(findings::findByIdOptional)
                .filter(f -> f.draftId.equals(draftId))
                .orElseThrow(() -> new NotFoundException("Finding", findingId));
        if (draft.author.equals(reviewer)) {
            throw new ForbiddenActionException("Self-review", "Nobody may dismiss findings on their own draft.");
        }
        if (dismissals.isDismissed(finding.id)) {
            throw new ConflictException("Already dismissed", "Finding " + findingId + " was already dismissed.");
        }
        Dismissal dismissal = new Dismissal();
        dismissal.findingId = finding.id;
        dismissal.draftId = draftId;
        dismissal.reviewer = reviewer;
        dismissal.reason = reason.strip();
        dismissal.createdAt = clock.instant();
        dismissals.persist(dismissal);
        events.dismissed(draft, finding, dismissal);
        return new DismissalResponse(String.valueOf(dismissal.id), findingId, draftId, finding.revision, finding.code,
                finding.ruleId, reviewer, dismissal.reason, dismissal.createdAt);
    }

    @Transactional
    List<RulePrecision> precision(String brandId) {
        return findings.precision(brandId == null || brandId.isBlank() ? null : brandId);
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
