package dev.tandem.triage.draft;

import dev.tandem.triage.classify.Intent;
import dev.tandem.triage.reply.ReplyTexts;
import dev.tandem.triage.template.TemplateSnapshot;
import dev.tandem.triage.template.TemplateView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The deterministic drafter: the approved template for the intent and language when there is one, else
 * the acknowledgement for the language; always with the AI disclosure. An LLM drafter could replace it;
 * a person reviews every draft either way.
 */
@ApplicationScoped
class Drafter {

    record DraftText(String text, String templateId, String language) {
    }

    private final ReplyTexts texts;

    Drafter(ReplyTexts texts) {
        this.texts = texts;
    }

    DraftText draft(Intent intent, String language, TemplateSnapshot templates) {
        Optional<TemplateView> template = templates.find(intent, language);
        if (template.isPresent()) {
            TemplateView t = template.get();
            String disclosure = t.disclosure() != null ? t.disclosure() : texts.disclosure(t.language());
            return new DraftText(texts.withDisclosure(t.text(), disclosure), t.templateId(), t.language());
        }
        String lang = texts.supported(language);
        return new DraftText(texts.withDisclosure(texts.acknowledgement(lang), texts.disclosure(lang)), null, lang);
    }
}
