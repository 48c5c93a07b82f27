package id.peristiwa.event;

import id.peristiwa.event.EventMarkers.Group;
import id.peristiwa.text.TokenFlag;
import java.util.Set;

/**
 * Reads polarity and modality around an event word: negation just before it ("tidak akan menyerang"), intention
 * and obligation markers in its clause, conditions before it, and background cues in its sentence (a year before
 * the publication year after "pada"/"sejak"/"tahun", "sejak" before a month, "pernah", "pertama kali").
 */
final class ModalityReader {

    private static final int REACH = 4;
    private static final Set<String> YEAR_LEADS = Set.of("pada", "sejak", "tahun", "sekitar", "hingga", "awal",
            "akhir", "pertengahan");

    private final EventMarkers markers;
    private final Set<String> months;

    ModalityReader(EventMarkers markers, Set<String> months) {
        this.markers = markers;
        this.months = Set.copyOf(months);
    }

    /** Whether a negation stands right before token {@code i}, past modal words ("belum akan ditarik"). */
    boolean negated(SentenceView v, int i) {
        for (int k = i - 1, steps = 0; k >= 0 && steps < REACH; k--, steps++) {
            String w = v.word(k);
            if (markers.is(Group.NEGATION, w)) {
                return true;
            }
            if (!markers.is(Group.MODAL, w) && !markers.is(Group.INTENTION, w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The modality of an event word at {@code i} whose clause starts at {@code clauseStart}.
     *
     * @param publishedYear the article's publication year, or 0 when unknown
     * @param pledgeType    whether the type itself states an intention (AGREE)
     */
    Modality modality(SentenceView v, int clauseStart, int i, int publishedYear, boolean pledgeType,
            boolean obligation) {
        if (historical(v, publishedYear)) {
            return Modality.HISTORICAL;
        }
        if (markers.anyIn(Group.HYPOTHETICAL, v, 0, i)) {
            return Modality.HYPOTHETICAL;
        }
        if (obligation || markerBefore(v, Group.DEMAND, clauseStart, i)) {
            return Modality.DEMANDED;
        }
        if (pledgeType || markerBefore(v, Group.INTENTION, clauseStart, i)) {
            return Modality.INTENDED;
        }
        return Modality.ASSERTED;
    }

    private boolean markerBefore(SentenceView v, Group group, int clauseStart, int i) {
        for (int k = i - 1, steps = 0; k >= Math.max(0, clauseStart) && steps < REACH; k--, steps++) {
            if (markers.phraseAt(group, v.words(), k) > 0) {
                return true;
            }
            String w = v.word(k);
            if (!markers.is(Group.MODAL, w) && !markers.is(Group.NEGATION, w) && !markers.is(Group.INTENTION, w)
                    && !markers.is(Group.DEMAND, w)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the sentence tells background: a cue word, an earlier year, or "sejak" before a month. */
    boolean historical(SentenceView v, int publishedYear) {
        return v.historical(publishedYear, year -> readHistorical(v, year));
    }

    private boolean readHistorical(SentenceView v, int publishedYear) {
        if (markers.anyIn(Group.HISTORICAL, v, 0, v.size())) {
            return true;
        }
        for (int i = 1; i < v.size(); i++) {
            String before = v.word(i - 1);
            String w = v.word(i);
            if (before.equals("sejak") && months.contains(w)) {
                return true;
            }
            int year = year(v, i);
            if (year > 0 && publishedYear > 0 && year < publishedYear
                    && (YEAR_LEADS.contains(before) || months.contains(before))) {
                return true;
            }
        }
        return false;
    }

    /** The year a token writes ("2022", "1970-an"), or 0. */
    private static int year(SentenceView v, int i) {
        String w = v.word(i);
        String digits = w.endsWith("-an") ? w.substring(0, w.length() - 3) : w;
        if (digits.length() != 4 || !digits.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        if (!w.endsWith("-an") && !v.sentence().tokens().get(i).is(TokenFlag.NUMBER)) {
            return 0;
        }
        int year = Integer.parseInt(digits);
        return year >= 1900 && year <= 2100 ? year : 0;
    }
}
