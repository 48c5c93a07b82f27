package id.peristiwa.document;

import java.util.List;
import java.util.Objects;

/**
 * A news article: the clean body {@code text} every later span points into, and what is known about it.
 * Immutable; later stages add stand-off annotations rather than change it.
 *
 * @param id                 stable identifier: a hash of the canonical URL when known, else of the text
 * @param source             URL, path, outlet
 * @param title              headline, or null
 * @param section            the site's section or category ("Internasional"), or null
 * @param published          publication date with the precision the page gave, or null
 * @param author             byline, or null
 * @param language           ISO 639-1 code ("id", "ms", "en") or "und"
 * @param languageConfidence 0..1
 * @param dateline           place and outlet of the opening dateline, or null
 * @param text               clean body, paragraphs separated by a blank line; the dateline stays in it
 * @param paragraphs         paragraph spans into {@code text}
 * @param boilerplateRemoved how many blocks or lines of site chrome were dropped
 * @param warnings           non-fatal problems met on the way (e.g. "charset not declared, guessed windows-1252")
 */
public record Article(
        String id,
        Source source,
        String title,
        String section,
        Published published,
        String author,
        String language,
        double languageConfidence,
        Dateline dateline,
        String text,
        List<Span> paragraphs,
        int boilerplateRemoved,
        List<String> warnings) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
    }

    /** A copy with the language set. */
    public Article withLanguage(String code, double confidence) {
        return new Article(id, source, title, section, published, author, code, confidence, dateline, text,
                paragraphs, boilerplateRemoved, warnings);
    }
}
