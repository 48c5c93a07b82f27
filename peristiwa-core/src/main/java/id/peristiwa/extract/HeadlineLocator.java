package id.peristiwa.extract;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Picks the title, section, byline and date lines of a captured page from the lines around its body.
 * The title is the most title-like line shortly before the body (short, not ending in a period, not chrome),
 * favoured when it is printed twice or followed by a byline or date; the section is a short category line
 * right above it; byline and date are recognized by their first words and by date-likeness. Stateless.
 */
final class HeadlineLocator {

    /** The title sits shortly before the body; lists of other headlines further up are not it. */
    private static final int TITLE_WINDOW = 25;
    private static final int MAX_TITLE_WORDS = 30;
    private static final int MAX_SECTION_WORDS = 4;
    private static final int MAX_BYLINE_WORDS = 12;
    /** How far after the title a byline or date still counts as the title's own. */
    private static final int META_REACH = 4;
    /** How many lines after the body are searched for a byline or date printed at the end. */
    private static final int TRAILER_REACH = 10;
    private static final Pattern BREADCRUMB = Pattern.compile("\\s+[›>»/]\\s+");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final InterfaceVocabulary vocabulary;

    HeadlineLocator(InterfaceVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Locates the headline parts of a page whose body is {@code body}. */
    PageHeader locate(CapturedPage page, BodyRange body) {
        int headEnd = body.isEmpty() ? page.size() : body.start();
        int title = findTitle(page, headEnd);
        int section = -1;
        String sectionText = null;
        if (title >= 0) {
            int first = firstOccurrence(page, title);
            if (first > 0) {
                CapturedLine above = page.get(first - 1);
                if (isSection(page, above)) {
                    section = above.index();
                    sectionText = above.text();
                } else if (crumb(above) != null) {
                    section = above.index();
                    sectionText = crumb(above);
                }
            }
        }
        int from = Math.max(0, title);
        int date = findFirst(page, from, headEnd, CapturedLine::dateLike, title);
        if (date < 0 && !body.isEmpty()) {
            date = findFirst(page, body.end(), body.end() + TRAILER_REACH, CapturedLine::dateLike, title);
        }
        int byline = findFirst(page, from, headEnd, HeadlineLocator::isBylineLike, title);
        if (byline < 0 && !body.isEmpty()) {
            byline = findFirst(page, body.end(), body.end() + TRAILER_REACH, HeadlineLocator::isBylineLike, title);
        }
        if (byline < 0 && date > 0) {
            byline = nameNextToDate(page, date, title, section);
        }
        return new PageHeader(title, section, sectionText, byline, date);
    }

    private static int findTitle(CapturedPage page, int headEnd) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = Math.max(0, headEnd - TITLE_WINDOW); i < headEnd; i++) {
            CapturedLine line = page.get(i);
            if (!isTitleLike(line)) {
                continue;
            }
            // Headlines run to several words; a two-word line near the date is more likely a name.
            double score = 1 - 0.15 * (headEnd - i) + 0.15 * Math.min(line.words(), 8);
            if (page.isRepeated(line)) {
                score += 3;
            }
            if (followedByMeta(page, i, headEnd)) {
                score += 2;
            }
            if (i > 0 && isSection(page, page.get(i - 1))) {
                score += 1;
            }
            if (line.capitalShare() >= 0.6) {
                score += 0.5;
            }
            // ">=" so that of two equal candidates the one nearer the body wins.
            if (score >= bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    static boolean isTitleLike(CapturedLine line) {
        String text = line.text();
        char last = text.charAt(text.length() - 1);
        return line.words() >= 2 && line.words() <= MAX_TITLE_WORDS
                && last != '.' && last != ',' && last != ':' && last != ';'
                && !line.isChrome() && !line.isNavigation() && !line.gapped()
                && !line.dateLike() && !line.editorCode() && !isBylineLike(line);
    }

    private static boolean followedByMeta(CapturedPage page, int title, int headEnd) {
        for (int i = title + 1; i < Math.min(headEnd, title + 1 + META_REACH); i++) {
            CapturedLine line = page.get(i);
            if (line.dateLike() || isBylineLike(line)) {
                return true;
            }
        }
        return false;
    }

    /** A short category line ("Internasional", "World") that is not the last item of a menu. */
    private static boolean isSection(CapturedPage page, CapturedLine line) {
        if (!isShortName(line) || line.words() > MAX_SECTION_WORDS || line.isChrome()) {
            return false;
        }
        int i = line.index();
        boolean inMenu = i >= 2 && isMenuItem(page.get(i - 1)) && isMenuItem(page.get(i - 2));
        return !inMenu;
    }

    private static boolean isShortName(CapturedLine line) {
        return !line.terminal() && !line.dateLike() && !line.gapped() && line.capitalShare() >= 0.99
                && !DIGIT.matcher(line.text()).find() && !isBylineLike(line);
    }

    private static boolean isMenuItem(CapturedLine line) {
        return !line.terminal() && line.words() <= 3 && !line.dateLike()
                && (line.isNavigation() || !line.isChrome());
    }

    /** The last crumb of a breadcrumb line that starts at the home page ("Beranda › Dunia › Asia"), or null. */
    private String crumb(CapturedLine line) {
        String[] crumbs = BREADCRUMB.split(line.text());
        if (crumbs.length < 2 || line.words() > 3 * crumbs.length) {
            return null;
        }
        boolean fromHome = vocabulary.match(crumbs[0]).whole().contains(InterfaceKind.NAVIGATION);
        return fromHome ? crumbs[crumbs.length - 1].strip() : null;
    }

    static boolean isBylineLike(CapturedLine line) {
        VocabularyMatch v = line.vocabulary();
        return line.words() <= MAX_BYLINE_WORDS && !line.text().endsWith(".")
                && (v.leading().contains(InterfaceKind.BYLINE) || v.label() == InterfaceKind.BYLINE);
    }

    /** Without a byline word, a short capitalized name printed right above the date is taken as the author. */
    private static int nameNextToDate(CapturedPage page, int date, int title, int section) {
        CapturedLine above = page.get(date - 1);
        boolean name = above.index() != title && above.index() != section && isShortName(above)
                && above.words() >= 2 && above.words() <= 5 && !above.isChrome() && !above.isNavigation();
        return name ? above.index() : -1;
    }

    private static int findFirst(CapturedPage page, int from, int to,
                                 Predicate<CapturedLine> test, int title) {
        for (int i = Math.max(0, from); i < Math.min(to, page.size()); i++) {
            if (i != title && test.test(page.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int firstOccurrence(CapturedPage page, int index) {
        String key = page.get(index).key();
        for (int i = 0; i < index; i++) {
            if (page.get(i).key().equals(key)) {
                return i;
            }
        }
        return index;
    }
}
