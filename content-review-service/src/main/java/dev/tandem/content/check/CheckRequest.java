package dev.tandem.content.check;

import dev.tandem.content.voice.Channel;
import dev.tandem.content.voice.CheckInput;
import dev.tandem.content.voice.Origin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The contract's check request; {@code brandVersion} (optional) checks against an older version. */
record CheckRequest(@NotBlank @Size(max = 36) String brandId, @Positive Integer brandVersion,
                    @NotNull Channel channel, @NotNull Origin origin, @Size(max = 500) String title,
                    @NotBlank @Size(max = 100_000) String body,
                    @Size(max = 50) List<@NotBlank @Size(max = 100) String> personalizationFields) {

    CheckInput toInput() {
        return new CheckInput(channel, origin, title, body,
                personalizationFields == null ? List.of() : List.copyOf(personalizationFields));
    }
}
