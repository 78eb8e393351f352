package dev.tandem.audit.ingest;

import dev.tandem.audit.log.AuditEntry;
import dev.tandem.audit.log.AuditEntryRepository;
import dev.tandem.audit.log.LeafMacs;
import dev.tandem.audit.log.LogTree;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Commits one batch: skips (source, id) pairs already in the log, gives the rest consecutive seq numbers and
 * appends them in one transaction; after the commit the leaves join the in-memory tree and every message is
 * acknowledged. A batch that keeps failing is retried entry by entry; an entry that still fails is rejected to
 * the dead-letter queue. Called only from the writer thread.
 */
@ApplicationScoped
class IngestWriter {

    private static final Logger LOG = Logger.getLogger(IngestWriter.class);
    private static final int ATTEMPTS = 5;

    private final AuditEntryRepository repository;
    private final LogTree tree;
    private final Clock clock;
    private final LeafMacs macs;
    private long nextSeq;

    IngestWriter(AuditEntryRepository repository, LogTree tree, Clock clock, LeafMacs macs) {
        this.repository = repository;
        this.tree = tree;
        this.clock = clock;
        this.macs = macs;
    }

    void startAt(long seq) {
        this.nextSeq = seq;
    }

    void write(List<PreparedEvent> prepared) {
        Map<String, PreparedEvent> unique = new LinkedHashMap<>();
        List<Message<?>> repeats = new ArrayList<>();
        for (PreparedEvent event : prepared) {
            if (unique.putIfAbsent(event.key(), event) != null) {
                repeats.add(event.message());
            }
        }
        List<PreparedEvent> batch = new ArrayList<>(unique.values());
        if (commitWithRetry(batch)) {
            repeats.forEach(Message::ack);
            return;
        }
        for (PreparedEvent single : batch) {
            if (batch.size() == 1 || !commitWithRetry(List.of(single))) {
                single.message().nack(new IllegalStateException("entry could not be committed"));
            }
        }
        repeats.forEach(m -> m.nack(new IllegalStateException("entry could not be committed")));
    }

    private boolean commitWithRetry(List<PreparedEvent> batch) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                commit(batch);
                return true;
            } catch (RuntimeException e) {
                LOG.warnf(e, "audit batch of %d failed (attempt %d of %d)", batch.size(), attempt, ATTEMPTS);
                sleep(Duration.ofMillis(250L << attempt));
            }
        }
        return false;
    }

    private void commit(List<PreparedEvent> batch) {
        Instant recordedAt = clock.instant();
        List<byte[]> leaves = QuarkusTransaction.requiringNew().call(() -> {
            Set<String> existing = repository.existingKeys(batch.stream().map(p -> p.entry().source).toList(),
                    batch.stream().map(p -> p.entry().eventId).toList());
            List<AuditEntry> entries = new ArrayList<>(batch.size());
            long seq = nextSeq;
            for (PreparedEvent event : batch) {
                if (!existing.contains(event.key())) {
                    AuditEntry entry = EntryFactory.seal(event.entry(), seq++, recordedAt);
                    entry.leafMac = macs.mac(entry.leafHash);
                    entries.add(entry);
                }
            }
            repository.insertAll(entries);
            return entries.stream().map(e -> e.leafHash).toList();
        });
        tree.append(leaves);
        nextSeq += leaves.size();
        batch.forEach(event -> event.message().ack());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
