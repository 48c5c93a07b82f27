package id.peristiwa.entity;

import id.peristiwa.document.Span;
import id.peristiwa.text.Sentence;
import id.peristiwa.text.Token;
import id.peristiwa.text.TokenFlag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Within-article reference: links later mentions to the actors named earlier, so that "Austin" after "Kepala
 * Pentagon Lloyd Austin", "Dia", "tambahnya", "kedua negara", "keduanya", "negara ini" or "pihaknya" carry the
 * actor (or actors) they stand for. The expressions come from the pack's {@code references.txt}. Built once;
 * immutable and safe to share between threads.
 */
public final class Coreference {

    private final ReferenceExpressions expressions;
    private final Map<String, String> countryNames;

    private Coreference(ReferenceExpressions expressions, Map<String, String> countryNames) {
        this.expressions = expressions;
        this.countryNames = countryNames;
    }

    /** Coreference with the Indonesian pack's expressions. */
    public static Coreference indonesian() {
        return new Coreference(ReferenceExpressions.indonesian(), CountryNames.of(Locale.of("id")));
    }

    /**
     * The article's mentions with back-references resolved: each given mention kept (a surname or repeated name
     * gains the actor of the person it names and a {@link Mention#refersTo}), and a mention added for each
     * reference expression that finds its referents. Expressions with no referent before them are left out.
     *
     * @param text      the article's clean text
     * @param sentences the article's sentences in text order
     * @param mentions  the names found so far, in text order, not overlapping
     * @return all mentions in text order; {@code refersTo} indexes into this list and points backwards only
     */
    public List<Mention> resolve(String text, List<Sentence> sentences, List<Mention> mentions) {
        Objects.requireNonNull(text, "text");
        ArticleReferences article = new ArticleReferences(countryNames);
        int next = 0;
        for (Sentence sentence : sentences) {
            while (next < mentions.size() && mentions.get(next).start() < sentence.span().start()) {
                article.name(mentions.get(next++), false, false);
            }
            article.startSentence();
            int end = next;
            while (end < mentions.size() && mentions.get(end).start() < sentence.span().end()) {
                end++;
            }
            walk(text, sentence.tokens(), mentions.subList(next, end), article);
            next = end;
        }
        while (next < mentions.size()) {
            article.name(mentions.get(next++), false, false);
        }
        return article.mentions();
    }

    /**
     * Goes through one sentence's tokens in order, taking its names and finding its references between them. A
     * name separated from the name before it by nothing but commas and conjunctions is coordinated with it.
     */
    private void walk(String text, List<Token> tokens, List<Mention> names, ArticleReferences article) {
        int name = 0;
        boolean quoted = false;
        boolean joinable = false;
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (name < names.size() && names.get(name).start() < token.end()) {
                Mention mention = names.get(name++);
                ReferenceExpressions.Found half = half(text, tokens, k, mention);
                // The tagger takes a lone "Utara" for a place; after "Korea Utara" it is that country.
                if (half == null || !article.refer(mention.span(), mention.text(), half, quoted)) {
                    article.name(mention, quoted, joinable && k > 0 && expressions.joins(tokens.get(k - 1).normalized()));
                }
                while (k + 1 < tokens.size() && tokens.get(k + 1).start() < mention.end()) {
                    k++;
                }
                joinable = true;
                continue;
            }
            joinable = joinable && expressions.joins(token.normalized());
            if (token.is(TokenFlag.QUOTE)) {
                quoted = !quoted;
                continue;
            }
            ReferenceExpressions.Found found = expressions.at(tokens, k);
            if (found != null && found.kind().standsAlone() && !standsAlone(text, tokens, k)) {
                found = null;
            }
            int last = found == null ? k : Math.min(found.last(), lastBefore(tokens, k, found.last(), names, name));
            if (found != null && last == found.last()) {
                Span span = new Span(token.start(), tokens.get(last).end());
                article.refer(span, span.of(text), found, quoted);
                k = last;
            } else if (capitalized(text, token) && expressions.maySurname(token.normalized())) {
                article.surname(new Span(token.start(), token.end()), text.substring(token.start(), token.end()),
                        token.normalized(), quoted);
            }
        }
        while (name < names.size()) {
            article.name(names.get(name++), quoted, false);
        }
    }

    /** The expression standing alone that an uncoded one-word name at token {@code k} is, or null. */
    private ReferenceExpressions.Found half(String text, List<Token> tokens, int k, Mention name) {
        if (name.actor() != null || name.end() != tokens.get(k).end()) {
            return null;
        }
        ReferenceExpressions.Found found = expressions.at(tokens, k);
        return found != null && found.kind().standsAlone() && standsAlone(text, tokens, k) ? found : null;
    }

    /**
     * Whether token {@code k} is capitalized with no capitalized word beside it: "dari Utara" is a country's
     * half, "Sumatera Utara" and "Utara Raya" are names of their own.
     */
    private static boolean standsAlone(String text, List<Token> tokens, int k) {
        return capitalized(text, tokens.get(k)) && (k == 0 || !capitalized(text, tokens.get(k - 1)))
                && (k + 1 == tokens.size() || !capitalized(text, tokens.get(k + 1)));
    }

    private static boolean capitalized(String text, Token token) {
        return Character.isUpperCase(text.codePointAt(token.start()));
    }

    /** The last token from {@code k} to {@code last} that lies before the next name, so no reference overlaps it. */
    private static int lastBefore(List<Token> tokens, int k, int last, List<Mention> names, int name) {
        if (name >= names.size()) {
            return last;
        }
        int limit = names.get(name).start();
        int j = k;
        while (j < last && tokens.get(j + 1).start() < limit) {
            j++;
        }
        return j;
    }
}
