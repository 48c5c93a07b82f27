package id.peristiwa.event;

import java.util.ArrayList;
import java.util.List;

/**
 * An event word found in a sentence and what the selection decided about it: whether it states an event of its
 * own, or is the content another event word governs ("mendesak Moskow menarik pasukannya": the withdrawal is
 * what is demanded), and which light verb carries it ("melancarkan serangan").
 */
final class Trigger {
    final VerbDictionary.Match match;
    final List<Trigger> governed = new ArrayList<>();
    Trigger governor;
    int light = -1;
    boolean inverseLight;
    /**
     * An event noun that fired only because it refers back to an act told before ("peluncuran itu"): it may be
     * what another event word is about, never an event of its own.
     */
    boolean referenceOnly;

    Trigger(VerbDictionary.Match match) {
        this.match = match;
    }

    VerbPattern pattern() {
        return match.pattern();
    }

    int from() {
        return match.from();
    }

    int to() {
        return match.to();
    }

    Voice voice() {
        return match.voice();
    }

    boolean kept() {
        return governor == null;
    }
}
