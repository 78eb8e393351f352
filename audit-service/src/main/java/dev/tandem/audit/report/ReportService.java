package dev.tandem.audit.report;

import dev.tandem.audit.checkpoint.AuditCheckpoint;
import dev.tandem.audit.checkpoint.CheckpointRepository;
import dev.tandem.audit.crypto.ProofCodec;
import dev.tandem.audit.log.LogTree;
import dev.tandem.platform.events.ActorType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Computes the reports on the entries of the latest signed checkpoint. */
@ApplicationScoped
class ReportService {

    static final int MINIMUM_SAMPLE = 30;
    static final double FOUR_FIFTHS = 0.8;

    private final ReportRepository repository;
    private final CheckpointRepository checkpoints;
    private final LogTree tree;

    ReportService(ReportRepository repository, CheckpointRepository checkpoints, LogTree tree) {
        this.repository = repository;
        this.checkpoints = checkpoints;
        this.tree = tree;
    }

    @Transactional
    Reports.HumanOversight humanOversight(Instant from, Instant to) {
        ReportScope scope = scope(from, to);
        Map<String, Long> decisions = new LinkedHashMap<>();
        for (ActorType type : ActorType.values()) {
            decisions.put(type.name(), 0L);
        }
        for (Object[] row : repository.decisionsByActorType(scope)) {
            decisions.merge((String) row[0], number(row[1]), Long::sum);
        }
        long total = decisions.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> shares = new LinkedHashMap<>();
        decisions.forEach((type, n) -> shares.put(type, rate(n, total)));
        Object[] o = repository.overrides(scope);
        Reports.Override routing = override(number(o[0]), number(o[1]));
        Reports.Override drafts = override(number(o[2]), number(o[3]));
        Reports.Override content = override(number(o[4]), number(o[5]));
        Reports.Override overall = override(routing.reviewed() + drafts.reviewed() + content.reviewed(),
                routing.overridden() + drafts.overridden() + content.overridden());
        return new Reports.HumanOversight(scope, decisions, shares, total, routing, drafts, content, overall);
    }

    @Transactional
    Reports.Disclosure disclosure(Instant from, Instant to) {
        ReportScope scope = scope(from, to);
        long checked = 0;
        long aiGenerated = 0;
        long disclosed = 0;
        long optedOut = 0;
        List<Reports.DisclosureViolation> violations = new ArrayList<>();
        for (Object[] row : repository.repliesSent(scope)) {
            checked++;
            boolean ai = "true".equals(row[4]);
            boolean isDisclosed = "true".equals(row[5]);
            boolean optOut = "true".equals(row[6]);
            aiGenerated += ai ? 1 : 0;
            disclosed += ai && isDisclosed ? 1 : 0;
            optedOut += optOut ? 1 : 0;
            if (ai && !isDisclosed) {
                violations.add(violation(row, "AI_REPLY_NOT_DISCLOSED"));
            }
            if (ai && optOut) {
                violations.add(violation(row, "AI_REPLY_TO_OPTED_OUT_CUSTOMER"));
            }
        }
        return new Reports.Disclosure(scope, checked, aiGenerated, disclosed, optedOut, violations.size(),
                violations.isEmpty(), violations);
    }

    @Transactional
    Reports.Fairness fairness(String dimension, Instant from, Instant to) {
        ReportScope scope = scope(from, to);
        List<Object[]> rows = repository.routesBySegment(scope, dimension);
        double maxHuman = 0;
        double maxAuto = 0;
        String reference = null;
        for (Object[] row : rows) {
            double human = (double) number(row[2]) / number(row[1]);
            if (reference == null || human > maxHuman) {
                maxHuman = human;
                reference = (String) row[0];
            }
            maxAuto = Math.max(maxAuto, (double) number(row[3]) / number(row[1]));
        }
        List<Reports.FairnessGroup> groups = new ArrayList<>();
        for (Object[] row : rows) {
            long n = number(row[1]);
            long human = number(row[2]);
            long auto = number(row[3]);
            Double humanRatio = maxHuman == 0 ? null : ((double) human / n) / maxHuman;
            Double autoRatio = maxAuto == 0 ? null : ((double) auto / n) / maxAuto;
            groups.add(new Reports.FairnessGroup((String) row[0], n, human, auto, rate(human, n), rate(auto, n),
                    humanRatio, autoRatio, humanRatio != null && humanRatio < FOUR_FIFTHS, n < MINIMUM_SAMPLE));
        }
        return new Reports.Fairness(scope, dimension, reference, MINIMUM_SAMPLE, groups);
    }

    @Transactional
    Reports.Sla sla(Instant from, Instant to) {
        ReportScope scope = scope(from, to);
        List<Reports.SlaGroup> groups = new ArrayList<>();
        long handoffs = 0;
        long warnings = 0;
        long breaches = 0;
        long breached = 0;
        for (Object[] row : repository.slaByQueue(scope)) {
            Reports.SlaGroup group = new Reports.SlaGroup((String) row[0], (String) row[1], number(row[2]),
                    number(row[3]), number(row[4]), number(row[5]), number(row[6]), number(row[7]),
                    rate(number(row[5]), number(row[2])));
            groups.add(group);
            handoffs += group.handoffs();
            warnings += group.warnings();
            breaches += group.breaches();
            breached += group.breachedHandoffs();
        }
        return new Reports.Sla(scope, handoffs, warnings, breaches, breached, rate(breached, handoffs), groups);
    }

    private ReportScope scope(Instant from, Instant to) {
        Optional<AuditCheckpoint> latest = checkpoints.latest();
        if (latest.isPresent()) {
            AuditCheckpoint c = latest.get();
            return new ReportScope(c.id, c.treeSize, ProofCodec.base64(c.rootHash), c.signedAt, from, to);
        }
        long size = tree.size();
        return new ReportScope(null, size, ProofCodec.base64(tree.root(size)), null, from, to);
    }

    private static Reports.DisclosureViolation violation(Object[] row, String rule) {
        return new Reports.DisclosureViolation(number(row[0]), (String) row[1], (String) row[2], instant(row[3]), rule);
    }

    private static Reports.Override override(long reviewed, long overridden) {
        return new Reports.Override(reviewed, overridden, rate(overridden, reviewed));
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
