package dev.tandem.audit.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeafCodecTest {

    static LeafFields sample(long seq) {
        return new LeafFields(seq, "triage-service", "evt-" + seq, "triage.message.classified", "subj-7f3a",
                "corr-42", "ai", "rules-1.0", "2026-11-23T05:00:00Z", "2026-11-23T05:00:01.123456Z",
                LeafCodec.payloadDigest("{\"k\":" + seq + "}"));
    }

    @Test
    void shouldEncodeVersionSeqAndLengthPrefixedFieldsInRecordOrder() {
        LeafFields f = new LeafFields(258, "s", null, "", "é", null, null, null, null, null, null);
        byte[] encoded = LeafCodec.encode(f);
        byte[] expected = ProofCodec.fromHex("01" + "0000000000000102"
                + "00000001" + "73"
                + "ffffffff"
                + "00000000"
                + "00000002" + "c3a9"
                + "ffffffff".repeat(6));
        assertThat(encoded).isEqualTo(expected);
    }

    @Test
    void shouldHashLeafAsRfc6962LeafOfEncoding() {
        LeafFields f = sample(3);
        byte[] expected = Rfc6962.sha256(concat(new byte[] {0}, LeafCodec.encode(f)));
        assertThat(LeafCodec.leafHash(f)).isEqualTo(expected).isEqualTo(Rfc6962.leafHash(LeafCodec.encode(f)));
    }

    @Test
    void shouldDistinguishNullFromEmptyAndShiftedFieldBoundaries() {
        Set<String> encodings = new HashSet<>();
        encodings.add(ProofCodec.hex(LeafCodec.encode(new LeafFields(0, "ab", "c", null, null, null, null, null,
                null, null, null))));
        encodings.add(ProofCodec.hex(LeafCodec.encode(new LeafFields(0, "a", "bc", null, null, null, null, null,
                null, null, null))));
        encodings.add(ProofCodec.hex(LeafCodec.encode(new LeafFields(0, "abc", "", null, null, null, null, null,
                null, null, null))));
        encodings.add(ProofCodec.hex(LeafCodec.encode(new LeafFields(0, "abc", null, null, null, null, null, null,
                null, null, null))));
        encodings.add(ProofCodec.hex(LeafCodec.encode(new LeafFields(0, null, "abc", null, null, null, null, null,
                null, null, null))));
        assertThat(encodings).hasSize(5);
    }

    @Test
    void shouldChangeLeafHashWhenAnySingleFieldChanges() {
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            LeafFields f = sample(random.nextInt(1_000_000));
            byte[] original = LeafCodec.leafHash(f);
            for (int field = 0; field < 11; field++) {
                assertThat(LeafCodec.leafHash(mutate(f, field))).as("field %d", field).isNotEqualTo(original);
            }
            assertThat(LeafCodec.leafHash(sample(f.seq()))).isEqualTo(original);
        }
    }

    @Test
    void shouldDigestPayloadAsLowercaseHexSha256() {
        assertThat(LeafCodec.payloadDigest("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(LeafCodec.payloadDigest("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(LeafCodec.payloadDigest("abc"));
    }

    private static LeafFields mutate(LeafFields f, int field) {
        String x = "x";
        return new LeafFields(field == 0 ? f.seq() + 1 : f.seq(),
                field == 1 ? f.source() + x : f.source(), field == 2 ? f.eventId() + x : f.eventId(),
                field == 3 ? f.type() + x : f.type(), field == 4 ? f.subject() + x : f.subject(),
                field == 5 ? null : f.correlationId(), field == 6 ? "human" : f.actorType(),
                field == 7 ? f.actor() + x : f.actor(), field == 8 ? f.eventTime() + x : f.eventTime(),
                field == 9 ? f.recordedAt() + x : f.recordedAt(), field == 10 ? "" : f.payloadDigest());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
