package dev.tandem.platform.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Says loudly when a production run trusts the committed development key: anybody can sign tokens
 * with it. Production sets {@code TANDEM_JWT_PUBLIC_KEY} to the OIDC provider's keys.
 */
@ApplicationScoped
class DevKeyWarning {

    static final String DEV_KEY = "dev-jwt/publicKey.pem";
    private static final Logger LOG = Logger.getLogger(DevKeyWarning.class);

    void onStart(@Observes StartupEvent event,
                 @ConfigProperty(name = "mp.jwt.verify.publickey.location") String keyLocation) {
        if (LaunchMode.current() == LaunchMode.NORMAL && DEV_KEY.equals(keyLocation)) {
            LOG.warn("Trusting the DEVELOPMENT token signing key (deploy/local/dev-jwt): fine on a laptop, "
                    + "never in production. Set TANDEM_JWT_PUBLIC_KEY and TANDEM_JWT_ISSUER to your OIDC provider.");
        }
    }
}
