package dev.tandem.content.voice;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A compiled pattern with its {@link Prefilter}, so drafts that cannot match skip the regex scan. */
record Rx(Pattern pattern, Prefilter prefilter) {

    static Rx of(Pattern pattern) {
        return new Rx(pattern, Prefilter.of(pattern.pattern()));
    }

    /** A matcher over the draft's body, or null when the draft cannot contain a match. */
    Matcher matcher(Draft draft) {
        return prefilter.mayMatch(draft.lower()) ? pattern.matcher(draft.text()) : null;
    }

    boolean find(Draft draft) {
        Matcher m = matcher(draft);
        return m != null && m.find();
    }
}
