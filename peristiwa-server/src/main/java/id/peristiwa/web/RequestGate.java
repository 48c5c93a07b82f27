package id.peristiwa.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;

/**
 * Lets API requests do their work a few at a time, in the order they arrived. Every API answer is CPU work
 * (Lucene, DuckDB, JSON), so running more of them at once than there are cores only makes each slower; and
 * Jetty, left to itself with few threads, serves some keep-alive connections again and again while others
 * wait. Jetty reads every request on a thread of its own, and this fair gate queues them first come, first
 * served. Thread-safe.
 */
final class RequestGate {
    private final Semaphore permits;

    private RequestGate(int permits) {
        this.permits = new Semaphore(permits, true);
    }

    /** A gate with one place per core this JVM may use. */
    static RequestGate perCore() {
        return new RequestGate(Runtime.getRuntime().availableProcessors());
    }

    /** A handler that waits its turn at the gate, then runs {@code handler}. */
    Handler around(Handler handler) {
        return ctx -> handle(handler, ctx);
    }

    private void handle(Handler handler, Context ctx) throws Exception {
        permits.acquire();
        try {
            handler.handle(ctx);
        } finally {
            permits.release();
        }
    }
}
