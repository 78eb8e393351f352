package dev.tandem.triage.routing;

/** A routing policy document that cannot be used; the message names the offending field. */
public class PolicyFormatException extends IllegalArgumentException {

    private final String field;

    public PolicyFormatException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The JSON path of the bad field, e.g. {@code rules[3].when.signal}. */
    public String field() {
        return field;
    }
}
