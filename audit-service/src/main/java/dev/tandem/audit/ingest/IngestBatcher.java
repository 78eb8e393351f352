package dev.tandem.audit.ingest;

import dev.tandem.audit.AuditConfig;
import dev.tandem.audit.log.LogTree;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * A pipeline in front of the log's single writer. A dispatcher cuts received messages into chunks in
 * delivery order; two workers parse and encrypt chunks in parallel (malformed messages are nacked to the
 * DLQ); the writer takes the chunks in the same order, up to {@code batch-size} events or whatever arrived
 * within {@code max-wait}, and lets {@link IngestWriter} commit them in one transaction. Everything in flight
 * is bounded by the channel's {@code max-outstanding-messages}.
 */
@ApplicationScoped
class IngestBatcher {

    private static final Logger LOG = Logger.getLogger(IngestBatcher.class);
    private static final int WORKERS = 2;
    private static final int CHUNK = 200;

    private final BlockingQueue<Message<?>> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<CompletableFuture<List<PreparedEvent>>> chunks = new LinkedBlockingQueue<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, runnable -> {
        Thread thread = new Thread(runnable, "audit-ingest-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final IngestWriter writer;
    private final EntryFactory factory;
    private final LogTree tree;
    private final int batchSize;
    private final long maxWaitNanos;
    private volatile boolean running;
    private final List<Thread> threads = new ArrayList<>();

    IngestBatcher(IngestWriter writer, EntryFactory factory, LogTree tree, AuditConfig config) {
        this.writer = writer;
        this.factory = factory;
        this.tree = tree;
        this.batchSize = config.ingest().batchSize();
        this.maxWaitNanos = config.ingest().maxWait().toNanos();
    }

    void start(@Observes @Priority(100) StartupEvent event) {
        writer.startAt(tree.rebuild());
        running = true;
        threads.add(start("audit-ingest-prepare", this::prepareLoop));
        threads.add(start("audit-ingest-writer", this::writeLoop));
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        workers.shutdown();
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    void submit(Message<?> message) {
        received.add(message);
    }

    private void prepareLoop() {
        while (running) {
            try {
                Message<?> first = received.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Message<?>> chunk = new ArrayList<>(CHUNK);
                chunk.add(first);
                received.drainTo(chunk, CHUNK - 1);
                chunks.add(CompletableFuture.supplyAsync(() -> prepare(chunk), workers));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<PreparedEvent> prepare(List<Message<?>> chunk) {
        List<PreparedEvent> prepared = new ArrayList<>(chunk.size());
        for (Message<?> message : chunk) {
            try {
                prepared.add(PreparedEvent.of(message, factory));
            } catch (RuntimeException e) {
                LOG.warnf("rejecting malformed event to the dead-letter queue: %s", e.getMessage());
                message.nack(e);
            }
        }
        return prepared;
    }

    private void writeLoop() {
        List<PreparedEvent> batch = new ArrayList<>(batchSize);
        while (running) {
            try {
                CompletableFuture<List<PreparedEvent>> first = chunks.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.addAll(first.join());
                fill(batch);
                if (batch.isEmpty()) {
                    continue;
                }
                writer.write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("audit ingestion batch failed; rejecting its messages", e);
                batch.forEach(p -> p.message().nack(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void fill(List<PreparedEvent> batch) throws InterruptedException {
        long deadline = System.nanoTime() + maxWaitNanos;
        while (batch.size() < batchSize) {
            long left = deadline - System.nanoTime();
            CompletableFuture<List<PreparedEvent>> next = left > 0 ? chunks.poll(left, TimeUnit.NANOSECONDS) : chunks.poll();
            if (next == null) {
                return;
            }
            batch.addAll(next.join());
        }
    }

    private static Thread start(String name, Runnable loop) {
        Thread thread = new Thread(loop, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
