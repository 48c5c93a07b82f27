package id.peristiwa.entity;

import id.peristiwa.text.Token;
import id.peristiwa.text.TokenFlag;
import java.util.List;

/**
 * Finds an unknown person's name after a title: the run of capitalized words (hyphenated names are one
 * token; lower-case particles such as "bin" or "van" may stand inside), ended by a lower-case word,
 * punctuation, a word listed as no name (weekdays), or the start of a gazetteer match.
 */
final class PersonNames {
    /** The longest name a title is taken to introduce; longer runs are headlines, not names. */
    static final int MAX_TOKENS = 5;

    private PersonNames() {
    }

    /**
     * The end (exclusive token index) of the name starting at {@code first}, or {@code first} when no name
     * starts there.
     *
     * @param stop the token index of the next gazetteer match (or the sentence's end)
     */
    static int end(String text, List<Token> tokens, int first, int stop, Cues cues) {
        int end = first;
        int limit = Math.min(stop, first + MAX_TOKENS);
        for (int i = first; i < limit; i++) {
            Token token = tokens.get(i);
            if (capitalized(text, token) && !cues.notName().contains(token.normalized())) {
                end = i + 1;
            } else if (end > first && cues.particle().contains(token.normalized()) && i + 1 < limit
                    && capitalized(text, tokens.get(i + 1))) {
                continue; // a particle counts only when a capitalized word follows it
            } else {
                break;
            }
        }
        return end;
    }

    /** Whether the token is written with a capital letter first (a hashtag is not). */
    static boolean capitalized(String text, Token token) {
        return Character.isUpperCase(text.codePointAt(token.start())) && !token.is(TokenFlag.HASHTAG);
    }
}
