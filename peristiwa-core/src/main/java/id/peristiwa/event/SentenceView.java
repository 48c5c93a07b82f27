package id.peristiwa.event;

import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import id.peristiwa.entity.Mention;
import id.peristiwa.entity.MentionKind;
import id.peristiwa.text.Sentence;
import id.peristiwa.text.Token;
import id.peristiwa.text.TokenFlag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * One sentence as the coder reads it: its words (normalized, clitics removed) and, per token, the article mention
 * that covers it. Built once per sentence; read-only afterwards, but for what the coder asks of the whole sentence
 * (where marker phrases start, whether it tells background), kept when first read. Not thread-safe.
 */
final class SentenceView {

    /**
     * At most this many tokens (a sentence's stems, a range searched for marker phrases) are read directly, which
     * costs less than the sets and phrase starts kept for longer ones.
     */
    static final int SHORT = 64;
    /** Actors of this sector relay news; they are never a source or target. */
    private static final String MEDIA = "MED";

    private final Sentence sentence;
    private final List<Mention> mentions;
    private final List<String> words;
    private final List<String> stems;
    private final int[] mentionAt;
    private final Function<String, String> placeCountry;
    private final Function<Mention, List<Actor>> sides;
    /** Made when first asked, as most sentences are never asked. */
    private Map<EventMarkers.Group, int[]> phraseStarts;
    private Map<Integer, Boolean> historical;
    private Set<String> stemSet;

    SentenceView(Sentence sentence, List<Mention> mentions, int firstMention) {
        this(sentence, mentions, firstMention, name -> null, m -> List.of());
    }

