package dev.tandem.triage.privacy;

import dev.tandem.triage.TriageConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The customer pseudonym on events: HMAC-SHA256 of the customer id with the configured key, hex, 32 chars. */
@ApplicationScoped
public class Pseudonyms {

    private final ThreadLocal<Mac> macs;

    Pseudonyms(TriageConfig config) {
        SecretKeySpec key = new SecretKeySpec(config.pseudonymKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
        });
    }

    public String of(String customerId) {
        byte[] digest = macs.get().doFinal(customerId.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}
