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
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs the classifier with a time limit and an exception guard. Whatever goes wrong, the caller gets a
 * {@link Classified} without a classification and with the reason, and the policy fails safe on it.
 *
 * <p>A classifier that {@linkplain Classifier#computesOnly() only computes} runs on the caller's thread,
 * with no hand-over to another thread; its result counts only if it came within the time limit. Any
 * other runs on this guard's threads, and the caller gets a future that the time limit completes.
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

    CompletableFuture<Classified> classify(MessageText text) {
        if (classifier.computesOnly()) {
            return CompletableFuture.completedFuture(here(text));
        }
        CompletableFuture<Classification> future;
        try {
            future = CompletableFuture.supplyAsync(() -> classifier.classify(text), pool);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(new Classified(null, "classifier overloaded"));
        }
        return future.orTimeout(timeoutNanos, TimeUnit.NANOSECONDS).handle((result, error) -> {
            if (error == null) {
                return of(result);
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            return cause instanceof TimeoutException ? timedOut() : failed(cause);
        });
    }

    private Classified here(MessageText text) {
        long start = System.nanoTime();
        Classification result;
        try {
            result = classifier.classify(text);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(e);
        }
        return System.nanoTime() - start > timeoutNanos ? timedOut() : of(result);
    }

    private static Classified of(Classification result) {
        return result == null ? new Classified(null, "classifier returned nothing") : new Classified(result, null);
    }

    private static Classified timedOut() {
        return new Classified(null, "classifier timed out");
    }

    private static Classified failed(Throwable e) {
        LOG.warnf(e, "classifier failed");
        return new Classified(null, "classifier error: " + e.getClass().getSimpleName());
    }

    void stop(@Observes ShutdownEvent event) {
        pool.shutdownNow();
    }
}
