package id.peristiwa.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One non-blank line of captured page text with the features the reader classifies it by.
 *
 * @param index        position among the non-blank lines of the document
 * @param text         the line trimmed, runs of white space collapsed to one space
 * @param key          lower-cased {@code text}, used to find repeated lines
 * @param words        number of white-space separated words
 * @param terminal     ends with sentence punctuation, possibly followed by closing quotes or brackets
 * @param gapped       the raw line holds several items separated by wide gaps or bars, as menus do
 * @param capitalShare share of words that start with a capital letter
 * @param dateLike     short and looks like a date or time stamp
 * @param editorCode   a short bracketed code closing an article ("(ant/rdw)", "[sau]")
 * @param caption      a picture caption: ends with a credit in brackets ("(Foto: Reuters/Kim)",
 *                     "(Kabar Nusantara/Dok)"), or is one descriptive sentence that places the people in the
 *                     picture ("Menlu Retno (kiri) bersama Menlu Wang Yi di Beijing.")
 * @param tagList      links printed without separators: glued tags, a glued share bar, hashtags
 * @param description  one sentence that describes rather than reports (see {@link #isDescription})
 * @param vocabulary   how the line relates to the interface vocabulary (for a line of more than 40 words,
 *                     how its opening words do)
 */
record CapturedLine(int index, String text, String key, int words, boolean terminal, boolean gapped,
                    double capitalShare, boolean dateLike, boolean editorCode, boolean caption,
                    boolean tagList, boolean description, VocabularyMatch vocabulary) {

    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}\\b");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern EDITOR_CODE = Pattern.compile("^[(\\[][^()\\[\\]]{1,30}[)\\]]\\.?$");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\(([^()]{2,80})\\)\\.?$");
    private static final Pattern BRACKET = Pattern.compile("\\(([^()]{2,40})\\)");
    /** Captions are one sentence of a few words; a longer line is a paragraph. */
    private static final int MAX_DESCRIPTION_WORDS = 40;
    /** How many opening words of a long line are matched against the interface vocabulary. */
    private static final int OPENING_TOKENS = 16;
    private static final int MIN_DESCRIPTION_WORDS = 5;
    /** Date lines are short; a sentence that mentions a date is not one. */
    private static final int DATE_LINE_WORDS = 14;
    /** A date stamp is a few words; a longer date-like line inside a body is a list item or a result. */
    private static final int DATE_STAMP_WORDS = 8;

    /** Collapses white space (including no-break and zero-width spaces) and trims. */
    static String normalize(String raw) {
        if (isNormal(raw)) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Already trimmed with single plain spaces only: most lines of a corpus, returned without a copy. */
    private static boolean isNormal(String raw) {
        int n = raw.length();
        if (n == 0 || raw.charAt(0) == ' ' || raw.charAt(n - 1) == ' ' || raw.contains("  ")) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c != ' ' && isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        if (c > ' ' && c < 0x80) {
            return false; // the common case: printable ASCII
        }
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B';
    }

    /** Measures a raw line; {@code raw} must hold at least one non-space character. */
    static CapturedLine of(int index, String raw, InterfaceVocabulary vocabulary) {
        String text = normalize(raw);
        int words = 0;
        int capitals = 0;
        int lettered = 0;
        boolean inWord = false;
        boolean letterSeen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                inWord = false;
                continue;
            }
            if (!inWord) {
                inWord = true;
                letterSeen = false;
                words++;
            }
            if (!letterSeen && Character.isLetter(c)) {
                letterSeen = true;
                lettered++;
                if (Character.isUpperCase(c)) {
                    capitals++;
                }
            }
        }
        String key = text.toLowerCase(Locale.ROOT);
        // Interface phrases are short and open the lines they label: a long paragraph needs only its opening.
        VocabularyMatch match = words > MAX_DESCRIPTION_WORDS
                ? vocabulary.matchLowerCase(key, OPENING_TOKENS) : vocabulary.matchLowerCase(key);
        boolean dateLike = words <= DATE_LINE_WORDS && !text.endsWith(".")
                && (NUMERIC_DATE.matcher(text).find()
                    || match.hits().contains(InterfaceKind.DATE) && DIGIT.matcher(text).find());
        boolean description = isDescription(text, words, match);
        return new CapturedLine(index, text, key, words,
                LineShape.endsSentence(text), LineShape.gaps(raw.strip()) >= 2,
                lettered == 0 ? 0 : (double) capitals / lettered, dateLike,
                words <= 4 && EDITOR_CODE.matcher(text).matches(),
                hasCredit(text, vocabulary) || description && placesPeople(text, vocabulary),
                GluedList.isList(text), description, match);
    }

    /** True when the raw line holds nothing but white space. */
    static boolean isBlank(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (!isSpace(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }



    /**
     * A credit closes the line in brackets: a media label or agency ("(Foto: AFP)", "(Reuters)"), or a
     * "source/photographer" pair with a media word in it ("(Kabar Nusantara/Dok)", "(Dok/Humas Kemlu)").
     */
    private static boolean hasCredit(String text, InterfaceVocabulary vocabulary) {
        if (!text.endsWith(")") && !text.endsWith(").")) {
            return false;
        }
        Matcher m = TRAILING_BRACKET.matcher(text).region(Math.max(0, text.length() - 84), text.length());
        if (!m.find() || m.start() == 0) {
            return false;
        }
        VocabularyMatch credit = vocabulary.match(m.group(1));
        return credit.label() == InterfaceKind.MEDIA || credit.leading().contains(InterfaceKind.MEDIA)
                || m.group(1).contains("/") && credit.hits().contains(InterfaceKind.MEDIA);
    }

    /** A bracketed position marker after a name ("(kanan)", "(kedua dari kiri)") points into a picture. */
    private static boolean placesPeople(String text, InterfaceVocabulary vocabulary) {
        Matcher m = BRACKET.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && vocabulary.match(m.group(1)).whole().contains(InterfaceKind.POSITION)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One sentence that describes rather than reports: it ends in a period, has no other sentence in it, no
     * quotation and no verb of saying. Picture captions are written so; most body paragraphs are not.
     */
    static boolean isDescription(String text, int words, VocabularyMatch vocabulary) {
        return words >= MIN_DESCRIPTION_WORDS && words <= MAX_DESCRIPTION_WORDS && text.endsWith(".")
                && !vocabulary.hits().contains(InterfaceKind.SPEECH) && !hasQuote(text)
                && !LineShape.hasInnerSentenceEnd(text);
    }

    private static boolean hasQuote(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '"', '“', '”', '„', '«', '»' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** True for a one-sentence description; see {@link #isDescription(String, int, VocabularyMatch)}. */
    boolean isDescription() {
        return description;
    }

    /** A date or time stamp of a few words ("24.06.2024 21:40"), not a list item that holds a date. */
    boolean isDateStamp() {
        return dateLike && words <= DATE_STAMP_WORDS;
    }

    /** Number of characters of the normalized text. */
    int chars() {
        return text.length();
    }

    /**
     * True when the line is site chrome wherever it stands: a whole chrome phrase, a chrome label
     * ("Baca juga: ..."), a picture caption, links printed without separators, or a short line made mostly of
     * chrome words.
     */
    boolean isChrome() {
        return vocabulary.wholeChrome()
                || vocabulary.label() != null && vocabulary.label().isChrome()
                || caption
                || tagList
                || words <= 12 && vocabulary.chromeShare() >= 0.5;
    }

    /** True when the line is chrome of a kind after which the article does not go on (comments, footer). */
    boolean endsPage() {
        return isChrome() && vocabulary.hits().stream().anyMatch(InterfaceKind::endsPage);
    }

    /** True for a line made only of section and navigation names: a menu item or a section label. */
    boolean isNavigation() {
        return vocabulary.share() >= 0.99 && vocabulary.hits().stream()
                .allMatch(k -> k == InterfaceKind.SECTION || k == InterfaceKind.NAVIGATION
                        || k == InterfaceKind.HOME || k == InterfaceKind.CONNECTOR);
    }
}
