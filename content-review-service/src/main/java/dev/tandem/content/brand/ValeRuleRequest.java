package dev.tandem.content.brand;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A Vale rule file sent as JSON; the endpoint also takes the YAML text itself. */
record ValeRuleRequest(@Size(max = 200) String fileName, @NotBlank @Size(max = 100_000) String yaml) {
}
