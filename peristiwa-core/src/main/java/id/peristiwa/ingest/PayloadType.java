package id.peristiwa.ingest;

import id.peristiwa.document.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What an HTTP response (fetched live or archived in a WARC) carries, judged from its headers. */
final class PayloadType {

    /**
     * Headers for HTML that ingestion itself turned into UTF-8 bytes (from a JSON string, a feed item): they
     * outrank whatever {@code <meta charset>} the markup still carries when the page is decoded later.
     */
    static final Map<String, String> UTF8_HTML_HEADERS = Map.of("content-type", "text/html; charset=utf-8");

    private PayloadType() {
    }

    /**
     * HTML or TEXT for a page's declared {@code Content-Type}, or null when the payload is something else (an
     * image, a stylesheet, a PDF). Without a declared type the body is sniffed, and only HTML is accepted.
     */
    static ContentType of(String contentTypeHeader, byte[] body) {
        if (contentTypeHeader == null || contentTypeHeader.isBlank()) {
            return FormatSniffer.sniff(body, false) == Format.HTML ? ContentType.HTML : null;
        }
        return switch (baseType(contentTypeHeader)) {
            case "text/html", "application/xhtml+xml" -> ContentType.HTML;
            case "text/plain" -> ContentType.TEXT;
            default -> null;
        };
    }

    /** Whether the declared type is an RSS or Atom feed (or generic XML, which feeds are often served as). */
    static boolean isFeed(String contentTypeHeader) {
        if (contentTypeHeader == null) {
            return false;
        }
        return switch (baseType(contentTypeHeader)) {
            case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
                 "text/xml" -> true;
            default -> false;
        };
    }

    /** HTTP headers with lower-case names; a repeated header's values are joined with ", " as HTTP allows. */
    static Map<String, String> lowerCaseHeaders(Map<String, List<String>> headers) {
        Map<String, String> lower = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (name != null && !name.startsWith(":") && !values.isEmpty()) {
                lower.merge(name.toLowerCase(Locale.ROOT), String.join(", ", values), (a, b) -> a + ", " + b);
            }
        });
        return lower;
    }

    private static String baseType(String contentTypeHeader) {
        return contentTypeHeader.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }
}
