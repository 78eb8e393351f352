package dev.tandem.audit.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/** AES-256-GCM: round trip, fresh nonces, and refusal of a wrong key, wrong entry or changed byte. */
class ContentCipherTest {

    private final SecretKey key = ContentCipher.newKey();
    private final byte[] text = "{\"body\":\"Anna, 12 Main St\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldOpenWhatItSealedWithTheSameKeyAndEntry() {
        byte[] sealed = ContentCipher.seal(key, text, "content\n/triage-service\ne1");

        assertThat(ContentCipher.open(key, sealed, "content\n/triage-service\ne1")).isEqualTo(text);
        assertThat(ContentCipher.seal(key, text, "content\n/triage-service\ne1")).isNotEqualTo(sealed);
    }

    @Test
    void shouldRefuseAnotherKeyAnotherEntryOrAChangedByte() {
        byte[] sealed = ContentCipher.seal(key, text, "e1");
        byte[] changed = sealed.clone();
        changed[changed.length - 1] ^= 1;

        assertThatThrownBy(() -> ContentCipher.open(ContentCipher.newKey(), sealed, "e1"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ContentCipher.open(key, sealed, "e2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ContentCipher.open(key, changed, "e1")).isInstanceOf(IllegalStateException.class);
    }
}
