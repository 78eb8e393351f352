package dev.tandem.content.voice;

/** A Vale rule file that cannot be imported; the message names the file and what is wrong. */
public class ValeFormatException extends IllegalArgumentException {

    public ValeFormatException(String message) {
        super(message);
    }

    public ValeFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
