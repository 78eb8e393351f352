package dev.tandem.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Signs bearer tokens with the development key, exactly as {@code deploy/local/token} does. */
public final class TestTokens {

    public static final String ISSUER = "https://tandem.dev/local";
    private static final String KEY = "dev-jwt/privateKey.pem";

    private TestTokens() {
    }

    public static String token(String user, String... roles) {
        return claims(user, roles).expiresIn(Duration.ofHours(1)).sign(KEY);
    }

    /** A correctly signed token that expired two hours ago. */
    public static String expired(String user, String... roles) {
        Instant now = Instant.now();
        return claims(user, roles).issuedAt(now.minus(Duration.ofHours(3))).expiresAt(now.minus(Duration.ofHours(2)))
                .sign(KEY);
    }

    private static JwtClaimsBuilder claims(String user, String... roles) {
        return Jwt.issuer(ISSUER).upn(user).subject(user).groups(Set.of(roles));
    }

    /** A header value for REST Assured: {@code given().header("Authorization", bearer(...))}. */
    public static String bearer(String user, String... roles) {
        return "Bearer " + token(user, roles);
    }
}
