package dev.tandem.audit.crypto;

/** A checkpoint or signed note that is malformed or not signed by the expected key. */
public class InvalidCheckpointException extends RuntimeException {

    public InvalidCheckpointException(String message) {
        super(message);
    }

    public InvalidCheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
