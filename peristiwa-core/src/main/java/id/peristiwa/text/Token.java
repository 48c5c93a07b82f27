package id.peristiwa.text;

import java.util.Objects;
import java.util.Set;

/**
 * One token of an article's clean text: the half-open range {@code [start, end)} it covers, a normalized form
 * (lower case, typographic quotes and dashes unified; web and e-mail addresses as written) and its flags.
 * Clitics stay inside the word ("rumahnya" is one token) and show in the flags.
 */
public record Token(int start, int end, String normalized, Set<TokenFlag> flags) {
    public Token {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token [" + start + "," + end + ")");
        }
        Objects.requireNonNull(normalized, "normalized");
        flags = FlagSet.of(flags);
    }

    /** Whether the token carries {@code flag}. */
    public boolean is(TokenFlag flag) {
        return flags.contains(flag);
    }
}
