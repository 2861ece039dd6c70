package vn.cchc.common.problem;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Heavy requests taking turns: at most {@code size} at once, the others waiting in arrival order up to
 * {@code wait}, then refused with 429 (Retry-After, by the problem mapper) — so that a burst of them
 * cannot take a service's heap or connection pool from every other request. kpi-service's batch
 * evaluations and plan-service's target digests use it.
 */
public final class Turns {

    private final Semaphore permits;
    private final Duration wait;
    private final String busy;

    /**
     * @param size how many at once
     * @param wait how long one waits for its turn
     * @param busy what is going on when all turns are taken, for the 429's detail, e.g. "kpi-service is
     *             already evaluating 2 batches"
     */
    public Turns(int size, Duration wait, String busy) {
        this.permits = new Semaphore(size, true);
        this.wait = wait;
        this.busy = busy;
    }

    /**
     * Waits for a turn; give it back with {@link #release} exactly once.
     *
     * @throws ProblemException 429 when no turn came within the wait
     */
    public void take() {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a turn", e);
        }
        if (!acquired) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, busy + " and this request waited " + wait.toSeconds()
                    + " s for its turn; retry in a few seconds");
        }
    }

    /** Gives a turn back. */
    public void release() {
        permits.release();
    }

    /**
     * Waits for a turn held beyond the call that takes it, e.g. until a streamed answer has been written.
     *
     * @param ended where to hand the release, e.g. to run it when the request has ended or its connection
     *              closed ({@code RoutingContext::addEndHandler}); the caller may also run it earlier, e.g.
     *              when no answer will be written
     * @return the release, idempotent: the turn is given back once, whoever runs it first
     * @throws ProblemException 429 when no turn came within the wait
     */
    public Runnable take(Consumer<Runnable> ended) {
        take();
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                release();
            }
        };
        ended.accept(release);
        return release;
    }
}
