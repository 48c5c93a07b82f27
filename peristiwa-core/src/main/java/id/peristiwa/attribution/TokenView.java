package id.peristiwa.attribution;

import id.peristiwa.document.Span;
import id.peristiwa.entity.Mention;
import id.peristiwa.pipeline.AnalyzedArticle;
import id.peristiwa.text.Sentence;
import id.peristiwa.text.Token;
import id.peristiwa.text.TokenFlag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * An analyzed article's tokens as one sequence, since quotations run across sentences: each token with its
 * sentence, and the mention (if any) that covers it. Built per article, read-only afterwards (but for the index of
 * {@link #earlierNames} and {@link #relayOf}, made when first asked); not thread-safe.
 */
final class TokenView {

    final String text;
    final List<Token> tokens;
    final List<Mention> mentions;
    private final int[] sentenceOf;
    private final int[] sentenceStart;
    private final int[] sentenceEnd;
    private final int[] mentionAt;
    private EarlierNames earlierNames;
    private Map<Integer, String> relays;

    TokenView(AnalyzedArticle analyzed) {
        this.text = analyzed.article().text();
        this.mentions = analyzed.mentions();
        List<Token> all = new ArrayList<>();
        List<Sentence> sentences = analyzed.sentences();
        sentenceStart = new int[sentences.size()];
        sentenceEnd = new int[sentences.size()];
        List<Integer> owner = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            sentenceStart[s] = all.size();
            for (Token token : sentences.get(s).tokens()) {
                all.add(token);
                owner.add(s);
            }
            sentenceEnd[s] = all.size() - 1;
        }
        this.tokens = List.copyOf(all);
        this.sentenceOf = owner.stream().mapToInt(Integer::intValue).toArray();
        this.mentionAt = new int[all.size()];
        Arrays.fill(mentionAt, -1);
        int k = 0;
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            while (k < all.size() && all.get(k).end() <= mention.start()) {
                k++;
            }
            for (int j = k; j < all.size() && all.get(j).start() < mention.end(); j++) {
                mentionAt[j] = m;
            }
        }
    }

    int size() {
        return tokens.size();
    }

    Token token(int k) {
        return tokens.get(k);
    }

    String word(int k) {
        return tokens.get(k).normalized();
    }

    boolean is(int k, TokenFlag flag) {
        return k >= 0 && k < tokens.size() && tokens.get(k).is(flag);
    }

    /** Whether token {@code k} exists and its normalized form is {@code word}. */
    boolean isWord(int k, String word) {
        return k >= 0 && k < tokens.size() && tokens.get(k).normalized().equals(word);
    }

    /** Whether token {@code k} exists and starts with an upper-case letter. */
    boolean capitalized(int k) {
        return k >= 0 && k < tokens.size() && Character.isUpperCase(text.codePointAt(tokens.get(k).start()));
    }

    /** Whether token {@code k} is written all in capitals, two letters or more: an acronym ("DKI", "KPU"). */
    boolean acronym(int k) {
        Token t = tokens.get(k);
        if (t.end() - t.start() < 2) {
            return false;
        }
        for (int i = t.start(); i < t.end(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    int sentence(int k) {
        return sentenceOf[k];
    }

    int sentenceFirst(int k) {
        return sentenceStart[sentenceOf[k]];
    }

    int sentenceLast(int k) {
        return sentenceEnd[sentenceOf[k]];
    }

    /** The index of the mention covering token {@code k}, or -1. */
    int mentionAt(int k) {
        return k >= 0 && k < mentionAt.length ? mentionAt[k] : -1;
    }

    /** Whether the text between tokens {@code a} and {@code b} (exclusive) holds a line break: a new paragraph. */
    boolean paragraphBreakBetween(int a, int b) {
        // Only the text between is read: a search to the next line break could cross a whole hostile page.
        for (int i = tokens.get(a).end(); i < tokens.get(b).start(); i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * The news outlet a sentence relays ({@code reader} finds it), read once per sentence: one endless sentence
     * of a thousand verbs of saying is searched once, not a thousand times. Null when it relays none.
     */
    String relayOf(int sentence, IntFunction<String> reader) {
        if (relays == null) {
            relays = new HashMap<>();
        }
        if (!relays.containsKey(sentence)) {
            relays.put(sentence, reader.apply(sentence));
        }
        return relays.get(sentence);
    }

    /** What the article named before a point, indexed when first asked. */
    EarlierNames earlierNames() {
        if (earlierNames == null) {
            earlierNames = new EarlierNames(text, mentions);
        }
        return earlierNames;
    }

    /** Whether there is white space (or the edge of the text) right before token {@code k}. */
    boolean spaceBefore(int k) {
        int at = tokens.get(k).start();
        return at == 0 || Character.isWhitespace(text.charAt(at - 1));
    }

    /** Whether there is white space (or the edge of the text) right after token {@code k}. */
    boolean spaceAfter(int k) {
        int at = tokens.get(k).end();
        return at >= text.length() || Character.isWhitespace(text.charAt(at));
    }

    /** The span from the start of token {@code a} to the end of token {@code b}. */
    Span span(int a, int b) {
        return new Span(tokens.get(a).start(), tokens.get(b).end());
    }
}
