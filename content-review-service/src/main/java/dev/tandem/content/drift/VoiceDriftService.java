package dev.tandem.content.drift;

import dev.tandem.content.brand.BrandVoices;
import dev.tandem.platform.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Records every voice score of a draft check and reports how a brand's voice moves over time. */
@ApplicationScoped
public class VoiceDriftService {

    private final VoiceSampleRepository samples;
    private final BrandVoices brands;
    private final Clock clock;

    VoiceDriftService(VoiceSampleRepository samples, BrandVoices brands, Clock clock) {
        this.samples = samples;
        this.brands = brands;
        this.clock = clock;
    }

    /** Records one score, in the caller's transaction (the one that stores the checked revision). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String brandId, int brandVersion, String draftId, int revision, int voiceScore) {
        VoiceSample sample = new VoiceSample();
        sample.brandId = brandId;
        sample.brandVersion = brandVersion;
        sample.draftId = draftId;
        sample.revision = revision;
        sample.voiceScore = voiceScore;
        sample.recordedAt = clock.instant();
        samples.persist(sample);
    }

    @Transactional
    VoiceTrendResponse trend(String brandId, String bucketName, String fromText, String toText) {
        brands.latestVersion(brandId);
        TrendBucket bucket = parseBucket(bucketName);
        Instant to = toText == null ? clock.instant().plusSeconds(1) : parseInstant("to", toText);
        Instant from = fromText == null ? to.minus(bucket.defaultSpan()) : parseInstant("from", fromText);
        if (!from.isBefore(to)) {
            throw new InvalidInputException("from", "must be before to");
        }
        List<TrendPoint> points = samples.trend(brandId, bucket, from, to);
        Double change = points.size() < 2 ? null
                : Math.round((points.get(points.size() - 1).averageScore() - points.get(0).averageScore()) * 10) / 10.0;
        return new VoiceTrendResponse(brandId, bucket.sqlUnit(), from, to, points, change);
    }

    private static TrendBucket parseBucket(String name) {
        try {
            return TrendBucket.valueOf((name == null ? "day" : name).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("bucket", "must be one of hour, day, week, month");
        }
    }

    private static Instant parseInstant(String field, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an ISO-8601 UTC timestamp");
        }
    }
}
