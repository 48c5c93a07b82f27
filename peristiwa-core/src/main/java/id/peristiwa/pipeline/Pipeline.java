package id.peristiwa.pipeline;

import id.peristiwa.attribution.QuoteFinder;
import id.peristiwa.document.Article;
import id.peristiwa.document.RawDocument;
import id.peristiwa.entity.Coreference;
import id.peristiwa.entity.ArticleHome;
import id.peristiwa.entity.DefinedAcronyms;
import id.peristiwa.entity.Dictionaries;
import id.peristiwa.entity.Mention;
import id.peristiwa.entity.MentionFinder;
import id.peristiwa.entity.NameFinder;
import id.peristiwa.entity.NameFinders;
import id.peristiwa.event.EventCoder;
import id.peristiwa.extract.Extractor;
import id.peristiwa.lang.id.LanguageGuess;
import id.peristiwa.lang.id.LanguageIdentifier;
import id.peristiwa.ner.NameTagger;
import id.peristiwa.place.EventPlaces;
import id.peristiwa.text.Segmenter;
import id.peristiwa.text.Sentence;
import id.peristiwa.time.EventDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Peristiwa's processing chain for one document, assembled once and shared across threads: extraction and
 * language identification ({@link #process}), then sentences and tokens, names and actors, and references back
 * to them, and the events the article states ({@link #analyze}).
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.indonesian();
 * Article article = pipeline.process(RawDocument.html("berita.html", bytes));
 * AnalyzedArticle analyzed = pipeline.analyze(RawDocument.html("berita.html", bytes));
 * }</pre>
 */
public final class Pipeline {

    /**
     * Names are looked for in at most this many tokens at once: news sentences are far shorter, and a text with
     * no boundary for longer (a list, a paragraph without punctuation) then costs time and memory in proportion
     * to its length, not more.
     */
    private static final int MAX_NAMING_TOKENS = 200;

    private final Extractor extractor;
    private final LanguageIdentifier languages;
    private final Segmenter segmenter;
    private final NameFinder names;
    private final DefinedAcronyms acronyms;
    private final ArticleHome home;
    private final Coreference coreference;
    private final QuoteFinder quotes;
    private final EventCoder events;
    private final EventCircumstances circumstances;

    private Pipeline(Extractor extractor, LanguageIdentifier languages, Segmenter segmenter, NameFinder names,
            DefinedAcronyms acronyms, ArticleHome home, Coreference coreference, QuoteFinder quotes, EventCoder events,
            EventCircumstances circumstances) {
        this.extractor = extractor;
        this.languages = languages;
        this.segmenter = segmenter;
        this.names = names;
        this.acronyms = acronyms;
        this.home = home;
        this.coreference = coreference;
        this.quotes = quotes;
        this.events = events;
        this.circumstances = circumstances;
    }

    /** The Indonesian pipeline with its bundled language pack. */
    public static Pipeline indonesian() {
        return indonesian(Dictionaries.indonesian());
    }

    /**
     * The Indonesian pipeline naming actors from {@code dictionaries} (names no dictionary holds come from the
     * pack's statistical name tagger): the pack's, or the pack's extended and
     * overridden by a user's ({@link Dictionaries#load}).
     */
    public static Pipeline indonesian(Dictionaries dictionaries) {
        NameTagger tagger = NameTagger.indonesian();
        return new Pipeline(Extractor.indonesian(), LanguageIdentifier.standard(), Segmenter.indonesian(),
                new NameFinders(List.of(MentionFinder.with(dictionaries, tagger.commonWords()), tagger)),
                new DefinedAcronyms(dictionaries), new ArticleHome(dictionaries), Coreference.indonesian(),
                QuoteFinder.indonesian(), EventCoder.indonesian(dictionaries),
                new EventCircumstances(EventDates.indonesian(), new EventPlaces(dictionaries)));
    }

    /** Extracts the article and labels its language; never throws on bad content. */
    public Article process(RawDocument document) {
        Article article = extractor.extract(document);
        String sample = article.title() == null ? article.text() : article.title() + "\n" + article.text();
        LanguageGuess guess = languages.identify(sample);
        return article.withLanguage(guess.code(), guess.confidence());
    }

    /** Extracts and analyzes the document; never throws on bad content. */
    public AnalyzedArticle analyze(RawDocument document) {
        return analyze(process(document));
    }

    /**
     * Analyzes an extracted article: sentences and tokens, then names and actors, then references, then the
     * statements it reports and who made them, then the events it states.
     */
    public AnalyzedArticle analyze(Article article) {
        AnalyzedArticle named = analyzeNames(article);
        AnalyzedArticle quoted = named.withQuotes(quotes.find(named));
        return quoted.withEvents(circumstances.of(quoted, events.code(quoted, quoted.quotes())));
    }

    /**
     * Analyzes an extracted article as far as who is named: sentences and tokens, names and actors, and the
     * references back to them; no quotations and no events.
     */
    public AnalyzedArticle analyzeNames(Article article) {
        String text = article.text();
        List<Sentence> sentences = segmenter.segment(text, article.paragraphs(),
                article.dateline() == null ? null : article.dateline().span());
        LocalDate asOf = article.published() == null ? null : article.published().date();
        List<Mention> found = new ArrayList<>();
        for (Sentence sentence : sentences) {
            for (Sentence piece : sentence.pieces(MAX_NAMING_TOKENS)) {
                found.addAll(names.find(text, piece, asOf));
            }
        }
        return new AnalyzedArticle(article, sentences, coreference.resolve(text, sentences,
                home.apply(acronyms.apply(text, found))));
    }

    /** The extractor alone, for callers that do not need the language. */
    public Extractor extractor() {
        return extractor;
    }
}
