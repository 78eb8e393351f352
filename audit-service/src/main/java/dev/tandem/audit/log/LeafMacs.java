package dev.tandem.audit.log;

import dev.tandem.audit.AuditConfig;
import dev.tandem.audit.crypto.LeafMac;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Base64;

/** The service's {@link LeafMac}, keyed from the checkpoint signing seed (a database superuser has neither). */
@ApplicationScoped
public class LeafMacs {

    private final LeafMac mac;

    LeafMacs(AuditConfig config) {
        this.mac = new LeafMac(Base64.getDecoder().decode(config.signingKey().trim()));
    }

    public byte[] mac(byte[] leafHash) {
        return mac.mac(leafHash);
    }

    public boolean matches(byte[] leafHash, byte[] storedMac) {
        return mac.matches(leafHash, storedMac);
    }
}
