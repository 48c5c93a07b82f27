package id.peristiwa.attribution;

import id.peristiwa.document.Span;
import id.peristiwa.document.TextOrder;
import id.peristiwa.entity.Mention;
import id.peristiwa.entity.MentionKind;
import id.peristiwa.event.Quote;
import id.peristiwa.pipeline.AnalyzedArticle;
import id.peristiwa.text.TokenFlag;
import id.peristiwa.text.WordLookup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds what an article reports people as saying, and who: direct quotations in any quotation-mark style and
 * over several sentences, with the cue and speaker after them ("“...,” kata Austin.") or before them ("Austin
 * mengatakan, “...”"); indirect speech ("Austin mengatakan (bahwa) ...", "Menurut Austin, ..."); the speaker
 * from a name or role, from a pronoun or a folded cue ("katanya") through the analysis's references, or for a
 * bare continuation from the quotation before; and relays ("seperti dikutip kantor berita Yonhap"). Cues,
 * titles and relay patterns come from the language pack's {@code attribution/} files. Built once; immutable
 * and safe to share between threads.
 */
public final class QuoteFinder {

    private static final Set<String> SENTENCE_END = Set.of(".", "?", "!", ":", "...");

    private final Vocabulary words;
    /**
     * The cue words that open a speech outside quotation marks, each with the reading it opens, so that every
     * token costs one lookup: reporting cues before according cues (with "menurutnya" folded) before inverted.
     */
    private final WordLookup<OpenCue> openCues;
    private final SpeakerPhrases phrases;
    private final Relays relays;

    private QuoteFinder(Vocabulary words, Relays relays) {
        this.words = words;
        Map<String, OpenCue> openCues = new HashMap<>();
        words.inverted().forEach(w -> openCues.put(w, OpenCue.INVERTED));
        words.according().forEach(w -> {
            openCues.put(w, OpenCue.ACCORDING);
            openCues.put(w + Vocabulary.NYA, OpenCue.ACCORDING);
        });
        words.reporting().forEach(w -> openCues.put(w, OpenCue.REPORTING));
        this.openCues = WordLookup.of(openCues, 12);
        this.phrases = new SpeakerPhrases(words);
        this.relays = relays;
    }

    /** The finder with the Indonesian pack's cues, titles, relay patterns and outlets. */
    public static QuoteFinder indonesian() {
        return new QuoteFinder(Vocabulary.indonesian(), Relays.indonesian());
    }

    /**
     * The quotations of an analyzed article in text order, spans into its clean text: for a direct quotation the
     * statement is what lies between the marks; for indirect speech it is the reported clause. Never throws on
     * odd text (unbalanced or nested marks, very long sentences); the work grows linearly with the article.
     */
    public List<Quote> find(AnalyzedArticle analyzed) {
        return speeches(analyzed).stream().map(Speech::quote).toList();
    }

    /** The quotations with the words that name their speakers. */
    List<Speech> speeches(AnalyzedArticle analyzed) {
        Objects.requireNonNull(analyzed, "analyzed");
        TokenView view = new TokenView(analyzed);
        List<QuotePairs.Pair> pairs = QuotePairs.find(view);
        Quoted inside = new Quoted(view.size(), pairs);
        boolean[] cue = new boolean[view.size()];
        List<Speech> found = new ArrayList<>();
        Speaker previous = Speaker.NONE;
        for (QuotePairs.Pair pair : pairs) {
            Speech speech = direct(view, pair, previous, cue);
            if (speech != null) {
                found.add(speech);
                if (speech.speaker().mention() >= 0 || speech.speaker().span() != null) {
                    previous = speech.speaker();
                }
            }
        }
        for (int k = 0; k < view.size(); k++) {
            if (inside.at(k) || cue[k]) {
                continue;
            }
            OpenCue opening = openCues.get(view.word(k));
            Speech speech = opening == null ? null : switch (opening) {
                case REPORTING -> indirect(view, k, inside);
                case ACCORDING -> according(view, k, inside);
                case INVERTED -> inverted(view, k, inside);
            };
            if (speech != null) {
                found.add(speech);
            }
        }
        found.sort(Comparator.comparingInt((Speech s) -> s.quote().statement().start()));
        return List.copyOf(found);
    }

    /** A direct quotation with its cue and speaker, or null when it is no speech (scare quotes, a title). */
    private Speech direct(TokenView view, QuotePairs.Pair pair, Speaker previous, boolean[] used) {
        Span statement = view.span(pair.open() + 1, pair.close() - 1);
        int c = pair.close() + 1;
        if (view.isWord(c, ",") && !view.isWord(pair.close() - 1, ",")) {
            c++;
        }
        int cueAt = -1;
        Speaker speaker = Speaker.NONE;
        if (c < view.size() && view.sentence(c) == view.sentence(pair.close()) || c < view.size()
                && view.sentenceFirst(c) == c && !view.capitalized(c)) {
            String word = view.word(c);
            if (words.inverted().contains(word) || words.according().contains(word)) {
                cueAt = c;
                speaker = phrases.after(view, c + 1);
            } else if (words.isFoldedCue(word) || words.isFoldedAccording(word)) {
                cueAt = c;
                speaker = folded(view, c, previous);
            } else {
                Speaker named = phrases.after(view, c);
                int verb = named.span() == null ? -1 : indexAfter(view, named.span().end());
                if (verb >= 0 && (words.inverted().contains(view.word(verb))
                        || words.reporting().contains(view.word(verb)))) {
                    cueAt = verb;
                    speaker = named;
                }
            }
        }
        if (cueAt < 0) {
            int v = view.isWord(pair.open() - 1, ",") || view.isWord(pair.open() - 1, ":")
                    ? pair.open() - 2 : pair.open() - 1;
            if (v >= 0 && words.reporting().contains(view.word(v))) {
                cueAt = v;
                speaker = phrases.before(view, v);
            } else if (v >= 0 && words.isFoldedCue(view.word(v))) {
                cueAt = v;
                speaker = folded(view, v, previous);
            }
        }
        if (cueAt < 0) {
            if (view.word(pair.open()).equals("'") || !opensSentence(view, pair.open())) {
                return null;
            }
            speaker = previous.mention() >= 0 || previous.span() != null
                    ? new Speaker(null, previous.mention(), previous.actor(), true) : Speaker.NONE;
        } else {
            used[cueAt] = true;
        }
        Span cueSpan = cueAt < 0 ? null : view.span(cueAt, cueAt);
        String relay = cueAt < 0 ? null : relay(view, cueAt);
        return new Speech(new Quote(speaker.actor(), speaker.mention(), cueSpan, statement, true, relay), speaker);
    }

    /** Indirect speech around the reporting verb at {@code v}: "Austin mengatakan (bahwa) ...", or null. */
    private Speech indirect(TokenView view, int v, Quoted inside) {
        if (view.isWord(v - 1, "yang")) {
            return null;
        }
        Speaker speaker = phrases.before(view, v);
        if (speaker.span() == null) {
            return null;
        }
        int s = v + 1;
        while (s < view.size() && view.sentence(s) == view.sentence(v) && (view.isWord(s, ",")
                || view.isWord(s, ":") || words.complementizers().contains(view.word(s)))) {
            s++;
        }
        Span statement = clause(view, s, view.sentenceLast(v), inside);
        if (statement == null) {
            return null;
        }
        return reported(view, v, speaker, statement);
    }

    /**
     * Indirect speech with the cue and speaker after it, outside quotation marks: "Seoul akan meninjau ulang
     * larangan itu, kata seorang pejabat senior." The statement is the clause before the comma; null when no
     * comma precedes the cue or no speaker follows it.
     */
    private Speech inverted(TokenView view, int k, Quoted inside) {
        Speaker speaker = phrases.after(view, k + 1);
        Span statement = speaker.span() == null ? null : statementBefore(view, k, inside);
        return statement == null ? null : reported(view, k, speaker, statement);
    }

    /** "Menurut Austin, ..." / "..., menurut Austin." / "Menurutnya, ...", or null. */
    private Speech according(TokenView view, int k, Quoted inside) {
        Speaker speaker;
        int after;
        if (words.isFoldedAccording(view.word(k))) {
            speaker = folded(view, k, Speaker.NONE);
            after = k + 1;
        } else {
            speaker = phrases.after(view, k + 1);
            if (speaker.span() == null) {
                return null;
            }
            after = indexAfter(view, speaker.span().end());
        }
        Span statement = after >= 0 && view.isWord(after, ",") && view.sentence(after) == view.sentence(k)
                ? clause(view, after + 1, view.sentenceLast(k), inside)
                : statementBefore(view, k, inside);
        return statement == null ? null : reported(view, k, speaker, statement);
    }

    /** The clause a comma closes right before the cue at {@code k} ("..., kata X."), or null. */
    private static Span statementBefore(TokenView view, int k, Quoted inside) {
        return view.isWord(k - 1, ",") && k - 2 >= view.sentenceFirst(k)
                ? clause(view, view.sentenceFirst(k), k - 2, inside) : null;
    }

    /** Indirect speech with its cue at {@code k}. */
    private Speech reported(TokenView view, int k, Speaker speaker, Span statement) {
        return new Speech(new Quote(speaker.actor(), speaker.mention(), view.span(k, k), statement, false,
                relay(view, k)), speaker);
    }

    /**
     * The clause from token {@code s} to {@code e} without its final punctuation, cut before a quotation that
     * opens inside it; null when it is empty or itself a quotation.
     */
    private static Span clause(TokenView view, int s, int e, Quoted inside) {
        if (s > e || s >= view.size() || inside.at(s)) {
            return null;
        }
        int end = Math.min(e, inside.nextFrom(s + 1) - 1);
        while (end > s && view.is(end, TokenFlag.PUNCTUATION)) {
            end--;
        }
        return end > s ? view.span(s, end) : null;
    }

    /**
     * The speaker folded into a cue ("katanya", "menurutnya"): the person the analysis says it refers to, else
     * the previous quotation's speaker, else the nearest person named before.
     */
    private Speaker folded(TokenView view, int k, Speaker previous) {
        Span span = view.span(k, k);
        int m = view.mentionAt(k);
        if (m >= 0 && !view.mentions.get(m).refersTo().isEmpty()) {
            Mention mention = view.mentions.get(m);
            return new Speaker(span, mention.refersTo().getFirst(), mention.actor(), true);
        }
        if (previous.mention() >= 0 || previous.span() != null) {
            return previous.at(span, true);
        }
        for (int j = view.mentions.size() - 1; j >= 0; j--) {
            Mention mention = view.mentions.get(j);
            if (mention.kind() == MentionKind.PERSON && mention.end() <= span.start()) {
                return new Speaker(span, j, mention.actor(), true);
            }
        }
        return new Speaker(span, -1, null, true);
    }

    /** The outlet relayed in the cue's sentence, or null. */
    private String relay(TokenView view, int cueAt) {
        return view.relayOf(view.sentence(cueAt), s -> {
            Relays.Found found = relays.find(view, view.sentenceFirst(cueAt), view.sentenceLast(cueAt));
            return found == null ? null : found.outlet();
        });
    }

    /** Whether the mark at {@code open} starts a sentence (the splitter may have left it ending the one before). */
    private static boolean opensSentence(TokenView view, int open) {
        return view.sentenceFirst(open) == open || view.sentenceLast(open) == open
                || open > 0 && SENTENCE_END.contains(view.word(open - 1));
    }

    /** The index of the first token starting at or after {@code offset}, or -1. */
    private static int indexAfter(TokenView view, int offset) {
        int i = TextOrder.firstAtOrAfter(view.size(), k -> view.token(k).start(), offset);
        return i < view.size() ? i : -1;
    }

    /** How a cue word outside quotation marks is read. */
    private enum OpenCue {
        REPORTING,
        ACCORDING,
        INVERTED
    }

    /**
     * The tokens inside quotation marks, with the first such token from each place on, so that a clause that runs
     * to a quotation ends there at once (a sentence may hold thousands of clauses).
     */
    private static final class Quoted {
        private final boolean[] inside;
        /** {@code next[k]}: the first quoted token at or after {@code k}; the size when there is none. Made when
         * first asked. */
        private int[] next;

        Quoted(int size, List<QuotePairs.Pair> pairs) {
            inside = new boolean[size];
            for (QuotePairs.Pair pair : pairs) {
                for (int k = pair.open(); k <= pair.close(); k++) {
                    inside[k] = true;
                }
            }
        }

        boolean at(int k) {
            return inside[k];
        }

        int nextFrom(int k) {
            if (next == null) {
                int size = inside.length;
                next = new int[size];
                for (int j = size - 1; j >= 0; j--) {
                    next[j] = inside[j] ? j : j + 1 < size ? next[j + 1] : size;
                }
            }
            return k < next.length ? next[k] : next.length;
        }
    }
}
