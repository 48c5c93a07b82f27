package id.peristiwa.extract;

import id.peristiwa.document.Span;
import id.peristiwa.lang.LanguagePackFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognizes the dateline that opens many news articles ("Jakarta, CNN Indonesia --", "SEOUL (Reuters) -",
 * "TEMPO.CO, Jakarta -", "JAKARTA:") so that it stays out of the first sentence. The decision rests on
 * features, not a list of forms: the prefix before the first dash or colon is short, every part of it is a
 * capitalized place name, a short numeric date or an outlet-like name (listed, a web domain, a publication
 * word, or in brackets), and the sentence after it starts with a capital. Without an outlet, only an
 * all-capital place or a place with a date counts, which keeps ordinary sentences with a dash out.
 *
 * <p>Immutable and thread-safe.
 */
public final class DatelineRecognizer {

    private static final int MAX_PREFIX_WORDS = 8;
    private static final int MAX_PREFIX_CHARS = 80;
    private static final int MAX_PLACE_WORDS = 4;
    /** Acronyms like "AS" or "KPK" are written in capitals too; a capitalized place has more letters. */
    private static final int MIN_CAPITAL_PLACE_LETTERS = 4;
    private static final Pattern SHORT_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?");
    private static final Pattern PLACE_WORD = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*");

    private final NewsOutlets outlets;
    private final InterfaceVocabulary vocabulary;
    private final Set<String> knownPlaces;

    private DatelineRecognizer(NewsOutlets outlets, InterfaceVocabulary vocabulary, Set<String> knownPlaces) {
        this.outlets = outlets;
        this.vocabulary = vocabulary;
        this.knownPlaces = knownPlaces;
    }

    /** A recognizer using the Indonesian outlet list and interface vocabulary; loads them once per call. */
    public static DatelineRecognizer indonesian() {
        return indonesian(InterfaceVocabulary.load(InterfaceVocabulary.INDONESIAN));
    }

    /** The Indonesian recognizer sharing an interface vocabulary already loaded. */
    static DatelineRecognizer indonesian(InterfaceVocabulary vocabulary) {
        Set<String> places = new HashSet<>();
        LanguagePackFile.groups("id/peristiwa/lang/id/dateline-places.txt").values()
                .forEach(group -> group.forEach(p -> places.add(p.toLowerCase(Locale.ROOT))));
        return new DatelineRecognizer(NewsOutlets.load(NewsOutlets.INDONESIAN), vocabulary, Set.copyOf(places));
    }

    /**
     * Finds the dateline opening a paragraph.
     *
     * @param firstParagraph the article's first paragraph; null or blank gives empty
     * @return the dateline, or empty when the paragraph does not open with one
     */
    public Optional<DatelineMatch> recognize(String firstParagraph) {
        if (firstParagraph == null || firstParagraph.isBlank()) {
            return Optional.empty();
        }
        Span separator = firstSeparator(firstParagraph);
        if (separator == null || separator.end() >= firstParagraph.length()
                || !opensSentence(firstParagraph.codePointAt(separator.end()))) {
            return Optional.empty();
        }
        String prefix = firstParagraph.substring(0, separator.start()).strip();
        if (prefix.isEmpty() || prefix.split("\\s+").length > MAX_PREFIX_WORDS) {
            return Optional.empty();
        }
        if (startsWithRoute(firstParagraph.substring(separator.end()))) {
            return Optional.empty();
        }
        return parse(prefix).map(d -> new DatelineMatch(d.place(), d.outlet(), separator.end()));
    }

