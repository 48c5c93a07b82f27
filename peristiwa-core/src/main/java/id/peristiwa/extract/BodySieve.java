package id.peristiwa.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which lines inside the body block are article text. Everything that is not recognizably chrome is
 * kept, because losing a body line is worse than keeping a stray one: only chrome phrases and labels
 * ("Baca juga: ..."), picture credits, menus, short lines that recur on the page, a repeat of the title, and
 * the headlines listed under a related-articles heading are dropped. Stateless.
 */
final class BodySieve {

    /** Headlines under a "Baca juga" heading are short; a longer line means the body has resumed. */
    private static final int MAX_LISTED_HEADLINE_WORDS = 20;
    private static final int MAX_SUBHEADING_WORDS = 4;
    /** A recurring line this short is a widget printed several times ("ADVERTISEMENT"), not a sentence. */
    private static final int MAX_RECURRING_WORDS = 6;

    /** The indices of the body lines to keep as paragraphs, in order. */
    List<Integer> keep(CapturedPage page, BodyRange body, PageHeader header) {
        String titleKey = header.title() >= 0 ? page.get(header.title()).key() : null;
        List<Integer> kept = new ArrayList<>();
        boolean inRelatedList = false;
        for (int i = body.start(); i < body.end(); i++) {
            CapturedLine line = page.get(i);
            if (inRelatedList && isListedHeadline(line) && !isSubheadingAfterList(page, body, i)) {
                continue;
            }
            inRelatedList = line.vocabulary().whole().contains(InterfaceKind.RELATED);
            if (!isChrome(page, line) && !line.key().equals(titleKey) && !header.uses(i)) {
                kept.add(i);
            }
        }
        return kept;
    }

    private static boolean isChrome(CapturedPage page, CapturedLine line) {
        return line.isChrome()
                || line.gapped() && line.isNavigation()
                || page.occurrences(line) > 1 && line.words() <= MAX_RECURRING_WORDS && !line.terminal();
    }

    /**
     * The body often resumes under a short subheading right after a related list; as a lost body line costs
     * more than a kept headline, the list's last line is kept when it is as short as a subheading.
     */
    private static boolean isSubheadingAfterList(CapturedPage page, BodyRange body, int index) {
        boolean lastOfList = index + 1 < body.end() && !isListedHeadline(page.get(index + 1));
        return lastOfList && page.get(index).words() <= MAX_SUBHEADING_WORDS;
    }

    /** A headline ends without a period or closing quote; it may end in a question or exclamation mark. */
    private static boolean isListedHeadline(CapturedLine line) {
        String text = line.text();
        char last = text.charAt(text.length() - 1);
        boolean sentenceEnd = last == '.' || last == '"' || last == '”' || last == '\'' || last == '’';
        return !sentenceEnd && line.words() <= MAX_LISTED_HEADLINE_WORDS && !line.editorCode();
    }
}
