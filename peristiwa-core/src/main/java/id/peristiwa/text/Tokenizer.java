package id.peristiwa.text;

import id.peristiwa.document.Span;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts text into tokens in one left-to-right pass over its characters. Words keep their inner hyphens,
 * apostrophes and clitics; numbers keep their separators; web addresses, e-mail addresses, hashtags and
 * mentions stay whole; a final period joins a word only when the word is a known abbreviation or an initial.
 */
final class Tokenizer {
    private final Abbreviations abbreviations;
    private final Clitics clitics;
    private final Set<String> currencies;
    /** The longest currency sign, so that a long run of letters and digits is never copied to be looked up. */
    private final int longestCurrency;

    /** @param currencies currency signs written against an amount, split from it ("Rp5.000") */
    Tokenizer(Abbreviations abbreviations, Clitics clitics, Set<String> currencies) {
        this.abbreviations = abbreviations;
        this.clitics = clitics;
        this.currencies = Set.copyOf(currencies);
        this.longestCurrency = currencies.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Appends the tokens of {@code text[from, to)} to {@code out}. */
    void tokenize(String text, int from, int to, List<Token> out) {
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (Characters.isSpace(cp)) {
                i += Character.charCount(cp);
            } else if (startsUrl(text, i, to)) {
                i = url(text, i, to, out);
            } else if (Characters.isWordPart(cp)) {
                i = word(text, i, i, to, out);
            } else if ((cp == '#' || cp == '@') && i + 1 < to && Characters.isWordPart(text.codePointAt(i + 1))) {
                i = word(text, i, i + 1, to, out);
            } else {
                i = punctuation(text, i, to, out);
            }
        }
    }

    private Token token(int start, int end, String normalized, EnumSet<TokenFlag> flags) {
        return new Token(start, end, normalized, FlagSet.of(flags));
    }

