package dev.tandem.triage.metrics;

import dev.tandem.platform.time.TimeWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes the summary from the database, so it covers every replica and survives restarts. */
@ApplicationScoped
class MetricsService {

    /** Stand-ins for an open end of the window, so that every query binds both bounds. */
    private static final Instant OPEN_START = Instant.EPOCH;
    private static final Instant OPEN_END = Instant.parse("3000-01-01T00:00:00Z");
    private static final String HANDOFFS_IN_WINDOW = "h.created_at >= :from and h.created_at < :to";

    private final EntityManager em;

    MetricsService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    MetricsSummary summary(TimeWindow window) {
        Map<String, Long> byRoute = new LinkedHashMap<>();
        for (String route : List.of("AUTO_REPLY", "DRAFT_FOR_REVIEW", "HUMAN")) {
            byRoute.put(route, 0L);
        }
        for (Object[] row : rows(window, """
                select route, count(*) from customer_message
                 where received_at >= :from and received_at < :to group by route""")) {
            byRoute.put((String) row[0], number(row[1]));
        }
        long total = byRoute.values().stream().mapToLong(Long::longValue).sum();

        long handoffs = number(rows(window, "select count(*) from handoff h where " + HANDOFFS_IN_WINDOW).get(0)[0]);
        List<MetricsSummary.TriggerCount> byTrigger = rows(window, """
                select t ->> 'code', count(distinct h.id) from handoff h,
                       jsonb_array_elements(cast(h.triggers as jsonb)) t
                 where %s group by 1 order by 2 desc, 1""".formatted(HANDOFFS_IN_WINDOW)).stream()
                .map(r -> new MetricsSummary.TriggerCount((String) r[0], MetricsSummary.Rate.of(number(r[1]), handoffs)))
                .toList();

        Object[] fr = rows(window, """
                select count(*),
                       avg(extract(epoch from first_responded_at - created_at)),
                       percentile_cont(0.5) within group (order by extract(epoch from first_responded_at - created_at)),
                       percentile_cont(0.9) within group (order by extract(epoch from first_responded_at - created_at))
                  from handoff h where first_responded_at is not null and %s""".formatted(HANDOFFS_IN_WINDOW)).get(0);

        Object[] sla = rows(window, """
                select count(*) filter (where first_responded_at is not null and first_responded_at <= first_response_due_at
                                        and not first_response_breached),
                       count(*) filter (where first_responded_at is not null or first_response_breached),
                       count(*) filter (where resolved_at is not null and resolved_at <= resolution_due_at
                                        and not resolution_breached),
                       count(*) filter (where resolved_at is not null or resolution_breached)
                  from handoff h where %s""".formatted(HANDOFFS_IN_WINDOW)).get(0);
        long frMet = number(sla[0]);
        long frAll = number(sla[1]);
        long resMet = number(sla[2]);
        long resAll = number(sla[3]);

        Object[] verdicts = rows(window, """
                select count(*) filter (where ai_routing_correct), count(*) filter (where ai_routing_correct is not null)
                  from handoff h where status = 'RESOLVED' and %s""".formatted(HANDOFFS_IN_WINDOW)).get(0);

        return new MetricsSummary(window.from(), window.to(), new MetricsSummary.Messages(total, byRoute),
                MetricsSummary.Rate.of(byRoute.get("AUTO_REPLY"), total),
                new MetricsSummary.Handoffs(handoffs, MetricsSummary.Rate.of(handoffs, total), byTrigger),
                new MetricsSummary.FirstResponse(number(fr[0]), decimal(fr[1]), decimal(fr[2]), decimal(fr[3])),
                new MetricsSummary.Sla(MetricsSummary.Rate.of(frMet, frAll), MetricsSummary.Rate.of(resMet, resAll),
                        MetricsSummary.Rate.of(frMet + resMet, frAll + resAll)),
                MetricsSummary.Rate.of(number(verdicts[0]), number(verdicts[1])));
    }

    /** Rows of a query with the window's bounds as {@code :from} and {@code :to}; single columns come as arrays too. */
    private List<Object[]> rows(TimeWindow window, String sql) {
        List<?> result = em.createNativeQuery(sql)
                .setParameter("from", window.from() == null ? OPEN_START : window.from())
                .setParameter("to", window.to() == null ? OPEN_END : window.to())
                .getResultList();
        return result.stream().map(r -> r instanceof Object[] row ? row : new Object[] {r}).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double decimal(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }
}
