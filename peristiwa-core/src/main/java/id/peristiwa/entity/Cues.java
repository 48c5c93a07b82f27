package id.peristiwa.entity;

import id.peristiwa.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The words around names that decide how matches are read (data file {@code gazetteer/cues.txt}). Each cue is
 * its normalized tokens, space-joined; phrases have at most {@link #MAX_WORDS} words.
 *
 * @param place        cues that make a following capital or country a place
 * @param capitalPlace cues that make a following capital (not a country) a place
 * @param afterName    cues that make a following capital or country a place when a name ends right before them
 * @param posting      words between a diplomat's country and the country of posting
 * @param particle     lower-case words allowed inside a person's name
 * @param notName      normalized capitalized words that end a person's name
 */
record Cues(Set<String> place, Set<String> capitalPlace, Set<String> afterName, Set<String> posting,
            Set<String> particle, Set<String> notName) {
    /** The longest cue phrase read, in words. */
    static final int MAX_WORDS = 3;

    Cues {
        place = Set.copyOf(place);
        capitalPlace = Set.copyOf(capitalPlace);
        afterName = Set.copyOf(afterName);
        posting = Set.copyOf(posting);
        particle = Set.copyOf(particle);
        notName = Set.copyOf(notName);
    }

    /** Whether one to three tokens right before token {@code first} (not before {@code from}) are a place cue. */
    boolean placeCueBefore(List<Token> tokens, int from, int first) {
        return endsBefore(place, tokens, from, first);
    }

    /** Whether the tokens right before token {@code first} are a cue that makes a capital alone a place. */
    boolean capitalCueBefore(List<Token> tokens, int from, int first) {
        return endsBefore(capitalPlace, tokens, from, first);
    }

    /** Whether the token right before token {@code first} is a cue that places what follows a name. */
    boolean afterNameCueBefore(List<Token> tokens, int from, int first) {
        return first - 1 >= from && afterName.contains(tokens.get(first - 1).normalized());
    }

    /**
     * Whether a cue of {@code cues} ends right before token {@code first}. Phrases are rare, so the joined
     * string is built only when the one-word test fails, and only at a gazetteer match.
     */
    private static boolean endsBefore(Set<String> cues, List<Token> tokens, int from, int first) {
        if (first - 1 < from) {
            return false;
        }
        String phrase = tokens.get(first - 1).normalized();
        if (cues.contains(phrase)) {
            return true;
        }
        for (int words = 2; words <= MAX_WORDS && first - words >= from; words++) {
            phrase = tokens.get(first - words).normalized() + " " + phrase;
            if (cues.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