    /**
     * @param placeCountry the country a place name lies in ("Odesa": UKR), or null when unknown
     * @param sides        the actors a mention that names no actor stands for by what the article told before
     *                     ("kedua pihak" after a war: its sides), or empty to go by its referents
     */
    SentenceView(Sentence sentence, List<Mention> mentions, int firstMention, Function<String, String> placeCountry,
                 Function<Mention, List<Actor>> sides) {
        this.sentence = sentence;
        this.mentions = mentions;
        this.placeCountry = placeCountry;
        this.sides = sides;
        List<Token> tokens = sentence.tokens();
        List<String> w = new ArrayList<>(tokens.size());
        List<String> st = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            w.add(t.normalized());
            st.add(stripClitic(t));
        }
        this.words = List.copyOf(w);
        this.stems = List.copyOf(st);
        this.mentionAt = new int[tokens.size()];
        Arrays.fill(mentionAt, -1);
        int t = 0;
        for (int m = firstMention; m < mentions.size() && t < tokens.size(); m++) {
            Mention mention = mentions.get(m);
            if (mention.start() >= sentence.span().end()) {
                break;
            }
            while (t < tokens.size() && tokens.get(t).end() <= mention.start()) {
                t++;
            }
            for (int k = t; k < tokens.size() && tokens.get(k).start() < mention.end(); k++) {
                mentionAt[k] = m;
            }
        }
    }

    private static String stripClitic(Token t) {
        String n = t.normalized();
        if (t.is(TokenFlag.CLITIC_NYA) && n.endsWith("nya") && n.length() > 5) {
            return n.substring(0, n.length() - 3);
        }
        if ((t.is(TokenFlag.CLITIC_LAH) || t.is(TokenFlag.CLITIC_KAH)) && n.length() > 5) {
            return n.substring(0, n.length() - 3);
        }
        return n;
    }

    Sentence sentence() {
        return sentence;
    }

    /**
     * Whether any token's stem is {@code stem}. A long sentence answers from a set of its stems made when first
     * asked, so that an endless sentence with many event words is not read again for each.
     */
    boolean hasStem(String stem) {
        if (stems.size() <= SHORT) {
            return stems.contains(stem);
        }
        if (stemSet == null) {
            stemSet = new HashSet<>(stems);
        }
        return stemSet.contains(stem);
    }

    /** Where the phrases of a marker group start in this sentence, found by {@code finder} when first asked. */
    int[] phraseStarts(EventMarkers.Group group, Supplier<int[]> finder) {
        if (phraseStarts == null) {
            phraseStarts = new EnumMap<>(EventMarkers.Group.class);
        }
        return phraseStarts.computeIfAbsent(group, g -> finder.get());
    }

    /** Whether the sentence tells background for an article of the given year, read by {@code reader} once. */
    boolean historical(int publishedYear, IntPredicate reader) {
        if (historical == null) {
            historical = new HashMap<>(2);
        }
        return historical.computeIfAbsent(publishedYear, reader::test);
    }

    /** Normalized words as written (clitics kept: "sebelumnya" is no "sebelum"), one per token. */
    List<String> words() {
        return words;
    }

    /** Normalized words without clitics ("pasukannya" is "pasukan"), for the dictionary. */
    List<String> stems() {
        return stems;
    }

    int size() {
        return words.size();
    }

    String word(int i) {
        return words.get(i);
    }

    boolean hasClitic(int i) {
        return sentence.tokens().get(i).is(TokenFlag.CLITIC_NYA);
    }

    /** Whether token {@code i} writes a number ("51", "10.000"). */
    boolean isNumber(int i) {
        return sentence.tokens().get(i).is(TokenFlag.NUMBER);
    }

    boolean isComma(int i) {
        return words.get(i).equals(",");
    }

    /** The article-level index of the mention covering token {@code i}, or -1. */
    int mentionAt(int i) {
        return mentionAt[i];
    }

    /** Whether token {@code i} starts a mention. */
    boolean startsMention(int i) {
        return mentionAt[i] >= 0 && (i == 0 || mentionAt[i - 1] != mentionAt[i]);
    }

    /** The first token after the mention that covers token {@code i}. */
    int mentionEnd(int i) {
        int k = i;
        while (k < mentionAt.length && mentionAt[k] == mentionAt[i]) {
            k++;
        }
        return k;
    }

    Mention mention(int index) {
        return mentions.get(index);
    }

    /**
     * The actors the mention stands for: its own actor, or those of the mentions a group or pronoun refers back
     * to; none for a place or a news outlet.
     */
    List<Actor> actors(int mentionIndex) {
        Mention m = mentions.get(mentionIndex);
        Set<Actor> out = new LinkedHashSet<>();
        List<Actor> told = m.actor() == null ? sides.apply(m) : List.of();
        if (m.actor() != null) {
            out.add(m.actor());
        } else if (!told.isEmpty()) {
            out.addAll(told);
        } else {
            for (int r : m.refersTo()) {
                if (r >= 0 && r < mentions.size() && mentions.get(r).actor() != null) {
                    out.add(mentions.get(r).actor());
                }
            }
        }
        out.removeIf(a -> MEDIA.equals(a.sector()));
        return List.copyOf(out);
    }

    /**
     * The country a place mention lies in, as an actor ("ke Odesa" aims at Ukraine), for acts whose target may be
     * where they are aimed; empty for a mention that is an actor, refers back, or is a place the gazetteer cannot
     * locate.
     */
    List<Actor> placeActors(int mentionIndex) {
        Mention m = mentions.get(mentionIndex);
        if (m.actor() != null || !m.refersTo().isEmpty()
                || m.kind() != MentionKind.LOCATION && m.kind() != MentionKind.COUNTRY) {
            return List.of();
        }
        String country = placeCountry.apply(m.text());
        return country == null ? List.of() : List.of(new Actor(country, country, null, m.text(), null));
    }

    /** Whether the mention names a news outlet or agency. */
    boolean isMedia(int mentionIndex) {
        Actor a = mentions.get(mentionIndex).actor();
        return a != null && MEDIA.equals(a.sector());
    }

    /** The character span of tokens {@code [from, to)}. */
    Span span(int from, int to) {
        return new Span(sentence.tokens().get(from).start(), sentence.tokens().get(to - 1).end());
    }
}
