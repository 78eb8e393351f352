package dev.tandem.audit.log;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/** Reads the log with Panache; bulk writes and full scans go through plain JDBC for throughput. */
@ApplicationScoped
public class AuditEntryRepository implements PanacheRepository<AuditEntry> {

    private static final String COLUMNS = "seq, source, event_id, type, subject, correlation_id, actor_type, actor, "
            + "event_time, recorded_at, data_subject, payload, content_cipher, payload_status, payload_digest, leaf_hash";
    private static final String COPY_COLUMNS = COLUMNS + ", leaf_mac";
    private static final int FETCH_SIZE = 5000;

    /** Of these (source, id) pairs, the ones already in the log, as {@code source + '\n' + id}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> existingKeys(List<String> sources, List<String> eventIds) {
        Set<String> found = new HashSet<>();
        session().doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    select e.source, e.event_id from audit_entry e
                    join unnest(?, ?) as k(source, event_id) on e.source = k.source and e.event_id = k.event_id""")) {
                statement.setArray(1, connection.createArrayOf("text", sources.toArray()));
                statement.setArray(2, connection.createArrayOf("text", eventIds.toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1) + "\n" + rows.getString(2));
                    }
                }
            }
        });
        return found;
    }

    /** Appends entries with one {@code COPY ... FROM STDIN} (far faster than batched inserts). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insertAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder rows = new StringBuilder(entries.size() * 900);
        for (AuditEntry e : entries) {
            CopyText.row(rows, e.seq, e.source, e.eventId, e.type, e.subject, e.correlationId, e.actorType, e.actor,
                    e.eventTime, e.recordedAt, e.dataSubject, e.payload, e.contentCipher, e.payloadStatus,
                    e.payloadDigest, e.leafHash, e.leafMac);
        }
        session().doWork(connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy audit_entry (" + COPY_COLUMNS + ") from stdin", new StringReader(rows.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY into audit_entry failed", e);
            }
        });
    }

    /** Every stored leaf hash with its MAC (null on pre-V2 rows), in seq order (for rebuilding the tree). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forEachLeafHash(BiConsumer<byte[], byte[]> consumer) {
        scan("select seq, leaf_hash, leaf_mac from audit_entry order by seq", Long.MAX_VALUE, rows -> {
            consumer.accept(rows.getBytes(2), rows.getBytes(3));
        });
    }

    /** Every entry with {@code seq < toExclusive} in seq order, read with a cursor; entries are detached. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forEachEntry(long toExclusive, Consumer<AuditEntry> consumer) {
        forEachEntry(toExclusive, true, consumer);
    }

    /** As {@link #forEachEntry(long, Consumer)}; without payloads, {@code payload} and {@code contentCipher} are null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forEachEntry(long toExclusive, boolean withPayloads, Consumer<AuditEntry> consumer) {
        String columns = withPayloads ? COLUMNS : COLUMNS.replace("payload, content_cipher", "null, null");
        scan("select " + columns + " from audit_entry where seq < ? order by seq", toExclusive,
                rows -> consumer.accept(map(rows)));
    }

    public List<AuditEntry> trace(String correlationId) {
        return list("correlationId = ?1 order by seq", correlationId);
    }

    public long maxSeqPlusOne() {
        Long max = getEntityManager().createQuery("select max(e.seq) from AuditEntry e", Long.class).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    private interface RowHandler {
        void handle(ResultSet rows) throws SQLException;
    }

    private void scan(String sql, long bound, RowHandler handler) {
        session().doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(FETCH_SIZE);
                if (sql.contains("?")) {
                    statement.setLong(1, bound);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        handler.handle(rows);
                    }
                }
            }
        });
    }

    private static AuditEntry map(ResultSet rows) throws SQLException {
        AuditEntry e = new AuditEntry();
        e.seq = rows.getLong(1);
        e.source = rows.getString(2);
        e.eventId = rows.getString(3);
        e.type = rows.getString(4);
        e.subject = rows.getString(5);
        e.correlationId = rows.getString(6);
        e.actorType = rows.getString(7);
        e.actor = rows.getString(8);
        e.eventTime = rows.getTimestamp(9).toInstant();
        e.recordedAt = rows.getTimestamp(10).toInstant();
        e.dataSubject = rows.getString(11);
        e.payload = rows.getString(12);
        e.contentCipher = rows.getBytes(13);
        e.payloadStatus = rows.getString(14);
        e.payloadDigest = rows.getString(15);
        e.leafHash = rows.getBytes(16);
        return e;
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }
}
