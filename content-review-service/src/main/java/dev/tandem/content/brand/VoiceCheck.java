package dev.tandem.content.brand;

import dev.tandem.content.voice.CheckReport;

/** The result of checking copy against one brand version. */
public record VoiceCheck(String brandId, int brandVersion, CheckReport report) {
}
