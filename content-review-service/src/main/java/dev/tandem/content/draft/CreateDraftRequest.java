package dev.tandem.content.draft;

import dev.tandem.content.voice.Channel;
import dev.tandem.content.voice.Origin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The check request's fields plus what a draft needs; {@code intent} and {@code language} for reply templates. */
record CreateDraftRequest(
        @NotBlank @Size(max = 36) String brandId,
        @NotNull DraftKind kind,
        @NotNull Channel channel,
        @NotNull Origin origin,
        @Size(max = 500) String title,
        @NotBlank @Size(max = 100_000) String body,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> personalizationFields,
        @Size(max = 100) String campaignId,
        @Size(max = 200) String model,
        @Size(max = 40) @Pattern(regexp = DraftRules.INTENT, message = "must be an intent name such as ORDER_STATUS")
        String intent,
        @Size(max = 20) @Pattern(regexp = DraftRules.LANGUAGE, message = "must be a language tag such as en or pt-BR")
        String language) {
}
