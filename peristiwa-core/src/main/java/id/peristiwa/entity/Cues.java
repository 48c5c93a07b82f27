package id.peristiwa.entity;

import id.peristiwa.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The words around names that decide how matches are read (data file {@code gazetteer/cues.txt}).
 *
 * @param place    cues that make a following capital a place; each cue is its normalized tokens, space-joined
 * @param posting  words between a diplomat's country and the country of posting
 * @param particle lower-case words allowed inside a person's name
 * @param notName  normalized capitalized words that end a person's name
 */
record Cues(Set<String> place, Set<String> posting, Set<String> particle, Set<String> notName) {
    Cues {
        place = Set.copyOf(place);
        posting = Set.copyOf(posting);
        particle = Set.copyOf(particle);
        notName = Set.copyOf(notName);
    }

    /** Whether one or two tokens right before token {@code first} (not before {@code from}) are a place cue. */
    boolean placeCueBefore(List<Token> tokens, int from, int first) {
        if (first - 1 >= from && place.contains(tokens.get(first - 1).normalized())) {
            return true;
        }
        // Two-word cues ("ibu kota", "tiba di") are rare; the concatenation happens only when one is listed.
        return first - 2 >= from && place.contains(tokens.get(first - 2).normalized() + " "
                + tokens.get(first - 1).normalized());
    }
}
