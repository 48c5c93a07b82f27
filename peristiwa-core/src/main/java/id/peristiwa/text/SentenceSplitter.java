package id.peristiwa.text;

import id.peristiwa.document.Span;
import java.util.List;

/**
 * Groups the tokens of one paragraph stream into sentences. A sentence may end at a terminal mark (".", "!",
 * "?", "...") or at an abbreviation that is not a title or initial; closing quotes and brackets right after
 * the mark belong to the sentence it ends. It does end there unless the next token begins with a lower-case
 * letter ("\"Kami siap!\" kata dia." is one sentence); after an abbreviation only a capital letter starts a
 * new sentence ("Rp. 5 juta", "dkk. dari"), and not when that word is an abbreviation too ("Pte. Ltd."), unless
 * it is the initial of a name ("1.700 mm. M. Akib ...").
 * A quotation that closes within the paragraph is never cut: a quoted statement of several sentences stays
 * one sentence with its attribution ("\"Kami siap. Pasukan sudah disiagakan,\" kata Kapendam."), as the
 * Indonesian treebanks of news annotate it. Nor is a remark in brackets that close nearby ("(Salmonella sp.
 * Typhi)"). A plain period or question mark right after a word, followed by a word in lower case, does end the
 * sentence ("... pada 1879. kemudian ..."): with abbreviations and closing quotes out of the way, that is a
 * sentence whose writer forgot the capital, not a continuation.
 */
final class SentenceSplitter {
    /** How far ahead a closing quotation mark is looked for; an unclosed mark beyond it opens nothing. */
    private static final int QUOTATION_REACH = 300;
    /** How far ahead a closing bracket is looked for; parenthetical remarks are short. */
    private static final int BRACKET_REACH = 100;

    private SentenceSplitter() {
    }

    /** Appends to {@code out} the sentences of {@code tokens}, which are in text order. */
    static void split(String text, List<Token> tokens, List<Span> out) {
        int n = tokens.size();
        int first = -1;
        int quotationEnd = -1;
        int bracketEnd = -1;
        for (int k = 0; k < n; k++) {
            if (first < 0) {
                first = k;
            }
            Token token = tokens.get(k);
            if (k > quotationEnd && opensQuotation(text, tokens, k)) {
                quotationEnd = closingQuotation(text, tokens, k);
            }
            if (k > bracketEnd && Characters.isOpeningBracket(text.charAt(token.start()))) {
                bracketEnd = closingBracket(text, tokens, k);
            }
            boolean terminal = isTerminal(text, token);
            if (!terminal && !endsAsAbbreviation(token)) {
                continue;
            }
            int last = k;
            while (last + 1 < n && closes(text, tokens.get(last), tokens.get(last + 1))) {
                last++;
            }
            if (last < quotationEnd || last < bracketEnd) {
                continue;
            }
            if (last + 1 == n || opens(text, tokens.get(last + 1), terminal)
                    || (last == k && startsInLowerCase(text, tokens, k))) {
                out.add(new Span(tokens.get(first).start(), tokens.get(last).end()));
                first = -1;
                k = last;
            }
        }
        if (first >= 0) {
            out.add(new Span(tokens.get(first).start(), tokens.get(n - 1).end()));
        }
    }

    /** A double quotation mark that opens: a typographic opening mark, or a straight one attached to what follows. */
    private static boolean opensQuotation(String text, List<Token> tokens, int k) {
        Token token = tokens.get(k);
        if (!token.is(TokenFlag.QUOTE) || k + 1 == tokens.size()) {
            return false;
        }
        char c = text.charAt(token.start());
        boolean attachedAfter = tokens.get(k + 1).start() == token.end();
        boolean detachedBefore = k == 0 || tokens.get(k - 1).end() < token.start();
        return c == '\u201C' || c == '\u201E' || c == '\u00AB' || (c == '"' && attachedAfter && detachedBefore);
    }

