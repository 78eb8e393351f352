package dev.tandem.content.brand;

import dev.tandem.content.ContentConfig;
import dev.tandem.content.voice.AiDisclosureRule;
import dev.tandem.content.voice.BrandVoice;
import dev.tandem.content.voice.Channel;
import dev.tandem.content.voice.CustomRule;
import dev.tandem.content.voice.TermRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A brand voice profile exactly as the contract shapes it; also the stored form of one version. */
record BrandProfile(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> tone,
        @Size(max = 1000) List<@NotBlank @Size(max = 200) String> bannedPhrases,
        @Size(max = 500) List<@NotNull @Valid Term> terminology,
        @Valid Disclosure aiDisclosure,
        @Positive @DecimalMax("30") Double maxGradeLevel,
        @PositiveOrZero @DecimalMax("100") Double maxExclamationsPer100Words,
        @Size(max = 200) List<@NotBlank @Size(max = 5000) String> examples) {

    /** Terminology: write {@code use}, never any of {@code avoid}. */
    record Term(@NotBlank @Size(max = 200) String use,
                @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> avoid) {
    }

    /** AI-written copy on these channels must carry one of the accepted phrases. */
    record Disclosure(@Size(max = 10) List<@NotNull Channel> requiredChannels,
                      @Size(max = 100) List<@NotBlank @Size(max = 300) String> acceptedPhrases) {
    }

    /** The same profile with every list present and the limits filled from the defaults. */
    BrandProfile normalised(ContentConfig.Brands defaults) {
        Disclosure disclosure = aiDisclosure == null ? new Disclosure(List.of(), List.of())
                : new Disclosure(orEmpty(aiDisclosure.requiredChannels()), orEmpty(aiDisclosure.acceptedPhrases()));
        return new BrandProfile(name.strip(), orEmpty(tone), orEmpty(bannedPhrases), orEmpty(terminology), disclosure,
                maxGradeLevel == null ? defaults.defaultMaxGradeLevel() : maxGradeLevel,
                maxExclamationsPer100Words == null ? defaults.defaultMaxExclamations()
                        : maxExclamationsPer100Words,
                orEmpty(examples));
    }

    /** The checks' view of this (normalised) profile plus its imported rules. */
    BrandVoice toVoice(List<CustomRule> customRules) {
        List<TermRule> terms = terminology.stream().map(t -> new TermRule(t.use(), t.avoid())).toList();
        return new BrandVoice(name, tone, bannedPhrases, terms,
                new AiDisclosureRule(aiDisclosure.requiredChannels().stream().map(Enum::name).toList(),
                        aiDisclosure.acceptedPhrases()),
                maxGradeLevel, maxExclamationsPer100Words, examples, customRules);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
