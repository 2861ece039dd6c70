package vn.cchc.kpi.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;

class EvaluationThreadsTest {

    /** A mock, not an anonymous class: Quarkus would take the latter's validation annotations for a bean's. */
    private static EvaluationConfig config(int batches, Duration wait) {
        EvaluationConfig c = mock(EvaluationConfig.class);
        when(c.parallelism()).thenReturn(2);
        when(c.minUnitsPerRange()).thenReturn(1);
        when(c.concurrentBatches()).thenReturn(batches);
        when(c.queueTimeout()).thenReturn(wait);
        return c;
    }

    @Test
    void aBatchBeyondTheLimitWaitsItsTurnThenIs429() throws Exception {
        EvaluationThreads threads = new EvaluationThreads(config(1, Duration.ofMillis(200)));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> threads.inTurn(() -> {
            running.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }));
        running.await(5, TimeUnit.SECONDS);
        ProblemException busy = assertThrows(ProblemException.class, () -> threads.inTurn(() -> "second"));
        assertEquals(ProblemType.TOO_MANY_REQUESTS, busy.type());
        release.countDown();
        assertEquals("first", first.get(5, TimeUnit.SECONDS));
        // the turn is given back, also after a failure
        assertThrows(IllegalStateException.class, () -> threads.inTurn(() -> {
            throw new IllegalStateException("database down");
        }));
        assertEquals("third", threads.inTurn(() -> "third"));
        threads.stop();
    }

    @Test
    void aFailingRangeFailsTheWholeAndEveryRangeRunsOnce() {
        EvaluationThreads threads = new EvaluationThreads(config(2, Duration.ofSeconds(1)));
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        threads.forEach(List.of("a", "b", "c"), seen::add);
        assertEquals(java.util.Set.of("a", "b", "c"), seen);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> threads.forEach(List.of("a", "b"), p -> {
            if (p.equals("b")) {
                throw new IllegalStateException("reading the measurements failed");
            }
        }));
        assertEquals("reading the measurements failed", e.getMessage());
        threads.stop();
    }
}
