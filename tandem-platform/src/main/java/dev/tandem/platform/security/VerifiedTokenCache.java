package dev.tandem.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each distinct bearer token once, then answers from memory until the token expires. A client
 * sends the same token with every request, and the full check (JSON parsing and an RSA signature check)
 * was half of the HTTP layer's CPU at intake's load. The key is the whole token, signature included, so
 * only byte-identical tokens hit; expiry is checked on every hit. Tokens that fail are never cached.
 *
 * <p>Everything but the request path's {@link #parse(String)} goes straight to smallrye-jwt's parser.
 */
@Alternative
@Priority(1)
@ApplicationScoped
class VerifiedTokenCache implements JWTParser {

    /** Enough for every caller of a busy service; when full, expired entries go, then (rarely) all. */
    static final int MAX_ENTRIES = 10_000;

    private record Verified(JsonWebToken token, long expiresAtSecond) {
    }

    private final DefaultJWTParser delegate;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokenCache(DefaultJWTParser delegate) {
        this.delegate = delegate;
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        // wall-clock time, as the parser's own expiry check uses (never a test's shifted application clock)
        long now = System.currentTimeMillis() / 1000;
        Verified hit = verified.get(bearerToken);
        if (hit != null) {
            if (now < hit.expiresAtSecond()) {
                return hit.token();
            }
            verified.remove(bearerToken);
        }
        JsonWebToken token = delegate.parse(bearerToken);
        long expiresAt = token.getExpirationTime();
        if (expiresAt > now) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.values().removeIf(v -> v.expiresAtSecond() <= now);
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
            }
            verified.put(bearerToken, new Verified(token, expiresAt));
        }
        return token;
    }

    @Override
    public JsonWebToken parse(String bearerToken, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(bearerToken, context);
    }

    @Override
    public JsonWebToken verify(String bearerToken, PublicKey key) throws ParseException {
        return delegate.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, SecretKey key) throws ParseException {
        return delegate.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, String secret) throws ParseException {
        return delegate.verify(bearerToken, secret);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, PrivateKey key) throws ParseException {
        return delegate.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, SecretKey key) throws ParseException {
        return delegate.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, String secret) throws ParseException {
        return delegate.decrypt(bearerToken, secret);
    }

    @Override
    public JsonWebToken parseOnly(String bearerToken) throws ParseException {
        return delegate.parseOnly(bearerToken);
    }
}
