package dev.tandem.content.voice;

import java.util.List;

/** The result of checking one piece of copy against one brand voice version. */
public record CheckReport(List<Finding> findings, int voiceScore, double gradeLevel) {
}
