package dev.tandem.audit.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hashing raw UTF-8 field bytes gives exactly LeafCodec's leaf hash, nulls and long or non-ASCII text included. */
class RawLeafHasherTest {

    @Test
    void shouldMatchLeafCodecForRandomFields() {
        Random random = new Random(3);
        RawLeafHasher hasher = new RawLeafHasher();
        byte[] out = new byte[64];
        for (int i = 0; i < 500; i++) {
            String[] s = new String[10];
            for (int f = 0; f < 10; f++) {
                s[f] = random.nextInt(8) == 0 ? null : text(random, random.nextInt(i < 5 ? 3000 : 60));
            }
            long seq = random.nextLong() >>> random.nextInt(64);
            LeafFields fields = new LeafFields(seq, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9]);
            byte[][] raw = new byte[10][];
            for (int f = 0; f < 10; f++) {
                raw[f] = s[f] == null ? null : s[f].getBytes(StandardCharsets.UTF_8);
            }

            hasher.leafHash(seq, raw, out, 32);

            byte[] got = new byte[32];
            System.arraycopy(out, 32, got, 0, 32);
            assertThat(got).isEqualTo(LeafCodec.leafHash(fields));
        }
    }

    private static String text(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(random.nextInt(10) == 0 ? "é漢🙂".charAt(random.nextInt(3)) : (char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }
}
