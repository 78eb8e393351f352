package dev.tandem.audit.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ed25519 keys, C2SP checkpoints and signed notes, anchored to RFC 8032 and the Go sumdb/note vectors. */
class SignedCheckpointTest {

    private static final JsonNode VECTORS = TestVectors.load("signed-note-vectors.json");
    private static final KeyPair KEYS = Ed25519Keys.fromSeed(new byte[32]);
    private static final String NAME = "audit.tandem.dev/log";
    private static final Checkpoint CHECKPOINT = new Checkpoint("audit.tandem.dev/log", 42,
            Rfc6962.leafHash(new byte[] {42}), Instant.parse("2026-11-23T05:00:00Z"));

    @Test
    void shouldDeriveRfc8032PublicKeysAndSignaturesFromSeeds() throws Exception {
        for (JsonNode c : VECTORS.get("ed25519").get("cases")) {
            KeyPair keys = Ed25519Keys.fromSeed(TestVectors.hex(c.get("seed")));
            assertThat(ProofCodec.hex(Ed25519Keys.rawPublicKey(keys.getPublic())))
                    .isEqualTo(c.get("publicKey").asText());
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update(TestVectors.hex(c.get("message")));
            assertThat(ProofCodec.hex(signer.sign())).isEqualTo(c.get("signature").asText());
            assertThat(Ed25519Keys.publicKeyFromRaw(TestVectors.hex(c.get("publicKey")))).isEqualTo(keys.getPublic());
        }
    }

    @Test
    void shouldReproduceGoSumdbNoteByteForByte() {
        JsonNode note = VECTORS.get("note");
        byte[] typedSeed = ProofCodec.fromBase64(note.get("typedSeedBase64").asText());
        assertThat(typedSeed[0]).isEqualTo((byte) 1);
        String seed = ProofCodec.base64(Arrays.copyOfRange(typedSeed, 1, 33));
        KeyPair keys = Ed25519Keys.fromBase64Seed(seed);
        String name = note.get("keyName").asText();
        assertThat(Ed25519Keys.verifierKey(name, keys.getPublic())).isEqualTo(note.get("verifierKey").asText());
        CheckpointSigner signer = new CheckpointSigner(name, keys);
        assertThat(signer.signText(note.get("text").asText())).isEqualTo(note.get("signedNote").asText());
        CheckpointVerifier verifier = new CheckpointVerifier(note.get("verifierKey").asText());
        assertThat(verifier.open(note.get("signedNote").asText())).isEqualTo(note.get("text").asText());
        assertThatThrownBy(() -> verifier.open(note.get("signedNote").asText().replace("cryptography", "cryptographY")))
                .isInstanceOf(InvalidCheckpointException.class);
    }

    @Test
    void shouldComputeKeyHashFromNameNewlineAlgorithmAndKey() {
        byte[] raw = Ed25519Keys.rawPublicKey(KEYS.getPublic());
        byte[] input = new byte[NAME.length() + 2 + 32];
        System.arraycopy(NAME.getBytes(StandardCharsets.UTF_8), 0, input, 0, NAME.length());
        input[NAME.length()] = 0x0A;
        input[NAME.length() + 1] = 0x01;
        System.arraycopy(raw, 0, input, NAME.length() + 2, 32);
        byte[] expected = Arrays.copyOf(Rfc6962.sha256(input), 4);
        assertThat(Ed25519Keys.keyHash(NAME, KEYS.getPublic())).isEqualTo(expected);
        String vkey = Ed25519Keys.verifierKey(NAME, KEYS.getPublic());
        assertThat(vkey).startsWith(NAME + "+" + ProofCodec.hex(expected) + "+");
        assertThat(Ed25519Keys.parseVerifierKey(vkey)).isEqualTo(KEYS.getPublic());
        String note = new CheckpointSigner(NAME, KEYS).sign(CHECKPOINT);
        String sigLine = note.substring(note.lastIndexOf('\u2014'));
        byte[] blob = ProofCodec.fromBase64(sigLine.substring(sigLine.lastIndexOf(' ') + 1).trim());
        assertThat(blob).hasSize(68);
        assertThat(Arrays.copyOf(blob, 4)).isEqualTo(expected);
    }

    @Test
    void shouldWriteCheckpointBodyInC2spFormatAndParseItBack() {
        String body = CHECKPOINT.body();
        assertThat(body).isEqualTo("audit.tandem.dev/log\n42\n" + ProofCodec.base64(CHECKPOINT.rootHash())
                + "\ntime 2026-11-23T05:00:00Z\n");
        assertThat(Checkpoint.parseBody(body)).isEqualTo(CHECKPOINT);
        Checkpoint noTime = new Checkpoint("o", 0, Rfc6962.emptyRoot(), null);
        assertThat(Checkpoint.parseBody(noTime.body())).isEqualTo(noTime);
        assertThat(Checkpoint.parseBody(body + "other-extension 1\n")).isEqualTo(CHECKPOINT);
    }

    @Test
    void shouldRejectMalformedBodies() {
        String root = ProofCodec.base64(Rfc6962.emptyRoot());
        for (String bad : new String[] {"o\n1\n" + root, "o\n1\n", "o\n01\n" + root + "\n", "o\n-1\n" + root + "\n",
            "o\n1\nAAAA\n", "o\n1\n" + root + "\n\n", "o\n1\n" + root + "\ntime yesterday\n", "\n1\n" + root + "\n",
            "o\n99999999999999999999\n" + root + "\n"}) {
            assertThatThrownBy(() -> Checkpoint.parseBody(bad)).as(bad).isInstanceOf(InvalidCheckpointException.class);
        }
    }

