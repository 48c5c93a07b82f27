package id.peristiwa.entity;

import id.peristiwa.document.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Takes back the codes of acronyms an article spells out as something else. The press defines an acronym once,
 * in parentheses after the words it stands for, and then uses it alone: "pajak kendaraan bermotor (PKB)" makes
 * every "PKB" of that article a tax, not the party the gazetteer knows by the same letters, and "Ujian Nasional
 * (UN)" an exam, not the United Nations. Only an acronym whose own words the gazetteer knows is taken back
 * ("Partai Kebangkitan Bangsa" for PKB, "United Nations" for UN), and only when the words before it spell it
 * otherwise: where the gazetteer lists no spelled-out name ("WHO", known as "Organisasi Kesehatan Dunia"), a
 * definition in another language ("World Health Organization (WHO)") keeps the code. Immutable; safe to share
 * between threads.
 */
public final class DefinedAcronyms {
    /** The longest acronym read: longer runs of capitals are names or shouting, not acronyms. */
    static final int MAX_LETTERS = 8;
    /** The shortest beginning of a word taken for the word cut short ("Pemberantas" for "Pemberantasan"). */
    static final int MIN_STEM = 4;

    private final Dictionaries dictionaries;

    /** Acronyms checked against what {@code dictionaries} say they stand for. */
    public DefinedAcronyms(Dictionaries dictionaries) {
        this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    }

    /**
     * The mentions without those of acronyms the article defines as something else, or the same list when
     * there are none.
     *
     * @param text     the article's clean text
     * @param mentions the article's mentions, in text order, before any reference is resolved
     */
    public List<Mention> apply(String text, List<Mention> mentions) {
        Set<String> redefined = new HashSet<>();
        for (Mention m : mentions) {
            if (m.actor() != null && isAcronym(m.text()) && parenthesized(text, m.span())) {
                Span words = spelledOut(text, m.start() - 1, m.text());
                Set<String> known = words == null ? Set.of() : dictionaries.spelledOut(m.actor(), m.text());
                if (!known.isEmpty() && !isOneOf(plain(text.substring(words.start(), words.end())), known)) {
                    redefined.add(key(m.text(), m.actor()));
                }
            }
        }
        if (redefined.isEmpty()) {
            return mentions;
        }
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.actor() == null || !redefined.contains(key(m.text(), m.actor()))) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static String key(String acronym, Actor actor) {
        return acronym + '\t' + actor.code();
    }

    /** Two to {@link #MAX_LETTERS} capital letters and nothing else. */
    static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > MAX_LETTERS) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean parenthesized(String text, Span span) {
        return span.start() > 0 && span.end() < text.length() && text.charAt(span.start() - 1) == '('
                && text.charAt(span.end()) == ')';
    }

    /**
     * The words right before {@code open} (the opening parenthesis), one per letter of {@code acronym}, each
     * starting with its letter in either case and apart from the next by a space or a hyphen
     * ("Perserikatan Bangsa-Bangsa" for PBB); null when they are not there.
     */
    static Span spelledOut(String text, int open, String acronym) {
        int i = open;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        int end = i;
        for (int letter = acronym.length() - 1; letter >= 0; letter--) {
            int wordEnd = i;
            while (i > 0 && isWordChar(text.charAt(i - 1))) {
                i--;
            }
            if (i == wordEnd || Character.toUpperCase(text.charAt(i)) != acronym.charAt(letter)) {
                return null;
            }
            if (letter > 0) {
                if (i == 0 || !isJoin(text.charAt(i - 1))) {
                    return null;
                }
                i--;
            }
        }
        return new Span(i, end);
    }

    /** The capitalized first letters of the words of {@code name}, read as {@link #spelledOut} reads them. */
    static String initials(String name) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isWordChar(c) && !isJoin(c)) {
                return "";
            }
            if (isWordChar(c) && (i == 0 || !isWordChar(name.charAt(i - 1)))) {
                letters.append(Character.toUpperCase(c));
            }
        }
        return letters.toString();
    }

    /**
     * Whether {@code words} are one of the {@code known} names, allowing for the slips of hurried writing: a word
     * may lack its ending or have one letter more, less or other than the listed word ("Komisi Pemberantas
     * Korupsi", "Badan Pusat Statistika", "Komisi Pemlilihan Umum").
     */
    static boolean isOneOf(String words, Set<String> known) {
        String[] written = words.split(" ");
        for (String name : known) {
            String[] listed = name.split(" ");
            boolean alike = listed.length == written.length;
            for (int i = 0; alike && i < listed.length; i++) {
                alike = alike(written[i], listed[i]);
            }
            if (alike) {
                return true;
            }
        }
        return false;
    }

    /** One word the other's beginning (of at least {@link #MIN_STEM} letters), or at most one edit away. */
    private static boolean alike(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (longer.startsWith(shorter) && shorter.length() >= MIN_STEM) {
            return true;
        }
        if (longer.length() - shorter.length() > 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        int skip = longer.length() > shorter.length() ? 0 : 1;
        return shorter.regionMatches(i + skip, longer, i + 1, shorter.length() - i - skip);
    }

    /** Words compared without their case: lower case, hyphens as spaces. */
    static String plain(String words) {
        return words.toLowerCase(Locale.ROOT).replace('-', ' ');
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }

    private static boolean isJoin(char c) {
        return c == ' ' || c == '-';
    }
}
