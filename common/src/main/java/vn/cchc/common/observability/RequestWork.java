package vn.cchc.common.observability;

import io.opentelemetry.context.Context;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jboss.logging.MDC;

/**
 * Part of a request's work handed to a thread of the service's own (a batch evaluation's unit list, a
 * consolidation's evaluations read while its tasks are): it keeps the request's tracing context and logs
 * with the request's {@code X-Request-Id}. It does not carry the request context (CDI request scope, the
 * incoming headers): what runs there must be given what it needs, e.g. the caller's token explicitly.
 */
public final class RequestWork {

    private RequestWork() {
    }

    /**
     * @param name    prefix of the threads' names, e.g. {@code kpi-evaluation} (threads {@code kpi-evaluation-1}, …)
     * @param threads how many
     * @return a fixed pool of daemon threads (they never keep the JVM from stopping); shut it down with its owner
     */
    public static ExecutorService pool(String name, int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param work what to compute on another thread
     * @param pool the threads to run it on
     * @param <T>  its result
     * @return its result to {@link #join}
     */
    public static <T> CompletableFuture<T> start(Supplier<T> work, Executor pool) {
        return CompletableFuture.supplyAsync(carried(work), Context.current().wrap(pool));
    }

    /**
     * @param work what a pool thread will run for the current request
     * @param <T>  its result
     * @return the same work, run with this request's id in the logging MDC (the tracing context is the
     *         executor's to carry: {@link Context#wrap(Executor)})
     */
    public static <T> Supplier<T> carried(Supplier<T> work) {
        Object rid = MDC.get(RequestIds.MDC_KEY);
        if (rid == null) {
            return work;
        }
        return () -> {
            MDC.put(RequestIds.MDC_KEY, rid);
            try {
                return work.get();
            } finally {
                MDC.remove(RequestIds.MDC_KEY);
            }
        };
    }

    /**
     * @param started what {@link #start} returned
     * @param <T>     its result
     * @return its result
     * @throws RuntimeException what the work threw, as it threw it (a {@code ProblemException} stays one)
     */
    public static <T> T join(CompletableFuture<T> started) {
        try {
            return started.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
