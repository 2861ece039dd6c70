package vn.cchc.kpi.evaluation;

import io.opentelemetry.context.Context;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.cchc.common.observability.RequestWork;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.Turns;

/**
 * The few threads a batch evaluation works on besides the request's own ({@link EvaluationConfig#parallelism()}
 * of them, daemon, named {@code kpi-evaluation-N}): the unit list is read while the targets are, and the
 * ranges of units are read and judged side by side. Work handed over keeps the request's tracing context.
 * Nothing here touches the request context: what runs on these threads is plain JDBC, pure computation,
 * or a REST call given the caller's token explicitly. Batches themselves take turns ({@link #inTurn}): each
 * holds its subtree's targets and answer while it runs, and a burst of national ones would not fit the heap.
 */
@ApplicationScoped
public class EvaluationThreads {

    private final ExecutorService pool;
    private final Turns batches;
    private final EvaluationConfig config;

    public EvaluationThreads(EvaluationConfig config) {
        this.config = config;
        this.batches = new Turns(config.concurrentBatches(), config.queueTimeout(),
                "kpi-service is already evaluating " + config.concurrentBatches() + " batches");
        this.pool = RequestWork.pool("kpi-evaluation", config.parallelism());
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /**
     * Runs one batch evaluation when its turn comes: at most {@link EvaluationConfig#concurrentBatches()}
     * at once, the others waiting in arrival order up to {@link EvaluationConfig#queueTimeout()}.
     *
     * @param batch the evaluation
     * @return its result
     * @throws ProblemException 429 (with Retry-After) when its turn did not come in time
     */
    public <T> T inTurn(Supplier<T> batch) {
        batches.take();
        try {
            return batch.get();
        } finally {
            batches.release();
        }
    }

    /**
     * @param work what to compute on another thread (it logs with this request's id)
     * @return its result to {@link RequestWork#join}
     */
    public <T> CompletableFuture<T> start(Supplier<T> work) {
        return RequestWork.start(work, pool);
    }

    /**
     * Runs the work for each part: the first on this thread, the others on the pool; waits for all. A
     * failure in any part fails the whole, and the other parts are cancelled.
     *
     * @param parts the parts, e.g. {@link UnitRanges#split}
     * @param work  what to do with one part; it may run on several threads at once
     * @throws RuntimeException the first failure, as thrown
     */
    public <P> void forEach(List<P> parts, Consumer<P> work) {
        List<Future<?>> others = new ArrayList<>();
        try {
            for (P part : parts.subList(Math.min(1, parts.size()), parts.size())) {
                Supplier<Void> one = RequestWork.carried(() -> {
                    work.accept(part);
                    return null;
                });
                others.add(pool.submit(Context.current().wrap(one::get)));
            }
            if (!parts.isEmpty()) {
                work.accept(parts.get(0));
            }
            for (Future<?> f : others) {
                f.get();
            }
        } catch (ExecutionException e) {
            others.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            others.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating", e);
        } catch (RuntimeException e) {
            others.forEach(f -> f.cancel(true));
            throw e;
        }
    }
}