    @Test
    void shouldRoundTripRandomCheckpointsThroughSignAndVerify() {
        Random random = new Random(5);
        for (int i = 0; i < 50; i++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            KeyPair keys = Ed25519Keys.fromSeed(seed);
            byte[] root = new byte[32];
            random.nextBytes(root);
            Checkpoint cp = new Checkpoint("log-" + i, Math.abs(random.nextLong()), root,
                    Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE), random.nextInt(1_000_000_000)));
            CheckpointSigner signer = new CheckpointSigner("key-" + i, keys);
            assertThat(new CheckpointVerifier(signer.verifierKey()).verify(signer.sign(cp))).isEqualTo(cp);
        }
    }

    @Test
    void shouldRejectTamperedBodyOrSignatureAndWrongKey() {
        CheckpointSigner signer = new CheckpointSigner(NAME, KEYS);
        CheckpointVerifier verifier = new CheckpointVerifier(signer.verifierKey());
        String note = signer.sign(CHECKPOINT);
        assertThat(verifier.verify(note)).isEqualTo(CHECKPOINT);

        assertThatThrownBy(() -> verifier.verify(note.replace("\n42\n", "\n43\n")))
                .isInstanceOf(InvalidCheckpointException.class).hasMessageContaining("does not verify");
        int sigStart = note.lastIndexOf(' ') + 1;
        char[] chars = note.toCharArray();
        chars[sigStart + 10] = chars[sigStart + 10] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> verifier.verify(new String(chars))).isInstanceOf(InvalidCheckpointException.class);

        CheckpointVerifier otherKey = new CheckpointVerifier(
                new CheckpointSigner(NAME, Ed25519Keys.fromSeed(filled(7))).verifierKey());
        assertThatThrownBy(() -> otherKey.verify(note)).isInstanceOf(InvalidCheckpointException.class)
                .hasMessageContaining("no signature by");
        CheckpointVerifier otherName = new CheckpointVerifier(Ed25519Keys.verifierKey("other", KEYS.getPublic()));
        assertThatThrownBy(() -> otherName.verify(note)).isInstanceOf(InvalidCheckpointException.class);

        assertThatThrownBy(() -> verifier.verify(CHECKPOINT.body())).isInstanceOf(InvalidCheckpointException.class);
        assertThatThrownBy(() -> verifier.verify(CHECKPOINT.body() + "\n")).isInstanceOf(InvalidCheckpointException.class);
        assertThatThrownBy(() -> verifier.verify(note.replace("\u2014", "-")))
                .isInstanceOf(InvalidCheckpointException.class);
    }

    @Test
    void shouldAcceptNoteWithExtraSignatureFromAnotherKey() {
        CheckpointSigner ours = new CheckpointSigner(NAME, KEYS);
        CheckpointSigner witness = new CheckpointSigner("witness", Ed25519Keys.fromSeed(filled(3)));
        String witnessNote = witness.sign(CHECKPOINT);
        String combined = ours.sign(CHECKPOINT) + witnessNote.substring(witnessNote.lastIndexOf('\u2014'));
        assertThat(new CheckpointVerifier(ours.verifierKey()).verify(combined)).isEqualTo(CHECKPOINT);
        assertThat(new CheckpointVerifier(witness.verifierKey()).verify(combined)).isEqualTo(CHECKPOINT);
    }

    @Test
    void shouldRefuseToSignOrAcceptTextsOutsideTheNoteGrammar() {
        CheckpointSigner signer = new CheckpointSigner(NAME, KEYS);
        CheckpointVerifier verifier = new CheckpointVerifier(signer.verifierKey());
        for (String bad : new String[] {"", "no newline", "a\n\nb\n", "\nleading blank\n", "tab\there\n"}) {
            assertThatThrownBy(() -> signer.signText(bad)).as(bad).isInstanceOf(InvalidCheckpointException.class);
        }
        assertThatThrownBy(() -> new Checkpoint("bad\torigin", 1, Rfc6962.emptyRoot(), null))
                .isInstanceOf(IllegalArgumentException.class);
        String note = signer.sign(CHECKPOINT);
        String line = note.substring(note.lastIndexOf('\u2014'));
        String tooMany = note + line.repeat(100);
        assertThatThrownBy(() -> verifier.verify(tooMany)).isInstanceOf(InvalidCheckpointException.class)
                .hasMessageContaining("more than 100");
        assertThatThrownBy(() -> verifier.verify(note + "not a signature\n"))
                .isInstanceOf(InvalidCheckpointException.class);
        assertThatThrownBy(() -> verifier.verify(note.replace("\n\n", "\nstray\u0001\n\n")))
                .isInstanceOf(InvalidCheckpointException.class);
    }

    @Test
    void shouldRejectMalformedVerifierKeys() {
        String good = Ed25519Keys.verifierKey(NAME, KEYS.getPublic());
        String[] parts = good.split("\\+", 3);
        for (String bad : new String[] {"", NAME, parts[0] + "+" + parts[1], parts[0] + "+00000000+" + parts[2],
            "other+" + parts[1] + "+" + parts[2], parts[0] + "+" + parts[1] + "+AAAA",
            parts[0] + "+" + parts[1] + "+" + parts[2].replace('A', 'B') + "x"}) {
            assertThatThrownBy(() -> new CheckpointVerifier(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Ed25519Keys.fromSeed(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CheckpointSigner("has space", KEYS)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] filled(int value) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) value);
        return seed;
    }
}
