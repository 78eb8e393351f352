package dev.tandem.triage.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/metrics/summary}: every rate comes with its numerator and denominator; a rate whose
 * denominator is zero is null, never 0 or 1. {@code from} and {@code to} repeat the window asked for (null
 * when open): message counts cover messages received in it, hand-off figures hand-offs created in it.
 */
record MetricsSummary(Instant from, Instant to, Messages messages, Rate automation, Handoffs handoffs, FirstResponse firstResponse,
                      Sla sla, Rate aiRoutingAccuracy) {

    record Rate(long count, long of, Double rate) {
        static Rate of(long count, long of) {
            return new Rate(count, of, of == 0 ? null : Math.round(10_000.0 * count / of) / 10_000.0);
        }
    }

    record Messages(long total, Map<String, Long> byRoute) {
    }

    /** Hand-offs, and for each trigger the share of all hand-offs it appeared in. */
    record Handoffs(long total, Rate ofMessages, List<TriggerCount> byTrigger) {
    }

    record TriggerCount(String code, Rate ofHandoffs) {
    }

    /** Wall-clock seconds from hand-off to the first human response; {@code measured} hand-offs so far. */
    record FirstResponse(long measured, Double averageSeconds, Double medianSeconds, Double p90Seconds) {
    }

    /** Finished or breached SLA clocks; met = finished within target. */
    record Sla(Rate firstResponseMet, Rate resolutionMet, Rate overallMet) {
    }
}
