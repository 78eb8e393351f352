package dev.tandem.content.voice;

import java.util.List;

/** Terminology: write {@code use}, never any of {@code avoid}. */
public record TermRule(String use, List<String> avoid) {
}
