package dev.tandem.content.draft;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's decision; a comment is required to request changes or reject. */
record ReviewRequest(@NotNull ReviewDecision decision, @Size(max = 5000) String comment) {
}
