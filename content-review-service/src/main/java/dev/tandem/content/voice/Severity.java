package dev.tandem.content.voice;

public enum Severity {
    ERROR, WARNING, SUGGESTION
}
