package id.peristiwa.extract;

import java.util.regex.Pattern;

/**
 * Finds the article body in a captured page: the contiguous block of lines where long, punctuated prose is
 * densest. Every line gets a weight (prose gains its length, chrome and short unpunctuated lines cost), and
 * the body is the block with the largest total, so short body lines between paragraphs are carried along
 * while menus, related lists and comment forms around the body are not. Stateless.
 */
final class BodyLocator {

    /** Chrome after which the body does not resume (a comment form, a footer) costs the most. */
    private static final double PAGE_END = -250;
    /**
     * Other chrome costs little: ad markers and share bars sit inside bodies and are dropped later anyway, while
     * runs of chrome around the body still add up.
     */
    private static final double CHROME = -25;
    private static final double CONSENT = -80;
    private static final double MENU = -60;
    private static final double NAVIGATION = -40;
    /** A line of this many words is prose even when its final period is missing. */
    private static final int LONG_LINE_WORDS = 15;
    /** Topic links after a body are names of one to three words, printed at least two in a row. */
    private static final int MAX_TAG_WORDS = 3;
    private static final int MIN_TAG_RUN = 2;
    private static final Pattern TAG_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '’&-]*");
    /** Consent notices are a sentence or two; a long paragraph is never one. */
    private static final int MAX_NOTICE_WORDS = 60;
    /** A body needs one sentence-like line of at least this many words. */
    private static final int SENTENCE_WORDS = 6;

    /**
     * Widens a located body over the neighbouring lines that carry no sign of being interface: lists, captions
     * and closing lines of clean text weigh little but are body all the same. Backwards it never passes the
     * headline lines; headline lines found inside the body (an author and date under a standfirst) move its
     * start past them. Forwards it stops before a closing run of tag names.
     */
    BodyRange extend(CapturedPage page, BodyRange body, PageHeader header) {
        if (body.isEmpty()) {
            return body;
        }
        String titleKey = header.title() >= 0 ? page.get(header.title()).key() : null;
        int floor = Math.max(Math.max(header.title(), header.section()), Math.max(header.byline(), header.date()));
        int start = body.start();
        int headerInside = header.lastWithin(body);
        if (headerInside >= 0) {
            start = headerInside + 1;
        }
        while (start - 1 > floor && !isInterfaceLike(page.get(start - 1), titleKey)) {
            start--;
        }
        int end = body.end();
        while (end < page.size() && !isInterfaceLike(page.get(end), titleKey)
                && !opensTagRun(page, end, titleKey)) {
            end++;
        }
        return start < end ? new BodyRange(start, end) : BodyRange.NONE;
    }

    /**
     * True when a run of at least two tag names starts at {@code index} and runs into chrome: topic links
     * printed one per line after the article. A run between two paragraphs, at the very end of the text, or
     * announced by a colon is left alone, as it may be a list in the article.
     */
    private static boolean opensTagRun(CapturedPage page, int index, String titleKey) {
        if (index > 0 && page.get(index - 1).text().endsWith(":")) {
            return false;
        }
        int end = index;
        while (end < page.size() && isTagName(page.get(end)) && !isInterfaceLike(page.get(end), titleKey)) {
            end++;
        }
        return end - index >= MIN_TAG_RUN && end < page.size() && isInterfaceLike(page.get(end), titleKey);
    }

    /**
     * One to three capitalized words and nothing else, no list number or punctuation: "Rusia", "Tawanan
     * Perang", "Uni Emirat Arab".
     */
    private static boolean isTagName(CapturedLine line) {
        return line.words() <= MAX_TAG_WORDS && !line.dateLike() && line.capitalShare() >= 0.99
                && TAG_NAME.matcher(line.text()).matches();
    }

    /** Any sign of site chrome or headline matter: the body does not extend over such a line. */
    private static boolean isInterfaceLike(CapturedLine line, String titleKey) {
        return line.isChrome() || line.isNavigation() || line.gapped() && !line.terminal()
                || line.isDateStamp() || HeadlineLocator.isBylineLike(line) || isConsentNotice(line)
                || line.key().equals(titleKey);
    }

    /** Locates the body; {@link BodyRange#NONE} when the page has no prose. */
    BodyRange locate(CapturedPage page) {
        double best = 0;
        int bestStart = 0;
        int bestEnd = 0;
        double running = 0;
        int runStart = 0;
        for (int i = 0; i < page.size(); i++) {
            if (running <= 0) {
                running = 0;
                runStart = i;
            }
            running += weight(page.get(i));
            if (running > best) {
                best = running;
                bestStart = runStart;
                bestEnd = i + 1;
            }
        }
        // Closing editor codes ("(ant/rdw)") weigh nothing but belong to the article.
        while (bestEnd < page.size() && bestEnd > 0 && page.get(bestEnd).editorCode()) {
            bestEnd++;
        }
        for (int i = bestStart; i < bestEnd; i++) {
            if (isProse(page.get(i))) {
                return new BodyRange(bestStart, bestEnd);
            }
        }
        return BodyRange.NONE;
    }

    static boolean isProse(CapturedLine line) {
        return !line.isChrome() && (line.terminal() && line.words() >= SENTENCE_WORDS
                || line.words() >= LONG_LINE_WORDS);
    }

    static double weight(CapturedLine line) {
        if (line.endsPage()) {
            return PAGE_END;
        }
        if (isConsentNotice(line)) {
            return CONSENT;
        }
        if (line.isChrome()) {
            return CHROME;
        }
        if (line.editorCode()) {
            return 0;
        }
        if (line.isNavigation()) {
            return NAVIGATION;
        }
        if (line.gapped() && !line.terminal()) {
            return MENU;
        }
        if (line.terminal()) {
            return line.words() >= SENTENCE_WORDS ? line.chars() : Math.max(5, line.chars() / 2.0);
        }
        if (line.words() >= LONG_LINE_WORDS) {
            return line.chars() / 2.0;
        }
        return -(15 + line.chars() / 8.0);
    }

    /**
     * A cookie or privacy notice is written in sentences, so only its density of legal words gives it away;
     * a news sentence that mentions copyright once stays far below this share.
     */
    private static boolean isConsentNotice(CapturedLine line) {
        return line.words() <= MAX_NOTICE_WORDS && line.vocabulary().hits().contains(InterfaceKind.LEGAL)
                && line.vocabulary().chromeShare() >= 0.25;
    }
}
