package dev.tandem.triage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.platform.problem.UnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The batching rules, without a database: what callers get back, and when batches are redone. */
class GroupCommitTest {

    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    private final List<Boolean> redone = new CopyOnWriteArrayList<>();
    private GroupCommit<Integer, String> commit;

    @AfterEach
    void stop() {
        if (commit != null) {
            commit.stop(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldStoreWhatQueuedUpMeanwhileInOneBatchAndAnswerEachCaller() throws Exception {
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // the first item is written alone (nothing else waits yet) and holds the writer until released
        commit = start(items -> items.stream().map(i -> "stored " + i).toList(), i -> {
            firstBatchStarted.countDown();
            await(release);
            return "alone " + i;
        });

        List<Future<String>> answers = new ArrayList<>();
        answers.add(commit.submit(0));
        firstBatchStarted.await(5, TimeUnit.SECONDS);
        for (int i = 1; i <= 10; i++) {
            int item = i;
            answers.add(commit.submit(item));
        }
        Thread.sleep(200); // the ten queue up behind the first write
        release.countDown();

        assertThat(answers.get(0).get(5, TimeUnit.SECONDS)).isEqualTo("alone 0");
        for (int i = 1; i <= 10; i++) {
            assertThat(answers.get(i).get(5, TimeUnit.SECONDS)).isEqualTo("stored " + i);
        }
        assertThat(batchSizes).containsExactly(1, 10);
        assertThat(redone).doesNotContain(true);
    }

    @Test
    void shouldRedoFailedBatchItemByItemSoOnlyTheBadItemFails() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        commit = start(items -> {
            if (items.contains(13)) {
                throw new IllegalStateException("batch refused");
            }
            return items.stream().map(i -> "stored " + i).toList();
        }, i -> {
            if (i == 1) {
                await(release); // holds the writer while 2, 13 and 3 queue up
            }
            if (i == 13) {
                throw new IllegalArgumentException("13 is invalid");
            }
            return "alone " + i;
        });

        Future<String> blocker = commit.submit(1);
        Thread.sleep(100);
        Future<String> good = commit.submit(2);
        Future<String> bad = commit.submit(13);
        Future<String> alsoGood = commit.submit(3);
        Thread.sleep(200);
        release.countDown();

        assertThat(blocker.get(5, TimeUnit.SECONDS)).isEqualTo("alone 1");
        assertThat(good.get(5, TimeUnit.SECONDS)).isEqualTo("alone 2");
        assertThat(alsoGood.get(5, TimeUnit.SECONDS)).isEqualTo("alone 3");
        assertThatThrownBy(() -> bad.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("13 is invalid");
        assertThat(batchSizes).containsExactly(1, 3);
        assertThat(redone).containsExactly(false, true);
    }

    @Test
    void shouldRefuseNewItemsAfterStopAsUnavailable() throws Exception {
        commit = start(items -> items.stream().map(String::valueOf).toList(), String::valueOf);
        assertThat(commit.submit(7).get(5, TimeUnit.SECONDS)).isEqualTo("7");
        commit.stop(5, TimeUnit.SECONDS);
        assertThatThrownBy(() -> commit.submit(8).get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(UnavailableException.class)
                .hasMessageContaining("shutting down");
    }

    private GroupCommit<Integer, String> start(Function<List<Integer>, List<String>> batch,
                                               Function<Integer, String> single) {
        return new GroupCommit<>("test", 1, 50, batch, single, (items, oneByOne) -> {
            batchSizes.add(items);
            redone.add(oneByOne);
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
