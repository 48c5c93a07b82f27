package id.peristiwa.store;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An article as the store holds it, with the full JSON of its analysis ({@link id.peristiwa.export.AnalysisJson}),
 * so that a page showing it needs no analysis.
 *
 * @param id           the article id
 * @param url          the page's URL, or null
 * @param outlet       the outlet, or null
 * @param title        the headline, or null
 * @param section      the section, or null
 * @param published    the publication date as ISO-8601 with the precision the page gave, or null
 * @param language     the ISO 639-1 language code, or "und"
 * @param text         the clean text all spans point into
 * @param analysisJson the analysis as one JSON object: sentences, mentions, quotes, events
 * @param contentHash  SHA-256 of {@code analysisJson}, hex
 * @param eventCount   how many events it reports
 * @param ingestedAt   when this version was stored
 */
public record StoredArticle(String id, String url, String outlet, String title, String section, String published,
                            String language, String text, String analysisJson, String contentHash, int eventCount,
                            OffsetDateTime ingestedAt) {
    public StoredArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(analysisJson, "analysisJson");
    }
}
