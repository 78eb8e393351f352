package dev.tandem.audit.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code dataSubject} is the customer pseudonym carried as {@code data.dataSubject} in events. */
public record ErasureRequest(@NotBlank @Size(max = 200) String dataSubject,
                             @NotBlank @Size(max = 1000) String reason) {
}
