package id.peristiwa.text;

/** The character classes tokenization and sentence splitting decide by; comparisons, never regular expressions. */
public final class Characters {
    private Characters() {
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u200B' || cp == '\uFEFF';
    }

    /** Letters, digits and the combining marks that belong to them. */
    static boolean isWordPart(int cp) {
        if (cp < 128) {
            return isAsciiLetter(cp) || cp >= '0' && cp <= '9';
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        // Superscript digits belong to units: "km²".
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.OTHER_NUMBER;
    }

    /**
     * {@link Character#isLetter(char)}, with ASCII told by comparison: most of the text read is ASCII, and this
     * spares the JDK's tables.
     */
    public static boolean isLetter(char c) {
        return c < 128 ? isAsciiLetter(c) : Character.isLetter(c);
    }

    /** Whether {@code c}, which must be below 128, is an ASCII letter. */
    private static boolean isAsciiLetter(int c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    static boolean isHyphen(int cp) {
        return cp == '-' || cp == '\u2010' || cp == '\u2011';
    }

    /** Marks that can end a sentence: period, question and exclamation marks, the ellipsis character. */
    static boolean isTerminal(int cp) {
        return cp == '.' || cp == '!' || cp == '?' || cp == '\u2026';
    }

    static boolean isDash(int cp) {
        return cp == '-' || (cp >= '\u2010' && cp <= '\u2015') || cp == '\u2212';
    }

    static boolean isQuote(int cp) {
        return switch (cp) {
            case '"', '\'', '`', '\u00B4', '\u00AB', '\u00BB', '\u2018', '\u2019', '\u201A', '\u201B', '\u201C',
                 '\u201D', '\u201E', '\u201F', '\u2039', '\u203A', '\u300C', '\u300D' -> true;
            default -> false;
        };
    }

    static boolean isSingleQuote(int cp) {
        return switch (cp) {
            case '\'', '`', '\u00B4', '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A' -> true;
            default -> false;
        };
    }

    /** Quotation marks that only ever open a quotation. */
    static boolean isOpeningQuote(int cp) {
        return cp == '\u201C' || cp == '\u2018' || cp == '\u00AB' || cp == '\u201E' || cp == '\u201A'
                || cp == '\u2039' || cp == '\u300C' || cp == '`';
    }

    static boolean isOpeningBracket(int cp) {
        return cp == '(' || cp == '[' || cp == '{';
    }

    static boolean isClosingBracket(int cp) {
        return cp == ')' || cp == ']' || cp == '}';
    }

    /** Marks that may close a quotation or parenthesis after the end of a sentence. */
    static boolean isCloser(int cp) {
        return cp == ')' || cp == ']' || cp == '}' || cp == '\u201D' || cp == '\u2019' || cp == '\u00BB'
                || cp == '\u203A' || cp == '\u300D' || cp == '"' || cp == '\'';
    }

    static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    static boolean isUrlTrailer(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
                || c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }

    /** Whether the code point at {@code i} continues the emoji or symbol before it. */
    static boolean extendsSymbol(String text, int i, int to) {
        int cp = text.codePointAt(i);
        if (cp == '\uFE0F' || cp == '\uFE0E' || cp == '\u200D' || cp == '\u20E3' || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
            return true;
        }
        return text.charAt(i - 1) == '\u200D' && !isSpace(cp);
    }

    /** Digits with number separators only, at least one digit: "28.500", "1,5", "31/1", "10.15". */
    static boolean isNumber(String s) {
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c != '.' && c != ',' && c != ':' && c != '/') {
                return false;
            }
        }
        return digit;
    }

    /** Letters with inner hyphens or apostrophes only. */
    static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
                return false;
            }
        }
        return true;
    }

    static String unifyHyphens(String s) {
        return s.replace('\u2010', '-').replace('\u2011', '-');
    }
}
