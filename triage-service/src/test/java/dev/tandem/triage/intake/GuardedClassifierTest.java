package dev.tandem.triage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.triage.TriageConfig;
import dev.tandem.triage.classify.Classification;
import dev.tandem.triage.classify.Classifier;
import dev.tandem.triage.classify.Intent;
import dev.tandem.triage.classify.MessageText;
import dev.tandem.triage.classify.Urgency;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The classifier guard turns errors and slowness into "no classification", which the policy fails safe on. */
class GuardedClassifierTest {

    private static final MessageText TEXT = new MessageText("Hi", "where is my order?", "en");
    private static final Classification READING = new Classification(Intent.ORDER_STATUS, 0.9, List.of(), 0.1,
            Urgency.NORMAL, List.of(), 0.9, "en");

    @Test
    void shouldPassThroughAClassification() {
        GuardedClassifier.Classified result = guard(text -> READING).classify(TEXT).join();
        assertThat(result.classification()).isEqualTo(READING);
        assertThat(result.failure()).isNull();
    }

    @Test
    void shouldReportAnErrorAsFailure() {
        GuardedClassifier.Classified result = guard(text -> {
            throw new IllegalStateException("lexicon broken");
        }).classify(TEXT).join();
        assertThat(result.classification()).isNull();
        assertThat(result.failure()).contains("classifier error");
    }

    @Test
    void shouldGiveUpAfterTheTimeout() {
        GuardedClassifier.Classified result = guard(text -> {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return READING;
        }).classify(TEXT).join();
        assertThat(result.classification()).isNull();
        assertThat(result.failure()).isEqualTo("classifier timed out");
    }

    @Test
    void shouldRunAClassifierThatOnlyComputesOnTheCallersThread() {
        Thread caller = Thread.currentThread();
        Thread[] ranOn = {null};
        GuardedClassifier.Classified result = guard(true, text -> {
            ranOn[0] = Thread.currentThread();
            return READING;
        }).classify(TEXT).getNow(null);
        assertThat(result).isNotNull();
        assertThat(result.classification()).isEqualTo(READING);
        assertThat(ranOn[0]).isSameAs(caller);
    }

    @Test
    void shouldDiscardAnInlineResultThatCameAfterTheTimeout() {
        GuardedClassifier.Classified result = guard(true, text -> {
            long until = System.nanoTime() + 150_000_000L; // busy, as a slow regex would be
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return READING;
        }).classify(TEXT).join();
        assertThat(result.classification()).isNull();
        assertThat(result.failure()).isEqualTo("classifier timed out");
    }

    @Test
    void shouldReportAnInlineErrorAsFailure() {
        GuardedClassifier.Classified result = guard(true, text -> {
            throw new IllegalStateException("lexicon broken");
        }).classify(TEXT).join();
        assertThat(result.classification()).isNull();
        assertThat(result.failure()).isEqualTo("classifier error: IllegalStateException");
    }

    @Test
    void shouldNotMakeTheCallerWaitForAClassifierOnItsOwnThreads() {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<GuardedClassifier.Classified> result = guard(text -> {
            await(release);
            return READING;
        }).classify(TEXT);
        assertThat(result).isNotDone();
        release.countDown();
        assertThat(result.join().classification()).isEqualTo(READING);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static GuardedClassifier guard(Function<MessageText, Classification> behaviour) {
        return guard(false, behaviour);
    }

    private static GuardedClassifier guard(boolean computesOnly, Function<MessageText, Classification> behaviour) {
        Classifier classifier = new Classifier() {
            @Override
            public boolean computesOnly() {
                return computesOnly;
            }

            @Override
            public String id() {
                return "test-1";
            }

            @Override
            public String lexiconVersion() {
                return "test";
            }

            @Override
            public Classification classify(MessageText message) {
                return behaviour.apply(message);
            }
        };
        return new GuardedClassifier(classifier, new TestConfig());
    }

    /** Only the settings the guard reads. */
    private static final class TestConfig implements TriageConfig {
        @Override
        public String pseudonymKey() {
            return "k";
        }

        @Override
        public Duration classifierTimeout() {
            return Duration.ofMillis(100);
        }

        @Override
        public int classifierThreads() {
            return 2;
        }

        @Override
        public int replayDefaultLastN() {
            return 500;
        }

        @Override
        public int replayMaxMessages() {
            return 1000;
        }

        @Override
        public String templatesRefresh() {
            return "30s";
        }

        @Override
        public String policyRefresh() {
            return "5s";
        }

        @Override
        public Intake intake() {
            return null;
        }

        @Override
        public Sla sla() {
            return null;
        }
    }
}