    /** The index of the mark that closes the quotation opened at {@code open}, or -1 when none does nearby. */
    private static int closingQuotation(String text, List<Token> tokens, int open) {
        int limit = Math.min(tokens.size(), open + QUOTATION_REACH);
        for (int j = open + 1; j < limit; j++) {
            Token token = tokens.get(j);
            if (!token.is(TokenFlag.QUOTE)) {
                continue;
            }
            char c = text.charAt(token.start());
            if (c == '\u201D' || c == '\u00BB' || (c == '"' && tokens.get(j - 1).end() == token.start())) {
                return j;
            }
            if (opensQuotation(text, tokens, j)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The index of the bracket that closes the one opened at {@code open}, nested pairs skipped, or -1 when
     * none does nearby. A remark in brackets is never cut: "(E. coli)", "(SSK. II)".
     */
    private static int closingBracket(String text, List<Token> tokens, int open) {
        int limit = Math.min(tokens.size(), open + BRACKET_REACH);
        int depth = 0;
        for (int j = open; j < limit; j++) {
            Token token = tokens.get(j);
            if (!token.is(TokenFlag.PUNCTUATION)) {
                continue;
            }
            char c = text.charAt(token.start());
            if (Characters.isOpeningBracket(c)) {
                depth++;
            } else if (Characters.isClosingBracket(c) && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Whether the plain period or question mark at {@code k} ends a sentence whose successor starts in lower
     * case: the mark follows a word or number and is followed, with nothing closing in between, by a word in
     * lower case ("... lahir pada 1879. kemudian ia ..."). A mark inside a closing quotation ("\"Siap?\" tanya
     * dia") and the periods of abbreviations, which belong to their word, never come here.
     */
    private static boolean startsInLowerCase(String text, List<Token> tokens, int k) {
        Token mark = tokens.get(k);
        char c = text.charAt(mark.start());
        if (k == 0 || k + 1 == tokens.size() || mark.end() - mark.start() != 1 || (c != '.' && c != '?')) {
            return false;
        }
        Token before = tokens.get(k - 1);
        Token after = tokens.get(k + 1);
        boolean wordBefore = !before.is(TokenFlag.PUNCTUATION) && !before.is(TokenFlag.SYMBOL)
                && before.end() - before.start() >= 2 && before.end() == mark.start();
        return wordBefore && after.start() > mark.end() && !after.is(TokenFlag.PUNCTUATION)
                && Character.isLowerCase(text.codePointAt(after.start()));
    }

    private static boolean isTerminal(String text, Token token) {
        return token.is(TokenFlag.PUNCTUATION) && Characters.isTerminal(text.charAt(token.start()));
    }

    private static boolean endsAsAbbreviation(Token token) {
        return token.is(TokenFlag.ABBREVIATION) && !token.is(TokenFlag.TITLE) && !token.is(TokenFlag.INITIAL);
    }

    /**
     * Whether {@code next} closes a quotation or bracket that the sentence ending at {@code previous} is inside:
     * a closing mark, or a straight quote written right after the previous token and followed by space.
     */
    private static boolean closes(String text, Token previous, Token next) {
        if (!next.is(TokenFlag.PUNCTUATION) || next.end() - next.start() != 1) {
            return false;
        }
        char c = text.charAt(next.start());
        if (!Characters.isCloser(c)) {
            return false;
        }
        if (c == '"' || c == '\'') {
            return next.start() == previous.end()
                    && (next.end() == text.length() || !Character.isLetterOrDigit(text.charAt(next.end())));
        }
        return true;
    }

    /** Whether {@code next} can open a sentence after a terminal mark or an abbreviation. */
    private static boolean opens(String text, Token next, boolean afterTerminal) {
        int cp = text.codePointAt(next.start());
        if (Character.isLowerCase(cp)) {
            return false;
        }
        if (!afterTerminal) {
            return (Character.isUpperCase(cp) || Character.isTitleCase(cp))
                    && !(next.is(TokenFlag.ABBREVIATION) && !next.is(TokenFlag.INITIAL));
        }
        // A period, comma or other mark that continues the sentence ("...?", "!,") does not open one.
        return !(next.is(TokenFlag.PUNCTUATION) && (cp == ',' || cp == ';' || cp == ':' || cp == ')'));
    }
}
