package id.peristiwa.pipeline;

import id.peristiwa.document.Article;
import id.peristiwa.entity.Mention;
import id.peristiwa.event.Event;
import id.peristiwa.event.Quote;
import id.peristiwa.text.Sentence;
import java.util.List;
import java.util.Objects;

/**
 * An article with what analysis found in it, all offsets into {@link Article#text()}.
 *
 * @param article   the extracted article
 * @param sentences its sentences with their tokens, in text order (the dateline belongs to none)
 * @param mentions  the people, organizations, countries and places named or referred to, in text order
 * @param quotes    the statements the article reports, direct and indirect, in text order
 * @param events    the political events the article states, in text order
 */
public record AnalyzedArticle(Article article, List<Sentence> sentences, List<Mention> mentions,
                              List<Quote> quotes, List<Event> events) {
    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
    }

    /** An article analyzed up to its mentions, before quotations and events are looked for. */
    public AnalyzedArticle(Article article, List<Sentence> sentences, List<Mention> mentions) {
        this(article, sentences, mentions, List.of(), List.of());
    }

    /** The same analysis with the article's quotations. */
    public AnalyzedArticle withQuotes(List<Quote> found) {
        return new AnalyzedArticle(article, sentences, mentions, found, events);
    }

    /** The same analysis with the article's events. */
    public AnalyzedArticle withEvents(List<Event> coded) {
        return new AnalyzedArticle(article, sentences, mentions, quotes, coded);
    }
}