    private static boolean startsUrl(String text, int i, int to) {
        return text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8)
                || (text.regionMatches(true, i, "www.", 0, 4) && i + 4 < to
                && Character.isLetterOrDigit(text.charAt(i + 4)));
    }

    private int url(String text, int start, int to, List<Token> out) {
        int end = start;
        while (end < to && !Characters.isSpace(text.charAt(end))) {
            end++;
        }
        // Sentence punctuation and closing quotes or brackets right after an address are not part of it.
        while (end > start + 1 && Characters.isUrlTrailer(text.charAt(end - 1))) {
            end--;
        }
        out.add(token(start, end, text.substring(start, end), EnumSet.of(TokenFlag.URL)));
        return end;
    }

    /** A word from {@code start}; its letters begin at {@code body} (after a leading "#" or "@"). */
    private int word(String text, int start, int body, int to, List<Token> out) {
        int end = body;
        boolean hyphen = false;
        boolean at = false;
        boolean inner = false;
        int segment = body;
        while (end < to) {
            int cp = text.codePointAt(end);
            if (Characters.isWordPart(cp)) {
                if (Character.isDigit(cp) && end > body && Character.isLetter(text.charAt(end - 1))
                        && end - start <= longestCurrency && currencies.contains(text.substring(start, end))) {
                    break;
                }
                end += Character.charCount(cp);
                continue;
            }
            if (end + 1 >= to || !joins(cp, text.codePointBefore(end), text.codePointAt(end + 1))
                    || (Characters.isHyphen(cp) && splitsAt(text, segment, end, to))
                    || (cp == '.' && lostSpace(text, end, to))) {
                break;
            }
            if (!Character.isLetterOrDigit(cp)) {
                segment = end + 1;
            }
            hyphen |= Characters.isHyphen(cp);
            at |= cp == '@';
            inner |= cp == '.';
            end++;
        }
        EnumSet<TokenFlag> flags = EnumSet.noneOf(TokenFlag.class);
        if (end < to && text.charAt(end) == '.' && start == body) {
            String withPeriod = text.substring(start, end + 1);
            Abbreviations.Kind kind = abbreviations.kind(withPeriod);
            if (kind == Abbreviations.Kind.TITLE) {
                flags.add(TokenFlag.TITLE);
            } else if (kind == Abbreviations.Kind.NONE && isInitials(text, start, end)
                    && !joinedToPrevious(text, start) && !isNumeral(text, start, end, out)) {
                flags.add(TokenFlag.INITIAL);
            } else if (kind == Abbreviations.Kind.NONE && !(inner && isLetterChain(text, start, end))) {
                flags = null;
            }
            if (flags != null) {
                flags.add(TokenFlag.ABBREVIATION);
                end++;
                out.add(token(start, end, withPeriod.toLowerCase(Locale.ROOT), flags));
                return end;
            }
            flags = EnumSet.noneOf(TokenFlag.class);
        }
        String surface = text.substring(start, end);
        if (start != body) {
            flags.add(text.charAt(start) == '#' ? TokenFlag.HASHTAG : TokenFlag.MENTION);
        } else if (at) {
            flags.add(TokenFlag.EMAIL);
        } else if (Characters.isNumber(surface)) {
            flags.add(TokenFlag.NUMBER);
        } else {
            String lower = surface.toLowerCase(Locale.ROOT);
            if (hyphen) {
                lower = Characters.unifyHyphens(lower);
            }
            flagWord(lower, hyphen, flags);
            out.add(token(start, end, lower, flags));
            return end;
        }
        out.add(token(start, end, flags.contains(TokenFlag.EMAIL) ? surface : surface.toLowerCase(Locale.ROOT),
                flags));
        return end;
    }

    private void flagWord(String lower, boolean hyphen, EnumSet<TokenFlag> flags) {
        if (!Characters.isLetters(lower)) {
            return;
        }
        clitics.flag(lower, flags);
        if (hyphen) {
            int dash = lower.indexOf('-');
            String first = lower.substring(0, dash);
            String second = lower.substring(dash + 1);
            if (Reduplication.is(first, second)) {
                flags.add(TokenFlag.REDUPLICATION);
            }
        }
    }

    /**
     * Whether the joiner {@code cp} between {@code before} and {@code after} stays inside the word: hyphens
     * and periods between letters or digits, apostrophes between letters, commas and colons between digits,
     * slashes next to a digit, "@" and "_" inside addresses and handles.
     */
    private static boolean joins(int cp, int before, int after) {
        return switch (cp) {
            case '-', '\u2010', '\u2011', '.', '@', '_' -> alphanumeric(before, after);
            case '\'', '\u2019' -> Character.isLetter(before) && Character.isLetter(after);
            case ',', ':' -> Character.isDigit(before) && Character.isDigit(after);
            case '/' -> alphanumeric(before, after) && (Character.isDigit(before) || Character.isDigit(after)
                    || (Character.isUpperCase(before) && Character.isUpperCase(after)));
            default -> false;
        };
    }

    /** Whether both characters are letters or digits; asked only for a joining mark (a space ends most words). */
    private static boolean alphanumeric(int before, int after) {
        return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
    }

    /**
     * Whether the word is cut at the hyphen at {@code hyphen}: a range between numbers ("19-21") or between
     * capitalised words ("Januari-September", "Jagorawi-Cinere"), unless the two sides repeat one word
     * ("Negara-Negara"). Compounds and reduplications in lower case stay whole.
     *
     * @param segment where the part before the hyphen starts
     */
    private static boolean splitsAt(String text, int segment, int hyphen, int to) {
        char before = text.charAt(hyphen - 1);
        char after = text.charAt(hyphen + 1);
        if (Character.isDigit(before) && Character.isDigit(after)) {
            return true;
        }
        if (!Character.isUpperCase(text.charAt(segment)) || !Character.isUpperCase(after)) {
            return false;
        }
        int next = hyphen + 1;
        while (next < to && Characters.isWordPart(text.charAt(next))) {
            next++;
        }
        return !Reduplication.is(text.substring(segment, hyphen).toLowerCase(Locale.ROOT),
                text.substring(hyphen + 1, next).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the period at {@code period} ends a sentence whose following space was lost ("ketika
     * didunia.Pada tahun 2005"): it stands between a lower-case letter or digit and a capitalised word in lower
     * case after its first letter. Inner capitals of names and codes ("M.Si", "XI.B") have a capital before.
     */
    private static boolean lostSpace(String text, int period, int to) {
        char before = text.charAt(period - 1);
        return period + 2 < to && (Character.isLowerCase(before) || Character.isDigit(before))
                && Character.isUpperCase(text.charAt(period + 1)) && Character.isLowerCase(text.charAt(period + 2));
    }

    /** "B", "D.W": single capital letters between periods, the initials of a name. */
    private static boolean isInitials(String text, int start, int end) {
        for (int i = start; i < end; i += 2) {
            if (!Character.isUpperCase(text.charAt(i)) || (i + 1 < end && text.charAt(i + 1) != '.')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word at {@code start} hangs on the word before it by a hyphen or slash: the "P" of
     * "APBN-P." is the end of an acronym, not an initial.
     */
    private static boolean joinedToPrevious(String text, int start) {
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        return Characters.isHyphen(before) || before == '/';
    }

    /**
     * Whether the single capital at {@code [start, end)} is a Roman numeral after a common noun ("kuartal I.",
     * "tahap V."), not the initial of a name. Initials I, V and X are rare, and a Roman numeral after a
     * lower-case noun is common in news (quarters, stages, phases).
     */
    private static boolean isNumeral(String text, int start, int end, List<Token> out) {
        if (end != start + 1 || "IVX".indexOf(text.charAt(start)) < 0 || out.isEmpty()) {
            return false;
        }
        Token previous = out.getLast();
        return previous.flags().isEmpty() && Character.isLowerCase(text.charAt(previous.start()));
    }

    /** "a.n", "S.H", "D.W": one or two letters between periods. */
    private static boolean isLetterChain(String text, int start, int end) {
        int run = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                run = 0;
            } else if (!Character.isLetter(c) || ++run > 2) {
                return false;
            }
        }
        return true;
    }

    private int punctuation(String text, int start, int to, List<Token> out) {
        int cp = text.codePointAt(start);
        int end = start + Character.charCount(cp);
        EnumSet<TokenFlag> flags = EnumSet.noneOf(TokenFlag.class);
        String normalized;
        if (Characters.isTerminal(cp)) {
            // "...", "?!", "!!!" are one mark.
            while (end < to && Characters.isTerminal(text.charAt(end))) {
                end++;
            }
            flags.add(TokenFlag.PUNCTUATION);
            normalized = text.substring(start, end).replace('\u2026', '.');
        } else if (Characters.isDash(cp)) {
            while (end < to && text.charAt(end) == cp) {
                end++;
            }
            flags.add(TokenFlag.PUNCTUATION);
            normalized = "-";
        } else if (Characters.isQuote(cp)) {
            // A doubled mark ("``", "''") is one quotation mark.
            if (end < to && text.charAt(end) == cp && cp != '"') {
                end++;
            }
            flags.add(TokenFlag.PUNCTUATION);
            flags.add(TokenFlag.QUOTE);
            normalized = Characters.isSingleQuote(cp) && end - start == 1 ? "'" : "\"";
        } else {
            flags.add(Characters.isPunctuation(cp) ? TokenFlag.PUNCTUATION : TokenFlag.SYMBOL);
            // An emoji keeps its variation selector, skin tone and joined parts.
            while (end < to && Characters.extendsSymbol(text, end, to)) {
                end += Character.charCount(text.codePointAt(end));
            }
            normalized = text.substring(start, end);
        }
        out.add(token(start, end, normalized, flags));
        return end;
    }
}
