package dev.tandem.content.brand;

import dev.tandem.content.ContentConfig;
import dev.tandem.content.voice.CheckInput;
import dev.tandem.content.voice.VoiceChecker;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks copy against a brand version. Versions never change, so one checker per version is built
 * once and shared (checkers are thread-safe).
 */
@ApplicationScoped
public class BrandVoices {

    private final BrandService brands;
    private final int cacheSize;
    private final Map<String, VoiceChecker> checkers = new ConcurrentHashMap<>();

    BrandVoices(BrandService brands, ContentConfig config) {
        this.brands = brands;
        this.cacheSize = config.brands().checkerCacheSize();
    }

    /**
     * Checks {@code input} against {@code version} of the brand, or its latest version when
     * {@code version} is null. Throws {@code NotFoundException} for an unknown brand or version.
     */
    public VoiceCheck check(String brandId, Integer version, CheckInput input) {
        int resolved = version != null ? version : brands.latestVersion(brandId);
        return new VoiceCheck(brandId, resolved, checker(brandId, resolved).check(input));
    }

    /** The brand's latest version; throws {@code NotFoundException} for an unknown brand. */
    public int latestVersion(String brandId) {
        return brands.latestVersion(brandId);
    }

    private VoiceChecker checker(String brandId, int version) {
        String key = brandId + ':' + version;
        VoiceChecker checker = checkers.get(key);
        if (checker == null) {
            checker = new VoiceChecker(brands.voice(brandId, version));
            if (checkers.size() >= cacheSize) {
                checkers.clear();
            }
            checkers.put(key, checker);
        }
        return checker;
    }
}
