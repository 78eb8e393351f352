package dev.tandem.content.drift;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
class VoiceSampleRepository implements PanacheRepository<VoiceSample> {

    /**
     * Average, minimum, maximum and count of scores per bucket, oldest first. {@code bucket} is one of
     * the whitelisted {@link TrendBucket} units, so it is safe to place in the SQL text.
     */
    @SuppressWarnings("unchecked")
    List<TrendPoint> trend(String brandId, TrendBucket bucket, Instant from, Instant to) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select cast(extract(epoch from date_trunc('%s', recorded_at at time zone 'UTC')) as bigint),
                       avg(voice_score), min(voice_score), max(voice_score), count(*), max(brand_version)
                  from voice_sample
                 where brand_id = :brand and recorded_at >= :from and recorded_at < :to
                 group by 1
                 order by 1""".formatted(bucket.sqlUnit()))
                .setParameter("brand", brandId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        return rows.stream().map(r -> new TrendPoint(Instant.ofEpochSecond(((Number) r[0]).longValue()),
                Math.round(((Number) r[1]).doubleValue() * 10) / 10.0, ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue(), ((Number) r[4]).longValue(), ((Number) r[5]).intValue())).toList();
    }
}
