package dev.tandem.content.voice;

import java.util.List;

/**
 * One version of a brand voice profile, as the checks read it. Field names follow the contract's brand
 * profile JSON; {@code customRules} holds rules imported from Vale styles.
 */
public record BrandVoice(String name, List<String> tone, List<String> bannedPhrases, List<TermRule> terminology,
                         AiDisclosureRule aiDisclosure, double maxGradeLevel, double maxExclamationsPer100Words,
                         List<String> examples, List<CustomRule> customRules) {
}
