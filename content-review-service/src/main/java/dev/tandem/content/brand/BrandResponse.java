package dev.tandem.content.brand;

import dev.tandem.content.voice.CustomRule;
import java.time.Instant;
import java.util.List;

/** One version of a brand voice profile, with the profile's fields at the top level. */
record BrandResponse(String id, int version, int latestVersion, String name, List<String> tone,
                     List<String> bannedPhrases, List<BrandProfile.Term> terminology,
                     BrandProfile.Disclosure aiDisclosure, double maxGradeLevel, double maxExclamationsPer100Words,
                     List<String> examples, List<ImportedRule> valeRules, Instant createdAt, String createdBy) {

    /** An imported Vale rule: its source file and the rule the checks apply. */
    record ImportedRule(String fileName, CustomRule rule) {
    }

    static BrandResponse of(String id, int latestVersion, BrandVersion row, BrandProfile profile, List<ValeRule> rules) {
        return new BrandResponse(id, row.version, latestVersion, profile.name(), profile.tone(),
                profile.bannedPhrases(), profile.terminology(), profile.aiDisclosure(), profile.maxGradeLevel(),
                profile.maxExclamationsPer100Words(), profile.examples(),
                rules.stream().map(r -> new ImportedRule(r.fileName(), r.rule())).toList(),
                row.createdAt, row.createdBy);
    }
}
