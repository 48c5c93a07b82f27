package id.peristiwa.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Decides an input's format from its file name, or, when the name says nothing, from its first bytes. */
final class FormatSniffer {

    private FormatSniffer() {
    }

    /** The format a file name promises, or null when it must be sniffed (unknown extension, {@code .xml}). */
    static Format byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (name.endsWith(".txt")) {
            return Format.TEXT;
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return Format.WARC;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")
                || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson.gz")) {
            return Format.JSON_LINES;
        }
        if (name.endsWith(".rss") || name.endsWith(".atom")) {
            return Format.FEED;
        }
        return null;
    }

    /**
     * The format the leading bytes look like. With {@code xmlExpected} (a {@code .xml} file) markup that is
     * neither a feed nor an HTML page is reported as {@link Format#OTHER_XML} rather than taken for HTML.
     */
    static Format sniff(byte[] head, boolean xmlExpected) {
        if (isGzip(head)) {
            return sniffGzipped(head);
        }
        String start = leadingText(head).stripLeading();
        if (start.startsWith("WARC/")) {
            return Format.WARC;
        }
        if (start.startsWith("{")) {
            return Format.JSON_LINES;
        }
        if (start.startsWith("<")) {
            return sniffMarkup(start.toLowerCase(Locale.ROOT), xmlExpected);
        }
        return xmlExpected ? Format.OTHER_XML : Format.TEXT;
    }

    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    private static Format sniffGzipped(byte[] head) {
        byte[] inner = new byte[64];
        int n = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            int r;
            while (n < inner.length && (r = in.read(inner, n, inner.length - n)) > 0) {
                n += r;
            }
        } catch (IOException truncatedHead) {
            // Only the first compressed bytes were given; whatever inflated before the cut is enough to decide.
        }
        String start = new String(inner, 0, n, StandardCharsets.ISO_8859_1).stripLeading();
        if (start.startsWith("WARC/")) {
            return Format.WARC;
        }
        return start.startsWith("{") ? Format.JSON_LINES : Format.OTHER_GZIP;
    }

    /** The head as text good enough for matching ASCII markers; a UTF-16 byte order mark is honoured. */
    private static String leadingText(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        }
        boolean utf8Bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        int from = utf8Bom ? 3 : 0;
        return new String(head, from, head.length - from, StandardCharsets.ISO_8859_1);
    }

    private static Format sniffMarkup(String s, boolean xmlExpected) {
        boolean prolog = false;
        int i = 0;
        while (true) {
            i = skipWhitespace(s, i);
            if (s.startsWith("<?", i)) {
                prolog |= s.startsWith("<?xml", i);
                i = after(s, i, "?>");
            } else if (s.startsWith("<!--", i)) {
                i = after(s, i, "-->");
            } else {
                break;
            }
            if (i < 0) {
                return xmlExpected || prolog ? Format.OTHER_XML : Format.HTML;
            }
        }
        if (s.startsWith("<!doctype html", i) || s.startsWith("<html", i)) {
            return Format.HTML;
        }
        if (s.startsWith("<rss", i) || s.startsWith("<feed", i) || s.startsWith("<rdf:rdf", i)) {
            return Format.FEED;
        }
        if (s.startsWith("<!doctype", i)) {
            i = skipWhitespace(s, after(s, i, ">"));
            if (i >= 0 && (s.startsWith("<rss", i) || s.startsWith("<feed", i))) {
                return Format.FEED;
            }
        }
        // A fragment such as <div> or <p> is HTML; an XML document with some other root element is not.
        return xmlExpected || prolog ? Format.OTHER_XML : Format.HTML;
    }

    private static int skipWhitespace(String s, int i) {
        if (i < 0) {
            return i;
        }
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int after(String s, int from, String end) {
        int at = s.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }
}
