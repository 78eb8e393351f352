package dev.tandem.audit.privacy;

import dev.tandem.audit.AuditConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * One AES-256 key per data subject, stored wrapped with the master key. Keys are created on first use and
 * cached; an empty result means the subject was erased and nothing about it may be stored readably again.
 */
@ApplicationScoped
public class SubjectKeys {

    private static final int CACHE_SIZE = 50_000;

    private final SubjectKeyRepository repository;
    private final SecretKey masterKey;
    private final Clock clock;
    private final Map<String, Optional<SecretKey>> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<SecretKey>> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    SubjectKeys(SubjectKeyRepository repository, AuditConfig config, Clock clock) {
        this.repository = repository;
        this.masterKey = ContentCipher.key(Base64.getDecoder().decode(config.masterKey()));
        this.clock = clock;
    }

    /** Content without a {@code dataSubject} is encrypted under this key, so retention still covers it. */
    public static final String UNATTRIBUTED = "~unattributed";

    /** Whose key protects the content of an entry with this {@code data.dataSubject}. */
    public static String keyOwner(String dataSubject) {
        return dataSubject == null ? UNATTRIBUTED : dataSubject;
    }

    /** AES-GCM associated data binding a ciphertext to its entry. */
    public static String associatedData(String source, String eventId) {
        return "content\n" + source + "\n" + eventId;
    }

    /** The key to encrypt new content with, created if the subject has none; empty once erased. */
    public Optional<SecretKey> forWriting(String dataSubject) {
        Optional<SecretKey> cached = cache.get(dataSubject);
        if (cached != null) {
            return cached;
        }
        Optional<SecretKey> key = QuarkusTransaction.requiringNew().call(() -> {
            if (repository.find(dataSubject).isEmpty()) {
                repository.insertIfAbsent(dataSubject, wrap(dataSubject, ContentCipher.newKey()), clock.instant());
            }
            return repository.find(dataSubject).map(stored -> unwrap(dataSubject, stored));
        }).orElseThrow();
        cache.put(dataSubject, key);
        return key;
    }

    /** The key to decrypt stored content with; empty when the subject was erased or never had one. */
    public Optional<SecretKey> forReading(String dataSubject) {
        Optional<SecretKey> cached = cache.get(dataSubject);
        if (cached != null) {
            return cached;
        }
        Optional<SubjectKeyRepository.StoredKey> stored = QuarkusTransaction.joiningExisting()
                .call(() -> repository.find(dataSubject));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Optional<SecretKey> key = unwrap(dataSubject, stored.get());
        cache.put(dataSubject, key);
        return key;
    }

    /** Destroys the subject's key in the caller's transaction; call {@link #evict} again after commit. */
    void destroy(String dataSubject) {
        repository.destroy(dataSubject, clock.instant());
        evict(dataSubject);
    }

    void evict(String dataSubject) {
        cache.remove(dataSubject);
    }

    private byte[] wrap(String dataSubject, SecretKey key) {
        return ContentCipher.seal(masterKey, key.getEncoded(), "subject-key\n" + dataSubject);
    }

    private Optional<SecretKey> unwrap(String dataSubject, SubjectKeyRepository.StoredKey stored) {
        if (stored.erased()) {
            return Optional.empty();
        }
        return Optional.of(ContentCipher.key(
                ContentCipher.open(masterKey, stored.wrappedKey(), "subject-key\n" + dataSubject)));
    }
}
