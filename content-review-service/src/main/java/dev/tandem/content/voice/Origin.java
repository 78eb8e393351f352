package dev.tandem.content.voice;

/** Who wrote the copy: AI-written copy on some channels must disclose it. */
public enum Origin {
    AI, HUMAN
}
