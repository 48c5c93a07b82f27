package id.peristiwa.text;

import id.peristiwa.document.Span;
import id.peristiwa.lang.LanguagePackFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Sentence segmentation and tokenization of Indonesian news text. Offsets are into the article's clean text.
 * Built once from the language pack ({@code abbreviations.txt}, {@code clitics.txt},
 * {@code currencies.txt}); immutable and safe to
 * share between threads.
 */
public final class Segmenter {
    private final Tokenizer tokenizer;

    private Segmenter(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The segmenter for Indonesian, its data files read now. */
    public static Segmenter indonesian() {
        return new Segmenter(new Tokenizer(Abbreviations.load(), Clitics.load(),
                Set.copyOf(LanguagePackFile.entries("currencies.txt"))));
    }

    /**
     * The sentences of {@code text}, in text order. A sentence never crosses a paragraph boundary and never
     * includes any part of {@code skip}; each sentence starts at its first token and ends after its last
     * (closing quotes and brackets after the final mark included).
     *
     * @param text       the article's clean text
     * @param paragraphs paragraph spans into {@code text}, in text order
     * @param skip       a span that belongs to no sentence (the dateline), or null
     * @return sentence spans; empty when the paragraphs hold no tokens
     * @throws IllegalArgumentException when a span lies outside {@code text}
     */
    public List<Span> sentences(String text, List<Span> paragraphs, Span skip) {
        return segment(text, paragraphs, skip).stream().map(Sentence::span).toList();
    }

    /**
     * The sentences of {@code text} with their tokens, by the rules of {@link #sentences}; each text is
     * tokenized once.
     *
     * @throws IllegalArgumentException when a span lies outside {@code text}
     */
    public List<Sentence> segment(String text, List<Span> paragraphs, Span skip) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(paragraphs, "paragraphs");
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (Span paragraph : paragraphs) {
            check(text, paragraph);
            if (skip != null && skip.start() < paragraph.end() && skip.end() > paragraph.start()) {
                // Text before and after the skipped span are separate streams: no sentence spans the gap.
                stream(text, paragraph.start(), Math.max(paragraph.start(), skip.start()), tokens, sentences);
                stream(text, Math.min(paragraph.end(), skip.end()), paragraph.end(), tokens, sentences);
            } else {
                stream(text, paragraph.start(), paragraph.end(), tokens, sentences);
            }
        }
        return List.copyOf(sentences);
    }

    private void stream(String text, int from, int to, List<Token> tokens, List<Sentence> out) {
        tokens.clear();
        tokenizer.tokenize(text, from, to, tokens);
        List<Span> spans = new ArrayList<>();
        SentenceSplitter.split(text, tokens, spans);
        int next = 0;
        for (Span span : spans) {
            int first = next;
            while (next < tokens.size() && tokens.get(next).start() < span.end()) {
                next++;
            }
            out.add(new Sentence(span, tokens.subList(first, next)));
        }
    }

    /**
     * The tokens inside {@code within}, in text order. Whitespace separates tokens and belongs to none;
     * punctuation is split from words except where it belongs to them (abbreviations, numbers, addresses).
     *
     * @throws IllegalArgumentException when {@code within} lies outside {@code text}
     */
    public List<Token> tokens(String text, Span within) {
        Objects.requireNonNull(text, "text");
        check(text, within);
        List<Token> tokens = new ArrayList<>();
        tokenizer.tokenize(text, within.start(), within.end(), tokens);
        return List.copyOf(tokens);
    }

    private static void check(String text, Span span) {
        if (span.end() > text.length()) {
            throw new IllegalArgumentException("span " + span + " outside text of length " + text.length());
        }
    }
}
