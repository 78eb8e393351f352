package dev.tandem.triage.intake;

import dev.tandem.triage.TriageConfig;
import dev.tandem.triage.classify.Classification;
import dev.tandem.triage.classify.Classifier;
import dev.tandem.triage.classify.MessageText;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs the classifier with a time limit and an exception guard. Whatever goes wrong, the caller gets a
 * {@link Classified} without a classification and with the reason, and the policy fails safe on it.
 */
@ApplicationScoped
class GuardedClassifier {

    private static final Logger LOG = Logger.getLogger(GuardedClassifier.class);

    /** A classification, or the reason there is none. */
    record Classified(Classification classification, String failure) {
    }

    private final Classifier classifier;
    private final long timeoutNanos;
    private final ThreadPoolExecutor pool;

    GuardedClassifier(Classifier classifier, TriageConfig config) {
        this.classifier = classifier;
        this.timeoutNanos = config.classifierTimeout().toNanos();
        AtomicInteger n = new AtomicInteger();
        int threads = config.classifierThreads();
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1024),
                r -> {
                    Thread t = new Thread(r, "classifier-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    String id() {
        return classifier.id();
    }

    String lexiconVersion() {
        return classifier.lexiconVersion();
    }

    Classified classify(MessageText text) {
        Future<Classification> future;
        try {
            future = CompletableFuture.supplyAsync(() -> classifier.classify(text), pool);
        } catch (RejectedExecutionException e) {
            return new Classified(null, "classifier overloaded");
        }
        try {
            Classification result = future.get(timeoutNanos, TimeUnit.NANOSECONDS);
            return result == null ? new Classified(null, "classifier returned nothing") : new Classified(result, null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Classified(null, "classifier timed out");
        } catch (ExecutionException e) {
            LOG.warnf(e.getCause(), "classifier failed");
            return new Classified(null, "classifier error: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Classified(null, "classification interrupted");
        }
    }

    void stop(@Observes ShutdownEvent event) {
        pool.shutdownNow();
    }
}
