package dev.tandem.triage.reply;

import dev.tandem.platform.events.Actor;
import dev.tandem.platform.ids.TimeOrderedUuid;
import dev.tandem.platform.outbox.EventOutbox;
import dev.tandem.triage.intake.CustomerMessage;
import dev.tandem.triage.privacy.Redactor;
import dev.tandem.triage.privacy.Segment;
import dev.tandem.triage.template.TemplateView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Sends replies (stores them and records {@code triage.reply.sent}); text comes only from the caller's source. */
@ApplicationScoped
public class ReplyService {

    private final ReplyRepository repository;
    private final EventOutbox outbox;
    private final ReplyTexts texts;
    private final Clock clock;

    ReplyService(ReplyRepository repository, EventOutbox outbox, ReplyTexts texts, Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    /** An automatic reply: the template's text with its AI disclosure (the template's own or the standard line). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Reply sendTemplate(CustomerMessage message, TemplateView template, String classifierId) {
        String disclosure = template.disclosure() != null ? template.disclosure() : texts.disclosure(template.language());
        Reply reply = newReply(message, texts.withDisclosure(template.text(), disclosure), template.templateId(),
                template.language(), true, true, "AUTO", null);
        record(message, reply, Actor.ai(classifierId));
        return reply;
    }

    /** A reply a person sent, written by them or an AI draft they approved or edited. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Reply sendByAgent(CustomerMessage message, String text, String templateId, String language,
                             boolean aiGenerated, String agent) {
        boolean disclosed = aiGenerated && text.contains(texts.disclosure(language));
        Reply reply = newReply(message, text, templateId, language, aiGenerated, disclosed, "AGENT", agent);
        record(message, reply, Actor.human(agent));
        return reply;
    }

    private Reply newReply(CustomerMessage message, String text, String templateId, String language,
                           boolean aiGenerated, boolean aiDisclosed, String sentBy, String author) {
        Reply reply = new Reply();
        reply.id = TimeOrderedUuid.next();
        reply.messageId = message.id;
        reply.conversationId = message.conversationId;
        reply.text = text;
        reply.templateId = templateId;
        reply.language = language;
        reply.aiGenerated = aiGenerated;
        reply.aiDisclosed = aiDisclosed;
        reply.sentBy = sentBy;
        reply.author = author;
        reply.sentAt = clock.instant();
        repository.persist(reply);
        return reply;
    }

    private void record(CustomerMessage message, Reply reply, Actor actor) {
        outbox.record(ReplySent.TYPE, reply.id, message.id, actor, new ReplySent(message.id, message.conversationId,
                message.dataSubject, new Segment(message.language, message.region, message.customerTier),
                message.aiOptOut, reply.templateId, reply.language, reply.aiGenerated, reply.aiDisclosed,
                reply.sentBy, new ReplySent.Content(Redactor.redact(reply.text))));
    }
}
