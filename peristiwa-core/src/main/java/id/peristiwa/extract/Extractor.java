package id.peristiwa.extract;

import id.peristiwa.document.Article;
import id.peristiwa.document.RawDocument;

/**
 * The front door of extraction: turns a {@link RawDocument} (an HTML page, or text captured from one) into an
 * {@link Article} whose {@code text} is the clean body. Built once, thread-safe, never throws on bad content:
 * a page without a recognizable body yields an article with empty text and a warning.
 */
public final class Extractor {

    private final HtmlBodyReader htmlBody;

    private Extractor(HtmlBodyReader htmlBody) {
        this.htmlBody = htmlBody;
    }

    /** The extractor with Indonesian language knowledge (dates, datelines, interface vocabulary). */
    public static Extractor indonesian() {
        return new Extractor(new HtmlBodyReader(MarkupVocabulary.load(), BoilerplateLines.load()));
    }

    /** Extracts the article from one document. */
    public Article extract(RawDocument document) {
        throw new UnsupportedOperationException("in progress");
    }
}
