package dev.tandem.triage.classify;

import java.util.List;

/**
 * A classifier's reading of one message.
 *
 * @param intent           the main intent
 * @param intentConfidence 0..1 for {@code intent}
 * @param otherIntents     further asks found in the same message, most likely first
 * @param sentiment        -1 (very negative) .. 1 (very positive)
 * @param urgency          how soon a person should look at it
 * @param signals          every risk/routing signal found, with evidence
 * @param confidence       0..1, the classifier's overall confidence in this reading
 * @param language         the language used for classification (detected if the input had none)
 */
public record Classification(Intent intent, double intentConfidence, List<Intent> otherIntents,
                             double sentiment, Urgency urgency, List<Signal> signals, double confidence,
                             String language) {

    public Classification {
        otherIntents = List.copyOf(otherIntents);
        signals = List.copyOf(signals);
    }

    public boolean has(SignalType type) {
        return signals.stream().anyMatch(s -> s.type() == type);
    }
}
