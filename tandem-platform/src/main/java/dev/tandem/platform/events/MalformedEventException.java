package dev.tandem.platform.events;

/** An incoming message that can never be processed; consumers reject it to the dead-letter queue. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }
}
