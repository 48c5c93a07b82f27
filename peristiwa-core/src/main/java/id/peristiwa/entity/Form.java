package id.peristiwa.entity;

import id.peristiwa.text.Token;
import java.util.List;

/**
 * One written form of a gazetteer entry, as the tokens it must match.
 *
 * @param keys    the normalized tokens, the trie's keys
 * @param written the tokens as written in the data file, for the case checks
 * @param rule    how the case of the text must agree with the form
 * @param entry   what the form names
 */
record Form(String[] keys, String[] written, CaseRule rule, GazetteerEntry entry) {

    /** How strictly a form's case binds. */
    enum CaseRule {
        /** A form written in lower case matches in any case. */
        ANY,
        /** A form written with a capital must start with a capital in the text ("Amerika", not "amerika"). */
        CAPITAL,
        /** A form written with a leading "=" must match with exactly its case ("AS", not "as"). */
        EXACT
    }

    /** Whether the text's tokens from {@code first} on agree in case with this form. */
    boolean caseAgrees(String text, List<Token> tokens, int first) {
        return switch (rule) {
            case ANY -> true;
            case CAPITAL -> Character.isUpperCase(text.codePointAt(tokens.get(first).start()));
            case EXACT -> {
                for (int i = 0; i < written.length; i++) {
                    Token token = tokens.get(first + i);
                    if (token.end() - token.start() != written[i].length()
                            || !text.startsWith(written[i], token.start())) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }
}