    /** "Bandung - Cirebon kini ...": a place right after the dash, then a lower-case word, is a route, not a dateline. */
    private boolean startsWithRoute(String rest) {
        String[] words = rest.split("\\s+", 4);
        for (int n = 1; n < words.length && n <= 2; n++) {
            String candidate = String.join(" ", Arrays.copyOf(words, n)).toLowerCase(Locale.ROOT);
            if (knownPlaces.contains(candidate) && !words[n].isEmpty() && Character.isLowerCase(words[n].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first dash or colon outside brackets within the prefix length, with the white space around it, or null.
     * Dashes need no spaces when long ("--", "- -", an en or em dash, with any white space before and after); a
     * hyphen needs white space before or after it; a colon needs it after.
     */
    private static Span firstSeparator(String paragraph) {
        // Only the opening can hold a dateline: long paragraphs are not scanned whole.
        int limit = Math.min(paragraph.length(), MAX_PREFIX_CHARS + 16);
        int at = 0;
        while (at <= MAX_PREFIX_CHARS && at < limit) {
            int end = separatorEnd(paragraph, at, limit);
            if (end < 0) {
                at++;
            } else if (at > 0 && !insideBrackets(paragraph, at)) {
                return new Span(at, end);
            } else {
                at = end;
            }
        }
        return null;
    }

    /** Where a separator that starts at {@code at} ends (its trailing white space included), or -1 for none. */
    private static int separatorEnd(String text, int at, int limit) {
        int mark = spacesEnd(text, at, limit);
        int dash = longDashLength(text, mark, limit);
        if (dash > 0) {
            return spacesEnd(text, mark + dash, limit);
        }
        if (mark > at && mark < limit && text.charAt(mark) == '-') {
            return spacesEnd(text, mark + 1, limit);
        }
        if (text.charAt(at) == '-' || text.charAt(at) == ':') {
            int end = spacesEnd(text, at + 1, limit);
            return end > at + 1 ? end : -1;
        }
        return -1;
    }

    /** The length of the long dash at {@code at} ("--", "- -", "—", "–"), or 0. */
    private static int longDashLength(String text, int at, int limit) {
        if (at + 2 <= limit && text.startsWith("--", at)) {
            return 2;
        }
        if (at + 3 <= limit && text.startsWith("- -", at)) {
            return 3;
        }
        return at < limit && (text.charAt(at) == '—' || text.charAt(at) == '–') ? 1 : 0;
    }

    /** The end of the run of white space ({@link LineShape#isAsciiSpace}) from {@code from}. */
    private static int spacesEnd(String text, int from, int limit) {
        int i = from;
        while (i < limit && LineShape.isAsciiSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean insideBrackets(String text, int index) {
        int depth = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    private static boolean opensSentence(int codePoint) {
        return Character.isUpperCase(codePoint) || Character.isDigit(codePoint) || "\"“'‘([".indexOf(codePoint) >= 0;
    }

    private record Parsed(String place, String outlet) {
    }

    private Optional<Parsed> parse(String prefix) {
        String rest = prefix;
        String bracketed = null;
        if (rest.endsWith(")") && rest.indexOf('(') > 0) {
            int open = rest.lastIndexOf('(');
            bracketed = rest.substring(open + 1, rest.length() - 1).strip();
            rest = rest.substring(0, open).strip();
            if (!outlets.looksLikeOutlet(bracketed)) {
                return Optional.empty();
            }
        }
        String outlet = bracketed;
        List<String> places = new ArrayList<>();
        boolean dated = false;
        for (String part : rest.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                return Optional.empty();
            }
            if (SHORT_DATE.matcher(p).matches()) {
                dated = true;
            } else if (outlet == null && outlets.looksLikeOutlet(p)) {
                outlet = p;
            } else if (isPlace(p)) {
                places.add(p);
            } else {
                return Optional.empty();
            }
        }
        String place = places.isEmpty() ? null
                : String.join(", ", places.stream().map(this::titleCase).toList());
        if (outlet != null) {
            return Optional.of(new Parsed(place, outlet));
        }
        boolean capitalPlace = place != null && places.stream().allMatch(DatelineRecognizer::isAllCapitals)
                && letters(String.join("", places)) >= MIN_CAPITAL_PLACE_LETTERS;
        // "Teheran - Direktur ..." (the style of many Indonesian sites): a known place alone.
        boolean namedPlace = places.size() == 1 && knownPlaces.contains(places.get(0).toLowerCase(Locale.ROOT));
        if (place != null && (capitalPlace || dated || namedPlace) && !isInterfaceLabel(String.join(" ", places))) {
            return Optional.of(new Parsed(place, null));
        }
        return Optional.empty();
    }

    /** "EKSKLUSIF:" or "BREAKING NEWS -" is a kicker, not a place, though it is written like one. */
    private boolean isInterfaceLabel(String text) {
        VocabularyMatch match = vocabulary.match(text);
        return match.wholeChrome() || match.chromeShare() >= 0.5;
    }

    private static boolean isPlace(String part) {
        String[] words = part.split("\\s+");
        if (words.length > MAX_PLACE_WORDS) {
            return false;
        }
        for (String word : words) {
            if (!PLACE_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllCapitals(String text) {
        return text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static int letters(String text) {
        return (int) text.chars().filter(Character::isLetter).count();
    }

    /**
     * "JAKARTA" becomes "Jakarta", "NEW YORK" a known "New York", "DKI JAKARTA" "DKI Jakarta" (short words of
     * unknown places stay capitals: they are usually acronyms); mixed-case names stay as written.
     */
    private String titleCase(String place) {
        if (!isAllCapitals(place)) {
            return place;
        }
        StringBuilder known = new StringBuilder();
        for (String word : place.split("\\s+")) {
            known.append(known.isEmpty() ? "" : " ").append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        if (knownPlaces.contains(known.toString().toLowerCase(Locale.ROOT))) {
            return known.toString();
        }
        StringBuilder out = new StringBuilder();
        for (String word : place.split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (letters(word) < MIN_CAPITAL_PLACE_LETTERS) {
                out.append(word);
            } else {
                out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }
}
