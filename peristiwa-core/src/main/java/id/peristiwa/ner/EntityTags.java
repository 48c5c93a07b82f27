package id.peristiwa.ner;

import id.peristiwa.entity.MentionKind;
import java.util.List;

/**
 * The BIO tag set of the name tagger: {@code O}, then {@code B-} and {@code I-} for each of PERSON,
 * ORGANIZATION and LOCATION. Tags are small integers so that scores live in flat arrays.
 */
final class EntityTags {
    /** The kinds the tagger names, in tag-index order. */
    static final List<MentionKind> KINDS = List.of(MentionKind.PERSON, MentionKind.ORGANIZATION, MentionKind.LOCATION);
    static final int OUTSIDE = 0;
    static final int COUNT = 1 + 2 * KINDS.size();

    private EntityTags() {
    }

    static int begin(int kind) {
        return 1 + 2 * kind;
    }

    static boolean isBegin(int tag) {
        return tag != OUTSIDE && tag % 2 == 1;
    }

    static boolean isInside(int tag) {
        return tag != OUTSIDE && tag % 2 == 0;
    }

    /** Index into {@link #KINDS} of a tag other than {@code O}. */
    static int kind(int tag) {
        return (tag - 1) / 2;
    }

    /**
     * Rules out the {@code B-} tags of one word's scores ({@code scores[offset + t]} for each tag {@code t}): for a
     * word with no letter (a number, a mark, an emoji), which begins no name though it may carry one on
     * ("Zeta - Jones").
     */
    static void forbidBegins(float[] scores, int offset) {
        for (int t = 0; t < COUNT; t++) {
            if (isBegin(t)) {
                scores[offset + t] = Float.NEGATIVE_INFINITY;
            }
        }
    }

    /**
     * Whether {@code next} may follow {@code previous} ({@code -1} for the sentence start): an {@code I-X} only
     * continues a {@code B-X} or an {@code I-X}.
     */
    static boolean allowed(int previous, int next) {
        if (!isInside(next)) {
            return true;
        }
        return previous > OUTSIDE && kind(previous) == kind(next);
    }

    static String name(int tag) {
        if (tag == OUTSIDE) {
            return "O";
        }
        return (isBegin(tag) ? "B-" : "I-") + KINDS.get(kind(tag)).name();
    }

    /** The tag index of a BIO label over our kinds ({@code O}, {@code B-PERSON}...); -1 when it is none. */
    static int index(String label) {
        for (int t = 0; t < COUNT; t++) {
            if (name(t).equals(label)) {
                return t;
            }
        }
        return -1;
    }
}
