package dev.tandem.content.draft;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A dismissal of a finding or a signature on a publish override: both need a reason. */
record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
}
