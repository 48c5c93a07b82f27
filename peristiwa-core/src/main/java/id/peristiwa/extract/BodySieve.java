package id.peristiwa.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Decides which lines inside the body block are article text. Everything that is not recognizably chrome is
 * kept, because losing a body line is worse than keeping a stray one: only chrome phrases and labels
 * ("Baca juga: ..."), picture captions, menus, short lines that recur on the page, a repeat of the title, and
 * the headlines listed under a related-articles heading are dropped. A caption without a credit is known by
 * where it stands: a one-sentence description before the paragraph that opens with the dateline, or next to
 * a picture marker ("Foto", "Ilustrasi"). Stateless.
 */
final class BodySieve {

    /** A caption precedes the dateline paragraph closely; prose further up means the article started there. */
    private static final int MAX_LINES_BEFORE_DATELINE = 2;

    /** Headlines under a "Baca juga" heading are short; a longer line means the body has resumed. */
    private static final int MAX_LISTED_HEADLINE_WORDS = 20;
    private static final int MAX_SUBHEADING_WORDS = 4;
    /** A recurring line this short is a widget printed several times ("ADVERTISEMENT"), not a sentence. */
    private static final int MAX_RECURRING_WORDS = 6;

    private final Predicate<String> opensWithDateline;

    /** @param opensWithDateline whether a paragraph opens with a dateline ("Seoul, Warta Dunia -- ...") */
    BodySieve(Predicate<String> opensWithDateline) {
        this.opensWithDateline = opensWithDateline;
    }

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
            if (!isChrome(page, line) && !line.key().equals(titleKey) && !header.uses(i)
                    && !isCaptionByPlace(page, body, i)) {
                kept.add(i);
            }
        }
        return withoutLeadCaptions(page, kept);
    }

    /**
     * Drops descriptions standing before the first paragraph when that paragraph opens with a dateline: the
     * article starts at its dateline, and a sentence printed above it is the caption of the lead picture.
     */
    private List<Integer> withoutLeadCaptions(CapturedPage page, List<Integer> kept) {
        int limit = Math.min(kept.size(), MAX_LINES_BEFORE_DATELINE + 1);
        for (int k = 1; k < limit; k++) {
            if (!page.get(kept.get(k - 1)).isDescription()) {
                return kept;
            }
            if (opensWithDateline.test(page.get(kept.get(k)).text())) {
                return kept.subList(k, kept.size());
            }
        }
        return kept;
    }

    /**
     * A one-sentence description right after a picture marker is that picture's caption; one right before the
     * marker is, only when nothing descriptive follows the marker, as the paragraph before a picture may well
     * be one sentence too.
     */
    private static boolean isCaptionByPlace(CapturedPage page, BodyRange body, int index) {
        if (!page.get(index).isDescription()) {
            return false;
        }
        if (index > body.start() && isPictureMarker(page.get(index - 1))) {
            return true;
        }
        boolean beforeMarker = index + 1 < body.end() && isPictureMarker(page.get(index + 1));
        return beforeMarker && !(index + 2 < body.end() && page.get(index + 2).isDescription());
    }

    /** A line that stands for a picture or video: "Foto", "Ilustrasi", "Foto: Dok. Kemlu". */
    private static boolean isPictureMarker(CapturedLine line) {
        VocabularyMatch v = line.vocabulary();
        return v.whole().contains(InterfaceKind.MEDIA) || v.label() == InterfaceKind.MEDIA;
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
