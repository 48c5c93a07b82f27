package id.peristiwa.extract;

import java.util.Collections;
import java.util.Set;

/**
 * How one line relates to the interface vocabulary.
 *
 * @param whole       kinds of the phrase that makes up the whole line (numbers and connectors aside); empty if none
 * @param label       kind of the label that opens the line ("Baca juga: ..."), or null
 * @param leading     kinds of the phrase matched at the first word; empty if none
 * @param hits        kinds of every phrase found in the line
 * @param chromeShare share of the line's words covered by phrases of chrome kinds
 * @param share       share of the line's words covered by any phrase
 */
record VocabularyMatch(Set<InterfaceKind> whole, InterfaceKind label, Set<InterfaceKind> leading,
                       Set<InterfaceKind> hits, double chromeShare, double share) {

    VocabularyMatch {
        // Only InterfaceVocabulary builds these, once per line, from sets nobody else holds: wrapping, not
        // copying, keeps the hot path free of per-line set copies.
        whole = Collections.unmodifiableSet(whole);
        leading = Collections.unmodifiableSet(leading);
        hits = Collections.unmodifiableSet(hits);
    }

    /** True when the whole line is one chrome phrase ("Bagikan", "Tulis komentar...", "ADVERTISEMENT"). */
    boolean wholeChrome() {
        return whole.stream().anyMatch(InterfaceKind::isChrome);
    }
}
