package dev.tandem.triage.intake;

import dev.tandem.platform.problem.UnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Group commit: callers hand over one item each and get a future; writer threads store whatever has queued up
 * meanwhile (up to {@code maxBatch} items) with one call of {@code batch}, which must be all-or-nothing
 * (one transaction). Under load one commit carries many items; a lone item goes through at once, with
 * no added delay.
 *
 * <p>When a batch fails as a whole (a duplicate key, an unknown reference, anything), every item of it is
 * retried alone with {@code single}, so each caller gets exactly the answer or the exception it would
 * have got without batching.
 */
final class GroupCommit<I, O> {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class);

    private record Pending<I, O>(I item, CompletableFuture<O> result) {
    }

    /** Told about every write: how many items it held, and whether they had to be stored one by one. */
    interface Listener {
        void written(int items, boolean oneByOne);
    }

    private final String name;
    private final int maxBatch;
    private final Function<List<I>, List<O>> batch;
    private final Function<I, O> single;
    private final Listener listener;
    private final BlockingQueue<Pending<I, O>> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running = true;

    GroupCommit(String name, int writers, int maxBatch, Function<List<I>, List<O>> batch, Function<I, O> single,
                Listener listener) {
        if (writers < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("writers and maxBatch must be at least 1");
        }
        this.name = name;
        this.maxBatch = maxBatch;
        this.batch = batch;
        this.single = single;
        this.listener = listener;
        for (int i = 1; i <= writers; i++) {
            Thread t = new Thread(this::drain, name + "-writer-" + i);
            t.setDaemon(true);
            this.writers.add(t);
            t.start();
        }
    }

    /**
     * Queues the item to be stored with whatever else is waiting; the result completes (on a writer
     * thread) with its answer or its exception. After {@link #stop} it fails with {@link UnavailableException}.
     */
    CompletableFuture<O> submit(I item) {
        if (!running) {
            return CompletableFuture.failedFuture(shuttingDown());
        }
        CompletableFuture<O> result = new CompletableFuture<>();
        Pending<I, O> pending = new Pending<>(item, result);
        queue.add(pending);
        if (!running && queue.remove(pending)) {
            // stop() came in between and the writers may be gone; nobody took the item
            return CompletableFuture.failedFuture(shuttingDown());
        }
        return result;
    }

    private UnavailableException shuttingDown() {
        return new UnavailableException("The service is shutting down; send the request again.");
    }

    /** Stops taking new items, finishes what is queued and waits for the writers (at most {@code timeout}). */
    void stop(long timeout, TimeUnit unit) {
        running = false;
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (Thread t : writers) {
            try {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void drain() {
        List<Pending<I, O>> taken = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending<I, O> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                taken.add(first);
                queue.drainTo(taken, maxBatch - 1);
                write(taken);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) {
                // never lose a writer thread, and never leave a caller waiting
                LOG.errorf(e, "%s writer failed", name);
                taken.forEach(p -> p.result().completeExceptionally(e));
            } finally {
                taken.clear();
            }
        }
    }

    private void write(List<Pending<I, O>> taken) {
        if (taken.size() > 1) {
            List<O> results;
            try {
                results = batch.apply(taken.stream().map(Pending::item).toList());
            } catch (RuntimeException | LinkageError e) {
                LOG.debugf("%s batch of %d failed (%s); storing its items one by one", name, taken.size(), e);
                results = null;
            }
            if (results != null) {
                for (int i = 0; i < taken.size(); i++) {
                    taken.get(i).result().complete(results.get(i));
                }
                listener.written(taken.size(), false);
                return;
            }
        }
        listener.written(taken.size(), taken.size() > 1);
        for (Pending<I, O> p : taken) {
            try {
                p.result().complete(single.apply(p.item()));
            } catch (Throwable e) {
                p.result().completeExceptionally(e);
            }
        }
    }
}
