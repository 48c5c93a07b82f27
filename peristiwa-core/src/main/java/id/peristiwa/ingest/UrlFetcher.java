package id.peristiwa.ingest;

import id.peristiwa.document.ContentType;
import id.peristiwa.document.RawDocument;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one http(s) URL: redirects are followed, the whole response must arrive within the read timeout, at
 * most the size limit is read, and the declared content type decides between an HTML page, a text page and a
 * feed. Every failure (refused connection, timeout, error status) becomes an UNREADABLE skip naming the URL.
 */
final class UrlFetcher {

    private static final String ACCEPT =
            "text/html,application/xhtml+xml,text/plain;q=0.9,application/rss+xml;q=0.8,application/atom+xml;q=0.8,"
                    + "*/*;q=0.5";

    private final IngestOptions options;
    private final SizeLimit limit;
    private final ContentGate gate;
    private final FeedReader feeds;

    UrlFetcher(IngestOptions options, SizeLimit limit, ContentGate gate, FeedReader feeds) {
        this.options = options;
        this.limit = limit;
        this.gate = gate;
        this.feeds = feeds;
    }

    /** Whether an input names a URL this fetcher reads. */
    static boolean isUrl(String input) {
        String lower = input.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The documents at {@code url}: one page, a feed's items, or one skip. */
    ItemCursor fetch(String url) throws IOException {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return skip(url, SkipReason.UNREADABLE, "not a valid URL: " + e.getMessage());
        }
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        try {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(options.readTimeout())
                    .header("User-Agent", options.userAgent())
                    .header("Accept", ACCEPT)
                    .GET()
                    .build();
            CompletableFuture<HttpResponse<BoundedBodySubscriber.Body>> pending = client.sendAsync(request,
                    info -> new BoundedBodySubscriber(limit, isSuccess(info.statusCode())
                            && !limit.exceededBy(info.headers().firstValueAsLong("content-length").orElse(-1))));
            Duration deadline = options.connectTimeout().plus(options.readTimeout());
            HttpResponse<BoundedBodySubscriber.Body> response;
            try {
                response = pending.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                pending.cancel(true);
                return skip(url, SkipReason.UNREADABLE, "no complete response within " + deadline.toSeconds() + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pending.cancel(true);
                return skip(url, SkipReason.UNREADABLE, "interrupted while fetching");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                return skip(url, SkipReason.UNREADABLE, "fetch failed: " + GuardedCursor.message(cause));
            }
            return ItemCursor.of(interpret(url, response));
        } finally {
            client.shutdownNow();
        }
    }

    private List<Ingested> interpret(String url, HttpResponse<BoundedBodySubscriber.Body> response)
            throws IOException {
        int status = response.statusCode();
        if (!isSuccess(status)) {
            return List.of(new Ingested.Skipped(url, SkipReason.UNREADABLE, "HTTP status " + status));
        }
        long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
        if (limit.exceededBy(declared)) {
            return List.of(new Ingested.Skipped(url, SkipReason.TOO_LARGE, limit.describeExcess(declared)));
        }
        BoundedBodySubscriber.Body body = response.body();
        if (body.tooLarge()) {
            return List.of(new Ingested.Skipped(url, SkipReason.TOO_LARGE, limit.describeUnknownExcess()));
        }
        byte[] bytes = body.bytes();
        String contentType = response.headers().firstValue("content-type").orElse(null);
        ContentType type = PayloadType.of(contentType, bytes);
        if (type != null) {
            Map<String, String> headers = PayloadType.lowerCaseHeaders(response.headers().map());
            return List.of(gate.admit(new RawDocument(url, response.uri().toString(), null, type, bytes, null,
                    headers, Instant.now(), Map.of())));
        }
        if (PayloadType.isFeed(contentType) || FormatSniffer.sniff(bytes, false) == Format.FEED) {
            return feeds.items(bytes, url, null);
        }
        return List.of(new Ingested.Skipped(url, SkipReason.UNSUPPORTED, "content type " + contentType));
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status <= 299;
    }

    private static ItemCursor skip(String url, SkipReason reason, String detail) {
        return ItemCursor.of(new Ingested.Skipped(url, reason, detail));
    }
}
