package dev.tandem.platform.ids;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Identifiers for new rows: UUID version 7 (RFC 9562), a millisecond timestamp followed by 74 random bits.
 * Ids made later sort later, so B-tree inserts land on the index's last pages instead of a random page
 * each; under write load that means far fewer pages dirtied and far less WAL (full-page images after each
 * checkpoint) than random version-4 ids. They are identifiers, not secrets: every API still checks roles.
 */
public final class TimeOrderedUuid {

    private TimeOrderedUuid() {
    }

    /** A new version-7 UUID in its usual 36-character text form. */
    public static String next() {
        return of(System.currentTimeMillis()).toString();
    }

    static UUID of(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
