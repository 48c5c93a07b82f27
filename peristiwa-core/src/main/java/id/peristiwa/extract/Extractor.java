package id.peristiwa.extract;

import id.peristiwa.document.Article;
import id.peristiwa.document.Dateline;
import id.peristiwa.document.Published;
import id.peristiwa.document.RawDocument;
import id.peristiwa.document.Source;
import id.peristiwa.document.Span;
import id.peristiwa.ingest.CharsetDetector;
import id.peristiwa.ingest.CharsetSource;
import id.peristiwa.ingest.Decoded;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The front door of extraction: turns a {@link RawDocument} (an HTML page, or text captured from one) into an
 * {@link Article} whose {@code text} is the clean body. Built once, thread-safe, never throws on bad content:
 * a page without a recognizable body yields an article with empty text and a warning.
 */
public final class Extractor {

    private final HtmlBodyReader htmlBody;
    private final PageMetadataReader metadata;
    private final CapturedTextReader capturedText;
    private final DatelineRecognizer datelines;
    private final DateParser dates;

    private Extractor(HtmlBodyReader htmlBody, PageMetadataReader metadata, CapturedTextReader capturedText,
                      DatelineRecognizer datelines, DateParser dates) {
        this.htmlBody = htmlBody;
        this.metadata = metadata;
        this.capturedText = capturedText;
        this.datelines = datelines;
        this.dates = dates;
    }

    /** The extractor with Indonesian language knowledge (dates, datelines, interface vocabulary). */
    public static Extractor indonesian() {
        InterfaceVocabulary vocabulary = InterfaceVocabulary.load(InterfaceVocabulary.INDONESIAN);
        DatelineRecognizer datelines = DatelineRecognizer.indonesian(vocabulary);
        return new Extractor(new HtmlBodyReader(MarkupVocabulary.load(), new BoilerplateLines(vocabulary)),
                new PageMetadataReader(vocabulary), CapturedTextReader.of(vocabulary, datelines), datelines,
                DateParser.indonesian());
    }

    /** Extracts the article from one document. The language fields are left for language identification. */
    public Article extract(RawDocument document) {
        List<String> warnings = new ArrayList<>();
        String content = decode(document, warnings);
        Draft draft = switch (document.contentType()) {
            case HTML -> fromHtml(content, document);
            case TEXT -> fromCapturedText(content);
            case CLEAN_TEXT -> new Draft(null, null, null, null, List.of(), paragraphsOf(content), 0, null);
        };
        return assemble(document, draft, warnings);
    }

    private static String decode(RawDocument document, List<String> warnings) {
        if (document.text() != null) {
            return document.text();
        }
        Decoded decoded = CharsetDetector.decode(document.bytes(), document.header("content-type"),
                document.contentType() == id.peristiwa.document.ContentType.HTML);
        if (decoded.source() == CharsetSource.HEURISTIC) {
            warnings.add("charset not declared, guessed " + decoded.charset().name());
        }
        return decoded.text();
    }

    /** What one kind of input yielded, before datelines, dates and ids are settled. */
    private record Draft(String title, String section, String author, String siteName, List<String> dateStrings,
                         List<String> paragraphs, int removed, String canonicalUrl) {
    }

    private Draft fromHtml(String html, RawDocument document) {
        Document page = Jsoup.parse(html, document.url() == null ? "" : document.url());
        PageMetadata meta = metadata.read(page, document.url());
        HtmlBodyReader.Body body = htmlBody.read(page, meta.title());
        return new Draft(meta.title(), meta.section(), meta.author(), meta.siteName(), meta.dateStrings(),
                body.paragraphs(), body.removed(), meta.canonicalUrl());
    }

    private Draft fromCapturedText(String text) {
        CapturedText captured = capturedText.read(text);
        List<String> dateStrings = captured.dateLine() == null ? List.of() : List.of(captured.dateLine());
        return new Draft(captured.title(), captured.section(), captured.byline(), null, dateStrings,
                captured.paragraphs(), captured.removedLines(), null);
    }

    private static List<String> paragraphsOf(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String p = line.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        return paragraphs;
    }

    private Article assemble(RawDocument document, Draft draft, List<String> warnings) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>(draft.paragraphs().size());
        for (String paragraph : draft.paragraphs()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            spans.add(new Span(text.length(), text.length() + paragraph.length()));
            text.append(paragraph);
        }
        if (spans.isEmpty()) {
            warnings.add("no article body found");
        }
        Dateline dateline = spans.isEmpty() ? null : datelines.recognize(draft.paragraphs().get(0))
                .map(m -> new Dateline(m.place(), m.outlet(), new Span(0, m.end())))
                .orElse(null);
        String url = PageMetadataReader.first(draft.canonicalUrl(), document.url(), document.field("url"));
        String outlet = PageMetadataReader.first(document.field("outlet"), draft.siteName(), ArticleIds.domain(url));
        Published published = published(document, draft, url);
        if (published == null) {
            warnings.add("no publication date found");
        }
        String body = text.toString();
        return new Article(ArticleIds.of(url, body), new Source(url, document.path(), outlet),
                PageMetadataReader.first(document.field("title"), draft.title()), PageMetadataReader.first(document.field("section"), draft.section()),
                published, PageMetadataReader.first(document.field("author"), draft.author()), "und", 0, dateline, body, spans,
                draft.removed(), warnings);
    }

    private Published published(RawDocument document, Draft draft, String url) {
        List<String> candidates = new ArrayList<>();
        if (document.field("date") != null) {
            candidates.add(document.field("date"));
        }
        candidates.addAll(draft.dateStrings());
        for (String candidate : candidates) {
            Optional<Published> p = dates.parse(candidate).or(() -> dates.find(candidate));
            if (p.isPresent()) {
                return p.get();
            }
        }
        return url == null ? null : dates.fromUrl(url).orElse(null);
    }
}
