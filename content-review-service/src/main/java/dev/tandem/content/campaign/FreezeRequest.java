package dev.tandem.content.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A freeze window; {@code startsAt} defaults to now. */
record FreezeRequest(@NotBlank @Size(max = 2000) String reason, Instant startsAt, @NotNull Instant endsAt) {
}
