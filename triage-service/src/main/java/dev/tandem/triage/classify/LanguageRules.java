package dev.tandem.triage.classify;

import java.util.List;
import java.util.Set;

/**
 * The compiled lexicon of one language.
 *
 * @param masks     harmless phrases hidden from risk signals and sentiment ("killer deal", "smoke alarm")
 * @param signals   risk and routing signal rules
 * @param intents   intent rules; an intent's score is the sum of the weights of its rules that hit
 * @param sentiment sentiment rules (weight -1..1 per hit)
 * @param urgency   urgency rules (target is an {@link Urgency})
 * @param multiAsk  cues that the customer asks several things ("two things", "also")
 * @param asks      cues that the customer asks or requests something (besides a question mark)
 * @param dispatch  which patterns can start with which characters, to skip the rest
 */
record LanguageRules(String language, Set<String> stopwords, Negation negation, List<LexRule> masks,
                     List<LexRule> signals, List<LexRule> intents, List<LexRule> sentiment, List<LexRule> urgency,
                     List<LexRule> multiAsk, List<LexRule> asks, Dispatch dispatch) {

    TextIndex index(String text) {
        return new TextIndex(text, dispatch);
    }
}
