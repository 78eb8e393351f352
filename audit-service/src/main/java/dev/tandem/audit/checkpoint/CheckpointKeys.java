package dev.tandem.audit.checkpoint;

import dev.tandem.audit.AuditConfig;
import dev.tandem.audit.crypto.CheckpointSigner;
import dev.tandem.audit.crypto.CheckpointVerifier;
import dev.tandem.audit.crypto.Ed25519Keys;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.KeyPair;
import java.util.Base64;
import org.jboss.logging.Logger;

/** The Ed25519 checkpoint key from configuration, as a signer and as its published verifier key. */
@Startup
@ApplicationScoped
public class CheckpointKeys {

    private static final Logger LOG = Logger.getLogger(CheckpointKeys.class);

    private final String origin;
    private final KeyPair keyPair;
    private final CheckpointSigner signer;

    CheckpointKeys(AuditConfig config) {
        this.origin = config.origin();
        this.keyPair = Ed25519Keys.fromBase64Seed(config.signingKey());
        this.signer = new CheckpointSigner(config.origin(), keyPair);
        if (LaunchMode.current() == LaunchMode.NORMAL && System.getenv("AUDIT_SIGNING_KEY") == null) {
            LOG.warn("audit checkpoints are signed with the DEVELOPMENT key; set AUDIT_SIGNING_KEY in production");
        }
    }

    public String origin() {
        return origin;
    }

    public String keyName() {
        return signer.keyName();
    }

    public String verifierKey() {
        return signer.verifierKey();
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(Ed25519Keys.rawPublicKey(keyPair.getPublic()));
    }

    CheckpointSigner signer() {
        return signer;
    }

    public CheckpointVerifier verifier() {
        return new CheckpointVerifier(signer.verifierKey());
    }
}
