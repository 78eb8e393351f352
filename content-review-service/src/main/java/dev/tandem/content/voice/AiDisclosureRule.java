package dev.tandem.content.voice;

import java.util.List;

/** AI-origin copy on a required channel must contain one of the accepted phrases (or a clear equivalent). */
public record AiDisclosureRule(List<String> requiredChannels, List<String> acceptedPhrases) {
}
