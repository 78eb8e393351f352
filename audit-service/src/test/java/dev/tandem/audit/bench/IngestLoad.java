package dev.tandem.audit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Ingestion benchmark load client (localhost only): publishes N persistent CloudEvents (with publisher confirms)
 * to an exchange, waits until the audit service has committed all of them, and prints the sustained rate.
 * <pre>
 * java -cp audit-service/target/test-classes:'audit-service/target/quarkus-app/lib/main/*' \
 *     dev.tandem.audit.bench.IngestLoad &lt;events&gt; &lt;exchange&gt; &lt;db schema&gt;
 * </pre>
 * Every event is a {@code triage.message.triaged} with personal text in {@code data.content} (so the encryption
 * path runs) for one of 5,000 customer pseudonyms. The rate is taken from the entries' own recorded_at times.
 */
public final class IngestLoad {

    private static final int CONFIRM_WINDOW = 2000;
    private static final int SUBJECTS = 5000;

    private IngestLoad() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String exchange = args.length > 1 ? args[1] : "tandem.events";
        String schema = args.length > 2 ? args[2] : "audit";
        String source = "/bench-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectMapper mapper = new ObjectMapper();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("localhost");
        Instant publishStart;
        Instant publishEnd;
        try (Connection connection = factory.newConnection("audit-bench"); Channel channel = connection.createChannel()) {
            channel.exchangeDeclare(exchange, "topic", true);
            channel.confirmSelect();
            AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                    .contentType("application/cloudevents+json").deliveryMode(2).build();
            publishStart = Instant.now();
            for (int i = 0; i < n; i++) {
                byte[] body = mapper.writeValueAsBytes(event(mapper, source, i));
                channel.basicPublish(exchange, "triage.message.triaged", props, body);
                if ((i + 1) % CONFIRM_WINDOW == 0) {
                    channel.waitForConfirmsOrDie(60_000);
                }
            }
            channel.waitForConfirmsOrDie(60_000);
            publishEnd = Instant.now();
        }
        System.out.printf("published %d events in %d ms (%.0f/s), source %s%n", n,
                Duration.between(publishStart, publishEnd).toMillis(),
                n / seconds(publishStart, publishEnd), source);
        awaitIngested(n, schema, source, publishStart);
    }

    private static void awaitIngested(int n, String schema, String source, Instant publishStart) throws Exception {
        String url = "jdbc:postgresql://localhost:5432/postgres?currentSchema=" + schema;
        try (var db = DriverManager.getConnection(url, "postgres", System.getenv().getOrDefault("DB_PASSWORD", "postgres"));
             PreparedStatement query = db.prepareStatement(
                     "select count(*), min(recorded_at), max(recorded_at) from audit_entry where source = ?")) {
            query.setString(1, source);
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    long count = rows.getLong(1);
                    if (count >= n) {
                        Instant first = rows.getTimestamp(2).toInstant();
                        Instant last = rows.getTimestamp(3).toInstant();
                        System.out.printf("ingested %d entries; first..last commit %d ms: %.0f entries/s sustained; "
                                        + "publish start..last commit %d ms: %.0f entries/s end to end%n", count,
                                Duration.between(first, last).toMillis(), (count - 1) / seconds(first, last),
                                Duration.between(publishStart, last).toMillis(), count / seconds(publishStart, last));
                        steady(db, source, count, last);
                        return;
                    }
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("not all events were ingested within 10 minutes");
        }
    }

    /** The rate over the last 80 % of the entries, after the JIT has warmed up. */
    private static void steady(java.sql.Connection db, String source, long count, Instant last) throws Exception {
        try (PreparedStatement query = db.prepareStatement(
                "select recorded_at from audit_entry where source = ? order by seq offset ? limit 1")) {
            query.setString(1, source);
            query.setLong(2, count / 5);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                Instant from = rows.getTimestamp(1).toInstant();
                System.out.printf("steady state (last 80%%): %.0f entries/s%n", (count - count / 5) / seconds(from, last));
            }
        }
    }

    private static ObjectNode event(ObjectMapper mapper, String source, int i) {
        ObjectNode node = mapper.createObjectNode();
        String messageId = UUID.randomUUID().toString();
        node.put("specversion", "1.0");
        node.put("id", UUID.randomUUID().toString());
        node.put("source", source);
        node.put("type", "triage.message.triaged");
        node.put("time", Instant.now().toString());
        node.put("subject", messageId);
        node.put("datacontenttype", "application/json");
        node.put("correlationid", messageId);
        node.put("actortype", "AI");
        node.put("actor", "rules-1.0");
        ObjectNode data = node.putObject("data");
        data.put("messageId", messageId);
        data.put("dataSubject", String.format("%032x", i % SUBJECTS));
        ObjectNode segment = data.putObject("segment");
        segment.put("language", i % 3 == 0 ? "de" : "en");
        segment.put("region", "EU");
        segment.put("tier", i % 10 == 0 ? "GOLD" : "STANDARD");
        data.put("aiOptOut", false);
        data.put("route", i % 4 == 0 ? "HUMAN" : "AUTO_REPLY");
        data.put("intent", "BILLING");
        data.put("confidence", 0.91);
        ObjectNode content = data.putObject("content");
        content.put("subject", "Invoice question " + i);
        content.put("body", "Hello, I was charged twice for my last order and would like a refund, please. "
                + "Order reference " + i + ". Kind regards");
        return node;
    }

    private static double seconds(Instant from, Instant to) {
        return Math.max(1, Duration.between(from, to).toMillis()) / 1000.0;
    }
}
