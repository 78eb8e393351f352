package dev.tandem.content.voice;

public enum Channel {
    EMAIL, SOCIAL, WEB, CHAT_REPLY
}
