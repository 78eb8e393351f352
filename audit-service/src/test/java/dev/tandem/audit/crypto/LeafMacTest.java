package dev.tandem.audit.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The precomputed-pad HMAC equals the JDK's HmacSHA256 under the derived key, and depends on the secret. */
class LeafMacTest {

    @Test
    void shouldEqualJdkHmacSha256UnderTheDerivedKey() throws Exception {
        byte[] seed = new byte[32];
        new Random(7).nextBytes(seed);
        MessageDigest derive = MessageDigest.getInstance("SHA-256");
        derive.update("tandem.audit leaf-mac v1\0".getBytes(StandardCharsets.US_ASCII));
        Mac jdk = Mac.getInstance("HmacSHA256");
        jdk.init(new SecretKeySpec(derive.digest(seed), "HmacSHA256"));
        LeafMac mac = new LeafMac(seed);
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            byte[] leaf = new byte[32];
            random.nextBytes(leaf);
            byte[] expected = jdk.doFinal(leaf);
            assertThat(mac.mac(leaf)).isEqualTo(expected);
            assertThat(mac.matches(leaf, expected)).isTrue();
        }
    }

    @Test
    void shouldRejectAMacUnderAnotherKeyOrAMissingOne() {
        byte[] leaf = Rfc6962.leafHash("entry".getBytes(StandardCharsets.UTF_8));
        LeafMac service = new LeafMac(new byte[32]);
        byte[] otherSeed = new byte[32];
        otherSeed[0] = 1;
        byte[] forged = new LeafMac(otherSeed).mac(leaf);

        assertThat(service.matches(leaf, forged)).isFalse();
        assertThat(service.matches(leaf, null)).isFalse();
        byte[] otherLeaf = leaf.clone();
        otherLeaf[31] ^= 1;
        assertThat(service.matches(otherLeaf, service.mac(leaf))).isFalse();
    }
}
