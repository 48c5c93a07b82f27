package id.peristiwa.ingest;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects an HTTP response body up to the size limit and cancels the transfer as soon as it grows past it, so
 * that a huge or endless response costs at most the limit in memory. A subscriber told not to read cancels at
 * once (error responses, bodies whose declared length is already too large).
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<BoundedBodySubscriber.Body> {

    /**
     * What was received.
     *
     * @param bytes    the complete body, or null when it was not read or was too large
     * @param tooLarge whether the transfer was cut because it grew past the limit
     */
    record Body(byte[] bytes, boolean tooLarge) {
    }

    private final SizeLimit limit;
    private final boolean read;
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    BoundedBodySubscriber(SizeLimit limit, boolean read) {
        this.limit = limit;
        this.read = read;
    }

    @Override
    public CompletionStage<Body> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (read) {
            s.request(1);
        } else {
            s.cancel();
            result.complete(new Body(null, false));
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            if (limit.exceededBy((long) received.size() + b.remaining())) {
                subscription.cancel();
                result.complete(new Body(null, true));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            received.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(new Body(received.toByteArray(), false));
    }
}
