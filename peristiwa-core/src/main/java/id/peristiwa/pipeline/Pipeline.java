package id.peristiwa.pipeline;

import id.peristiwa.document.Article;
import id.peristiwa.document.RawDocument;
import id.peristiwa.extract.Extractor;
import id.peristiwa.lang.id.LanguageGuess;
import id.peristiwa.lang.id.LanguageIdentifier;

/**
 * Peristiwa's processing chain for one document, assembled once and shared across threads:
 * extraction, then language identification. Later stages (sentences, entities, events) join here.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.indonesian();
 * Article article = pipeline.process(RawDocument.html("berita.html", bytes));
 * }</pre>
 */
public final class Pipeline {

    private final Extractor extractor;
    private final LanguageIdentifier languages;

    private Pipeline(Extractor extractor, LanguageIdentifier languages) {
        this.extractor = extractor;
        this.languages = languages;
    }

    /** The Indonesian pipeline with its bundled language pack. */
    public static Pipeline indonesian() {
        return new Pipeline(Extractor.indonesian(), LanguageIdentifier.standard());
    }

    /** Extracts the article and labels its language; never throws on bad content. */
    public Article process(RawDocument document) {
        Article article = extractor.extract(document);
        String sample = article.title() == null ? article.text() : article.title() + "\n" + article.text();
        LanguageGuess guess = languages.identify(sample);
        return article.withLanguage(guess.code(), guess.confidence());
    }

    /** The extractor alone, for callers that do not need the language. */
    public Extractor extractor() {
        return extractor;
    }
}
