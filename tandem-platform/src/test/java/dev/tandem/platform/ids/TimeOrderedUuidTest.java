package dev.tandem.platform.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedUuidTest {

    @Test
    void shouldBeVersion7WithTheRfcVariantAndTheTimeInFront() {
        long millis = 1_795_410_000_123L; // 2026-11-23T05:00:00.123Z
        UUID id = TimeOrderedUuid.of(millis);

        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(millis, id.getMostSignificantBits() >>> 16);
    }

    @Test
    void shouldSortByTimeAsTextAndNeverRepeat() {
        String earlier = TimeOrderedUuid.of(1_795_410_000_000L).toString();
        String later = TimeOrderedUuid.of(1_795_410_000_001L).toString();
        assertTrue(earlier.compareTo(later) < 0, earlier + " should sort before " + later);

        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            String id = TimeOrderedUuid.next();
            assertEquals(id, UUID.fromString(id).toString());
            assertTrue(seen.add(id), "repeated " + id);
        }
    }
}
