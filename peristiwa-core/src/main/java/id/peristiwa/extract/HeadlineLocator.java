package id.peristiwa.extract;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Picks the title, section, byline and date lines of a captured page from the lines around its body.
 * The title is the most title-like line shortly before the body (short, not ending in a period, not chrome),
 * favoured when it is printed twice or followed by a byline or date; the section is found above it by
 * {@link SectionLocator}; byline and date are recognized by their first words and by date-likeness, under the
 * title, under a standfirst or after the body. Stateless.
 */
final class HeadlineLocator {

    /** The title sits shortly before the body; lists of other headlines further up are not it. */
    private static final int TITLE_WINDOW = 25;
    private static final int MAX_TITLE_WORDS = 30;
    private static final int MAX_BYLINE_WORDS = 12;
    /** How far after the title a byline or date still counts as the title's own. */
    private static final int META_REACH = 4;
    /** How many lines after the body are searched for a byline or date printed at the end. */
    private static final int TRAILER_REACH = 10;
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final SectionLocator sections;

    HeadlineLocator(InterfaceVocabulary vocabulary) {
        this.sections = new SectionLocator(vocabulary);
    }

    /** Locates the headline parts of a page whose body is {@code body}. */
    PageHeader locate(CapturedPage page, BodyRange body) {
        int headEnd = body.isEmpty() ? page.size() : body.start();
        int title = findTitle(page, headEnd);
        SectionLocator.Section section = sections.locate(page, title);
        int from = Math.max(0, title);
        int date = findFirst(page, from, headEnd, CapturedLine::dateLike, title);
        int byline = findFirst(page, from, headEnd, HeadlineLocator::isBylineLike, title);
        if (date < 0 && !body.isEmpty() && title >= 0 && title == body.start() - 1) {
            // A standfirst under the title reads as prose, so the body was found to start there; author and
            // date printed below it are still the headline's.
            date = findFirst(page, body.start(), body.start() + META_REACH, CapturedLine::isDateStamp, title);
            if (byline < 0 && date >= 0) {
                byline = findFirst(page, body.start(), date, HeadlineLocator::isBylineLike, title);
            }
        }
        if (date < 0 && !body.isEmpty()) {
            date = findFirst(page, body.end(), body.end() + TRAILER_REACH, CapturedLine::dateLike, title);
        }
        if (byline < 0 && !body.isEmpty()) {
            byline = findFirst(page, body.end(), body.end() + TRAILER_REACH, HeadlineLocator::isBylineLike, title);
        }
        if (byline < 0 && date > 0) {
            byline = nameNextToDate(page, date, title, section.line());
        }
        return new PageHeader(title, section.line(), section.text(), byline, date);
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
            if (i > 0 && SectionLocator.isSection(page, page.get(i - 1))) {
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

    /** A short line of capitalized words without digits or end punctuation: a name or a category. */
    static boolean isShortName(CapturedLine line) {
        return !line.terminal() && !line.dateLike() && !line.gapped() && line.capitalShare() >= 0.99
                && !DIGIT.matcher(line.text()).find() && !isBylineLike(line);
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
}
