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

    private final SecretKeySpec key;

    Pseudonyms(TriageConfig config) {
        this.key = new SecretKeySpec(config.pseudonymKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String of(String customerId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(customerId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
