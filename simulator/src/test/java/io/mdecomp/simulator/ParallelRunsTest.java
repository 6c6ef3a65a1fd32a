package io.mdecomp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Independent runs on threads come back in order, and the first failure in order is the one thrown. */
class ParallelRunsTest {

    /** Tasks that finish in a scrambled order: task i sleeps a seeded, random few microseconds. */
    private static String slowTask(int i) {
        LockSupport.parkNanos(new SplittableRandom(i).nextLong(20_000));
        return "run " + i;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8})
    void resultsComeBackInIndexOrderWhateverTheThreads(int threads) {
        List<Integer> handed = new ArrayList<>();
        List<String> results = new ArrayList<>();
        ParallelRuns.forEachInOrder(50, threads, ParallelRunsTest::slowTask, (index, result) -> {
            handed.add(index);
            results.add(result);
        });
        assertThat(handed).containsExactlyElementsOf(IntStream.range(0, 50).boxed().toList());
        assertThat(results).containsExactlyElementsOf(IntStream.range(0, 50).mapToObj(i -> "run " + i).toList());
        assertThat(ParallelRuns.map(7, threads, ParallelRunsTest::slowTask)).hasSize(7).startsWith("run 0");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void theFirstFailureInOrderIsThrownAfterTheResultsBeforeIt(int threads) {
        List<Integer> handed = new ArrayList<>();
        assertThatThrownBy(() -> ParallelRuns.forEachInOrder(20, threads, i -> {
            if (i == 5 || i == 9) {
                throw new IllegalStateException("run " + i + " failed");
            }
            return slowTask(i);
        }, (index, result) -> handed.add(index)))
                .isInstanceOf(IllegalStateException.class).hasMessage("run 5 failed");
        assertThat(handed).containsExactly(0, 1, 2, 3, 4);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void noTasksGiveNoResults(int threads) {
        assertThat(ParallelRuns.map(0, threads, ParallelRunsTest::slowTask)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void fewerThanOneThreadIsRefused(int threads) {
        assertThatThrownBy(() -> ParallelRuns.map(3, threads, ParallelRunsTest::slowTask))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads must be at least 1");
    }
}
