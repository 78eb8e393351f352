package dev.tandem.triage.draft;

import dev.tandem.platform.events.Actor;
import dev.tandem.platform.ids.TimeOrderedUuid;
import dev.tandem.platform.outbox.EventOutbox;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.triage.classify.Intent;
import dev.tandem.triage.intake.CustomerMessage;
import dev.tandem.triage.intake.MessageRepository;
import dev.tandem.triage.reply.Reply;
import dev.tandem.triage.reply.ReplyService;
import dev.tandem.triage.template.TemplateSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** AI drafts: written at intake for DRAFT_FOR_REVIEW, then approved, edited and sent, or rejected by an agent. */
@ApplicationScoped
public class DraftService {

    /** What intake reports about the draft it created. */
    public record DraftRef(String id, String status) {
    }

    private final DraftRepository repository;
    private final MessageRepository messages;
    private final Drafter drafter;
    private final ReplyService replies;
    private final EventOutbox outbox;
    private final Clock clock;

    DraftService(DraftRepository repository, MessageRepository messages, Drafter drafter, ReplyService replies,
                 EventOutbox outbox, Clock clock) {
        this.repository = repository;
        this.messages = messages;
        this.drafter = drafter;
        this.replies = replies;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DraftRef draftFor(CustomerMessage message, Intent intent, String language, TemplateSnapshot templates) {
        Drafter.DraftText text = drafter.draft(intent, language, templates);
        AiDraft draft = new AiDraft();
        draft.id = TimeOrderedUuid.next();
        draft.messageId = message.id;
        draft.conversationId = message.conversationId;
        draft.text = text.text();
        draft.templateId = text.templateId();
        draft.language = text.language();
        draft.status = DraftStatus.PENDING.name();
        draft.createdAt = clock.instant();
        repository.persist(draft);
        return new DraftRef(draft.id, draft.status);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DraftRef> forMessage(String messageId) {
        return repository.forMessage(messageId).map(d -> new DraftRef(d.id, d.status));
    }

    @Transactional
    List<DraftDtos.DraftResponse> list(String status) {
        DraftStatus wanted = Arrays.stream(DraftStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new InvalidInputException("status",
                        "must be one of " + Arrays.toString(DraftStatus.values())));
        return repository.withStatus(wanted, 500).stream().map(d -> view(d, null)).toList();
    }

    @Transactional
    DraftDtos.DraftResponse get(String id) {
        return view(repository.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Draft", id)), null);
    }

    @Transactional
    DraftDtos.DraftResponse approve(String id, String reviewer) {
        AiDraft draft = pending(id);
        return decide(draft, DraftStatus.APPROVED, reviewer, draft.text, null);
    }

    @Transactional
    DraftDtos.DraftResponse editAndSend(String id, String text, String reviewer) {
        return decide(pending(id), DraftStatus.EDITED, reviewer, text, null);
    }

    @Transactional
    DraftDtos.DraftResponse reject(String id, String reason, String reviewer) {
        return decide(pending(id), DraftStatus.REJECTED, reviewer, null, reason);
    }

    private DraftDtos.DraftResponse decide(AiDraft draft, DraftStatus decision, String reviewer, String text,
                                           String reason) {
        CustomerMessage message = messages.findById(draft.messageId);
        draft.status = decision.name();
        draft.reviewer = reviewer;
        draft.reviewedAt = clock.instant();
        draft.rejectReason = reason;
        Reply reply = null;
        if (text != null) {
            draft.text = text;
            reply = replies.sendByAgent(message, text, draft.templateId, draft.language, true, reviewer);
        }
        outbox.record(DraftReviewed.TYPE, draft.id, message.id, Actor.human(reviewer), new DraftReviewed(draft.id,
                message.id, message.conversationId, message.dataSubject, decision.name(), reviewer,
                reply == null ? null : reply.id));
        return view(draft, reply == null ? null : reply.id);
    }

    private AiDraft pending(String id) {
        AiDraft draft = repository.findForUpdate(id).orElseThrow(() -> new NotFoundException("Draft", id));
        if (!DraftStatus.PENDING.name().equals(draft.status)) {
            throw new ConflictException("Draft already decided",
                    "Draft " + id + " was already " + draft.status + " by " + draft.reviewer + ".");
        }
        return draft;
    }

    private DraftDtos.DraftResponse view(AiDraft d, String replyId) {
        CustomerMessage m = messages.findById(d.messageId);
        return new DraftDtos.DraftResponse(d.id, d.messageId, d.conversationId, d.status, d.text, d.templateId,
                d.language, d.createdAt, d.reviewer, d.reviewedAt, d.rejectReason, replyId,
                new DraftDtos.MessagePart(m.subject, m.body, m.intent, m.sentiment, m.urgency));
    }
}
