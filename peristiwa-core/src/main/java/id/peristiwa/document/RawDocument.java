package id.peristiwa.document;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One document as ingestion found it, before any interpretation: either undecoded {@code bytes} (a page from
 * disk, a WARC record, a URL) or already-decoded {@code text} (a JSON Lines field), never both.
 *
 * @param origin      a human-readable name for messages: a path, {@code path#line}, a WARC record's URI
 * @param url         the page's address when known, else null
 * @param path        the local file (or container file) it was read from, else null
 * @param contentType what the content is
 * @param bytes       raw bytes, or null when {@code text} is given
 * @param text        decoded text, or null when {@code bytes} are given
 * @param headers     HTTP response headers (lower-case names) when the document came over HTTP or from a WARC
 * @param fetchedAt   when it was fetched or read, else null
 * @param fields      metadata supplied alongside the content (e.g. JSON Lines {@code title}, {@code date}),
 *                    keyed by Peristiwa's names: title, date, url, outlet, section, author
 */
public record RawDocument(
        String origin,
        String url,
        String path,
        ContentType contentType,
        byte[] bytes,
        String text,
        Map<String, String> headers,
        Instant fetchedAt,
        Map<String, String> fields) {

    public RawDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(contentType, "contentType");
        if ((bytes == null) == (text == null)) {
            throw new IllegalArgumentException("a RawDocument holds either bytes or text: " + origin);
        }
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** A page of HTML bytes read from a local file or a stream. */
    public static RawDocument html(String origin, byte[] bytes) {
        return new RawDocument(origin, null, origin, ContentType.HTML, bytes, null, Map.of(), null, Map.of());
    }

    /** Text already decoded, as captured from a web page (site chrome and all). */
    public static RawDocument text(String origin, String text) {
        return new RawDocument(origin, null, origin, ContentType.TEXT, null, text, Map.of(), null, Map.of());
    }

    /** The HTTP header value for a lower-case name, or null. */
    public String header(String name) {
        return headers.get(name);
    }

    /** The supplied metadata field, or null. */
    public String field(String name) {
        return fields.get(name);
    }

    /** Size of the content in bytes (text counts as UTF-16 chars times two, an upper bound good for limits). */
    public long size() {
        return bytes != null ? bytes.length : 2L * text.length();
    }
}
