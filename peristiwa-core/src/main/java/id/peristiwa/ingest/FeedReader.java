package id.peristiwa.ingest;

import id.peristiwa.document.ContentType;
import id.peristiwa.document.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed: every item or entry with content becomes an HTML document whose
 * url is the item's link, with its title and date as fields. A whole feed is a single document for the size
 * limit, since it is parsed in memory.
 */
final class FeedReader {

    private final SizeLimit limit;
    private final ContentGate gate;

    FeedReader(SizeLimit limit, ContentGate gate) {
        this.limit = limit;
        this.gate = gate;
    }

    /** The feed's items from a file or stream. */
    ItemCursor open(Source source) throws IOException {
        Source.Whole whole = source.readWithin(limit);
        if (whole.tooLarge() != null) {
            return ItemCursor.of(whole.tooLarge());
        }
        return ItemCursor.of(items(whole.bytes(), source.origin(), source.pathText()));
    }

    /**
     * The items of a feed already in memory, or a single skip when the bytes are not a feed or it has no items.
     * The feed's charset comes from its byte order mark or XML declaration.
     */
    List<Ingested> items(byte[] bytes, String origin, String path) throws IOException {
        String binary = BinaryDetector.whyBinary(bytes);
        if (binary != null) {
            return List.of(new Ingested.Skipped(origin, SkipReason.BINARY, binary));
        }
        Document xml = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.xmlParser());
        Element root = xml.children().isEmpty() ? null : xml.child(0);
        String rootName = root == null ? "" : root.tagName().toLowerCase(Locale.ROOT);
        boolean atom = rootName.equals("feed");
        if (!atom && !rootName.equals("rss") && !rootName.equals("rdf:rdf")) {
            return List.of(new Ingested.Skipped(origin, SkipReason.UNSUPPORTED,
                    "not an RSS or Atom feed" + (rootName.isEmpty() ? "" : " (root element <" + rootName + ">)")));
        }
        List<Element> entries = root.getElementsByTag(atom ? "entry" : "item");
        if (entries.isEmpty()) {
            return List.of(new Ingested.Skipped(origin, SkipReason.EMPTY, "feed has no items"));
        }
        List<Ingested> items = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String itemOrigin = origin + "#" + (i + 1);
            items.add(atom ? entry(entries.get(i), itemOrigin, path) : item(entries.get(i), itemOrigin, path));
        }
        return items;
    }

    private Ingested item(Element item, String origin, String path) {
        String link = text(child(item, "link"));
        if (link == null) {
            Element guid = child(item, "guid");
            if (guid != null && !"false".equalsIgnoreCase(guid.attr("isPermaLink"))) {
                link = text(guid);
            }
        }
        Element content = child(item, "content:encoded", "description");
        return document(origin, path, link, text(child(item, "title")),
                text(child(item, "pubdate", "dc:date")), text(child(item, "author", "dc:creator")),
                ContentType.HTML, text(content));
    }

    private Ingested entry(Element entry, String origin, String path) {
        String link = null;
        for (Element candidate : entry.children()) {
            String rel = candidate.attr("rel");
            if (candidate.tagName().equalsIgnoreCase("link") && (rel.isEmpty() || rel.equals("alternate"))) {
                link = candidate.attr("href").isBlank() ? null : candidate.attr("href").trim();
                break;
            }
        }
        Element content = child(entry, "content", "summary");
        String type = content == null ? "" : content.attr("type").toLowerCase(Locale.ROOT);
        // type="xhtml" content is inline markup; "html" (and, in practice, a missing type) is escaped HTML; only
        // an explicit type="text" promises plain text.
        String body = type.equals("xhtml") ? content.html() : text(content);
        ContentType kind = type.equals("text") ? ContentType.TEXT : ContentType.HTML;
        Element author = child(entry, "author");
        return document(origin, path, link, text(child(entry, "title")), text(child(entry, "published", "updated")),
                author == null ? null : text(child(author, "name")), kind, body);
    }

    private Ingested document(String origin, String path, String link, String title, String date, String author,
                              ContentType kind, String body) {
        if (body == null || body.isBlank()) {
            return new Ingested.Skipped(origin, SkipReason.EMPTY, "feed item has no content");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        putIfPresent(fields, "title", title);
        putIfPresent(fields, "date", date);
        putIfPresent(fields, "url", link);
        putIfPresent(fields, "author", author);
        RawDocument candidate = kind == ContentType.HTML
                ? new RawDocument(origin, link, path, kind, body.getBytes(StandardCharsets.UTF_8), null,
                        PayloadType.UTF8_HTML_HEADERS, null, fields)
                : new RawDocument(origin, link, path, kind, null, body, Map.of(), null, fields);
        return gate.admit(candidate);
    }

    /** The first direct child with one of the names, tried in order of preference. */
    private static Element child(Element parent, String... names) {
        for (String name : names) {
            for (Element c : parent.children()) {
                if (c.tagName().equalsIgnoreCase(name)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** An element's whole text, entities decoded and CDATA included, trimmed; null when absent or blank. */
    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.wholeText().strip();
        return t.isEmpty() ? null : t;
    }

    private static void putIfPresent(Map<String, String> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
