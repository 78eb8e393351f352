package dev.tandem.content.brand;

import dev.tandem.content.voice.CustomRule;

/** A Vale rule file imported into a profile: where it came from, its source and how the checks read it. */
record ValeRule(String fileName, String yaml, CustomRule rule) {
}
