package dev.tandem.triage.classify;

import java.util.List;
import java.util.Map;

/**
 * All languages' rules plus the language-independent parts, as loaded from {@code classify/lexicon.yaml}.
 *
 * @param emoji             emoji (or emoticon) to sentiment weight
 * @param compatibleIntents pairs of intents that together are still one ask (delivery cost: SHIPPING + PRICING)
 */
record Lexicon(String version, String defaultLanguage, Map<String, LanguageRules> languages,
               Map<String, Double> emoji, List<String> shoutingAllowList, List<List<Intent>> compatibleIntents) {

    /** Whether two intents are one ask together (so they do not compete for the message). */
    boolean compatible(Intent a, Intent b) {
        for (List<Intent> pair : compatibleIntents) {
            if (pair.contains(a) && pair.contains(b)) {
                return true;
            }
        }
        return false;
    }

    LanguageRules rules(String language) {
        return languages.get(language);
    }
}
