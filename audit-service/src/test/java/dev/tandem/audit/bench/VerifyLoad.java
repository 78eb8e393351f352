package dev.tandem.audit.bench;

import dev.tandem.audit.crypto.LeafCodec;
import dev.tandem.audit.crypto.LeafFields;
import dev.tandem.audit.crypto.LeafMac;
import dev.tandem.audit.log.LogTimes;
import java.io.StringReader;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Bulk-loads synthetic but valid entries (leaf hash and leaf MAC computed as the service does) into a bench
 * schema that the service already migrated, with COPY, continuing after the highest seq. For timing
 * {@code GET /api/audit/verify} and proofs at 1M+ entries. Args: count schema [base64 signing seed].
 */
public final class VerifyLoad {

    private static final HexFormat HEX = HexFormat.of();

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        String schema = args[1];
        String seed = args.length > 2 ? args[2] : "PWoaF4j5PPaLd6wtBUVJzx7daQTy2WUw+bhXTZmd8qY=";
        LeafMac mac = new LeafMac(Base64.getDecoder().decode(seed));
        String url = "jdbc:postgresql://localhost:5432/postgres?currentSchema=" + schema;
        try (var db = DriverManager.getConnection(url, "postgres",
                System.getenv().getOrDefault("DB_PASSWORD", "postgres"))) {
            long seq;
            try (ResultSet r = db.createStatement().executeQuery("select coalesce(max(seq) + 1, 0) from audit_entry")) {
                r.next();
                seq = r.getLong(1);
            }
            long started = System.nanoTime();
            Instant base = Instant.parse("2026-06-01T00:00:00Z");
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < count; i++, seq++) {
                String id = UUID.randomUUID().toString();
                String subject = HEX.formatHex(UUID.randomUUID().toString().getBytes(), 0, 16);
                String correlation = UUID.randomUUID().toString();
                String type = i % 3 == 0 ? "triage.message.routed" : "content.draft.approved";
                String actorType = i % 3 == 0 ? "AI" : "HUMAN";
                String actor = i % 3 == 0 ? "rules-1.0" : "agent-" + (i % 40);
                Instant eventTime = LogTimes.truncate(base.plusNanos(i * 1_234_567L + (i % 7) * 1000L));
                Instant recordedAt = LogTimes.truncate(eventTime.plusNanos(3_456_000L + (i % 11) * 1_000_000L));
                String payload = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/triage-service\",\"type\":\""
                        + type + "\",\"subject\":\"" + subject + "\",\"data\":{\"route\":\"HUMAN\",\"score\":" + (i % 100) + "}}";
                String digest = LeafCodec.payloadDigest(payload);
                byte[] leaf = LeafCodec.leafHash(new LeafFields(seq, "/triage-service", id, type, subject, correlation,
                        actorType, actor, LogTimes.format(eventTime), LogTimes.format(recordedAt), digest));
                rows.append(seq).append('\t').append("/triage-service").append('\t').append(id).append('\t')
                        .append(type).append('\t').append(subject).append('\t').append(correlation).append('\t')
                        .append(actorType).append('\t').append(actor).append('\t').append(eventTime).append('\t')
                        .append(recordedAt).append("\t\\N\t").append(payload).append("\t\\N\tREADABLE\t")
                        .append(digest).append("\t\\\\x").append(HEX.formatHex(leaf)).append("\t\\\\x")
                        .append(HEX.formatHex(mac.mac(leaf))).append('\n');
                if (rows.length() > 8_000_000 || i == count - 1) {
                    db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy audit_entry (seq, source, event_id, type,"
                            + " subject, correlation_id, actor_type, actor, event_time, recorded_at, data_subject,"
                            + " payload, content_cipher, payload_status, payload_digest, leaf_hash, leaf_mac)"
                            + " from stdin", new StringReader(rows.toString()));
                    rows.setLength(0);
                }
            }
            System.out.printf("loaded %d entries into %s in %.1f s; next seq %d%n", count, schema,
                    (System.nanoTime() - started) / 1e9, seq);
        }
    }
}
