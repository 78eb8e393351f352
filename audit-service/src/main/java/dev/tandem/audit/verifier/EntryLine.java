package dev.tandem.audit.verifier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tandem.audit.crypto.LeafFields;
import java.io.IOException;

/**
 * One export entry line read with Jackson's streaming parser (no tree), strictly: exactly one JSON object, every
 * field of {@link ExportEntry#REQUIRED} present once, {@code seq} an integer, the rest strings or null
 * ({@code leafHash} never null). Unknown fields are skipped.
 */
final class EntryLine {

    private static final String[] NAMES = ExportEntry.REQUIRED;
    private static final int SEQ = 0;
    private static final int LEAF_HASH = 11;
    private static final int PAYLOAD = 12;

    final long seq;
    private final String[] values;

    private EntryLine(long seq, String[] values) {
        this.seq = seq;
        this.values = values;
    }

    /** Thrown for a line that breaks the format; the message says how, without naming the entry. */
    static final class MalformedLine extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedLine(String message) {
            super(message, null, false, false);
        }
    }

    static EntryLine parse(JsonFactory factory, String line) throws MalformedLine {
        String[] values = new String[NAMES.length];
        boolean[] seen = new boolean[NAMES.length];
        long seq = -1;
        try (JsonParser p = factory.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedLine("line is not a JSON object");
            }
            JsonToken token;
            while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
                int field = index(p.currentName());
                JsonToken value = p.nextToken();
                if (field < 0) {
                    p.skipChildren();
                    continue;
                }
                if (seen[field]) {
                    throw new MalformedLine("duplicate field " + NAMES[field]);
                }
                seen[field] = true;
                if (field == SEQ) {
                    if (value != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                            && p.getNumberType() != JsonParser.NumberType.LONG) {
                        throw new MalformedLine("field seq has the wrong type");
                    }
                    seq = p.getLongValue();
                } else if (value == JsonToken.VALUE_STRING) {
                    values[field] = p.getText();
                } else if (value != JsonToken.VALUE_NULL || field == LEAF_HASH) {
                    throw new MalformedLine("field " + NAMES[field] + " has the wrong type");
                }
            }
            if (token != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new MalformedLine("line is not a JSON object");
            }
        } catch (IOException e) {
            throw new MalformedLine("line is not a JSON object");
        }
        for (int i = 0; i < NAMES.length; i++) {
            if (!seen[i]) {
                throw new MalformedLine("missing field " + NAMES[i]);
            }
        }
        return new EntryLine(seq, values);
    }

    LeafFields fields() {
        return new LeafFields(seq, values[1], values[2], values[3], values[4], values[5], values[6], values[7],
                values[8], values[9], values[10]);
    }

    String leafHash() {
        return values[LEAF_HASH];
    }

    String payload() {
        return values[PAYLOAD];
    }

    private static int index(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
