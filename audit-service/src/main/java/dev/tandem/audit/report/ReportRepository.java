package dev.tandem.audit.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;

/** Aggregations over the stored (non-personal) payload fields, bounded by a report scope. */
@ApplicationScoped
class ReportRepository {

    private static final String SCOPE = " seq < :size and event_time >= :from and event_time < :to ";

    private final EntityManager entityManager;

    ReportRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Rows of (actor_type, count) over every event except the log's own. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Object[]> decisionsByActorType(ReportScope scope) {
        return rows(scope, "select actor_type, count(*) from audit_entry where" + SCOPE
                + "and type not like 'audit.%' group by actor_type");
    }

    /** One row: handoffs assessed/overridden, draft reviews/overridden, AI-draft content reviews/overridden. */
    @Transactional(Transactional.TxType.MANDATORY)
    Object[] overrides(ReportScope scope) {
        return rows(scope, """
                select
                  count(*) filter (where type = 'triage.handoff.resolved' and d->>'aiRoutingCorrect' in ('true', 'false')),
                  count(*) filter (where type = 'triage.handoff.resolved' and d->>'aiRoutingCorrect' = 'false'),
                  count(*) filter (where type = 'triage.draft.reviewed'),
                  count(*) filter (where type = 'triage.draft.reviewed' and d->>'decision' in ('EDITED', 'REJECTED')),
                  count(*) filter (where type = 'content.review.decided' and d->>'origin' = 'AI'),
                  count(*) filter (where type = 'content.review.decided' and d->>'origin' = 'AI'
                                   and d->>'decision' in ('REJECT', 'REQUEST_CHANGES'))
                from (select type, cast(payload as jsonb) -> 'data' as d from audit_entry where"""
                + SCOPE + """
                  and type in ('triage.handoff.resolved', 'triage.draft.reviewed', 'content.review.decided')
                  and payload is not null) decisions""").get(0);
    }

    /** Rows of (seq, event_id, message_id, event_time, aiGenerated, aiDisclosed, aiOptOut) of every reply sent. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Object[]> repliesSent(ReportScope scope) {
        return rows(scope, """
                select seq, event_id, d->>'messageId', event_time, d->>'aiGenerated', d->>'aiDisclosed', d->>'aiOptOut'
                from (select seq, event_id, event_time, cast(payload as jsonb) -> 'data' as d from audit_entry where"""
                + SCOPE + " and type = 'triage.reply.sent' and payload is not null) replies order by seq");
    }

    /** Rows of (group, count, routed HUMAN, routed AUTO_REPLY) of triaged messages by one segment field. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Object[]> routesBySegment(ReportScope scope, String dimension) {
        Query query = query(scope, """
                select coalesce(d -> 'segment' ->> :dimension, 'unknown') as grp, count(*),
                       count(*) filter (where d->>'route' = 'HUMAN'), count(*) filter (where d->>'route' = 'AUTO_REPLY')
                from (select cast(payload as jsonb) -> 'data' as d from audit_entry where"""
                + SCOPE + " and type = 'triage.message.triaged' and payload is not null) triaged group by grp order by grp");
        query.setParameter("dimension", dimension);
        return list(query);
    }

    /** Rows of (queue, priority, handoffs, warnings, breaches, breached handoffs, first-response, resolution). */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Object[]> slaByQueue(ReportScope scope) {
        return rows(scope, """
                select coalesce(d->>'queue', 'unknown') as queue, coalesce(d->>'priority', 'unknown') as priority,
                  count(*) filter (where type = 'triage.handoff.created'),
                  count(*) filter (where type = 'triage.sla.warning'),
                  count(*) filter (where type = 'triage.sla.breached'),
                  count(distinct coalesce(d->>'handoffId', subject)) filter (where type = 'triage.sla.breached'),
                  count(*) filter (where type = 'triage.sla.breached' and d->>'clock' = 'FIRST_RESPONSE'),
                  count(*) filter (where type = 'triage.sla.breached' and d->>'clock' = 'RESOLUTION')
                from (select type, subject, cast(payload as jsonb) -> 'data' as d from audit_entry where"""
                + SCOPE + """
                  and type in ('triage.handoff.created', 'triage.sla.warning', 'triage.sla.breached')
                  and payload is not null) sla group by 1, 2 order by 1, 2""");
    }

    private List<Object[]> rows(ReportScope scope, String sql) {
        return list(query(scope, sql));
    }

    private Query query(ReportScope scope, String sql) {
        return entityManager.createNativeQuery(sql)
                .setParameter("size", scope.treeSize())
                .setParameter("from", scope.fromOrMin())
                .setParameter("to", scope.toOrMax());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> list(Query query) {
        return query.getResultList();
    }
}
