package id.peristiwa.event;

import id.peristiwa.event.EventMarkers.Group;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a sentence's event words and decides which state events: one per clause, the others being the content
 * their governor states ("mengancam akan menyerang" is one threat), except where a conjunction joins two acts of
 * one subject ("menolak tuntutan itu dan menyalahkan Barat").
 */
final class TriggerSelection {

    private static final int LIGHT_REACH = 2;
    private static final int MODAL_REACH = 4;
    /** Words between a copula and the relative clause that completes its predicate ("anggota terakhir"). */
    private static final int CLEFT_REACH = 4;

    private final VerbDictionary dictionary;
    private final EventMarkers markers;

    TriggerSelection(VerbDictionary dictionary, EventMarkers markers) {
        this.dictionary = dictionary;
        this.markers = markers;
    }

    /** The sentence's event words in text order, with governors and light verbs set. */
    List<Trigger> select(SentenceView v) {
        List<Trigger> found = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (v.mentionAt(i) >= 0) {
                continue;
            }
            for (VerbDictionary.Match m : dictionary.matchesAt(v.stems(), i)) {
                boolean holds = needsHold(m.pattern(), v);
                if ((holds || backReferenced(v, m)) && !insideMention(v, m)) {
                    Trigger t = new Trigger(m);
                    t.referenceOnly = !holds;
                    found.add(t);
                    i = m.to() - 1;
                    break;
                }
            }
        }
        found.removeIf(t -> relative(v, t.from()));
        List<Trigger> triggers = yieldLightVerbs(v, found);
        govern(v, triggers);
        // "... untuk membantu menurunkan pengangguran": a purpose no other event word governs states no event; a
        // meeting someone travels for ("terbang ke Washington untuk bertemu Biden") is the trip's point and stays.
        triggers.removeIf(t -> t.kept() && t.light < 0 && t.pattern().type() != PloverType.CONSULT
                && after(Group.PURPOSE, v, t.from()));
        triggers.removeIf(t -> t.kept() && (t.referenceOnly
                || t.pattern().options().needsEvent() && t.governed.isEmpty()));
        return triggers;
    }

    /**
     * Whether the sentence's {@code words} hold none of the entry's blockers and, if it names any, one of the
     * words it needs. Few entries have either, so the words are searched as they are, not made into a set first.
     */
    private static boolean needsHold(VerbPattern p, SentenceView v) {
        for (String blocker : p.options().unless()) {
            if (v.hasStem(blocker)) {
                return false;
            }
        }
        if (p.options().needs().isEmpty()) {
            return true;
        }
        for (String need : p.options().needs()) {
            if (v.hasStem(need)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an event noun refers back to an act told before ("peluncuran itu"): that act met the entry's
     * conditions where it was told, so the noun names it without them.
     */
    private boolean backReferenced(SentenceView v, VerbDictionary.Match m) {
        return m.voice() == Voice.NOMINAL && m.to() < v.size() && markers.is(Group.BACK_REFERENCE, v.word(m.to()));
    }

    private static boolean insideMention(SentenceView v, VerbDictionary.Match m) {
        for (int i = m.from(); i < m.to(); i++) {
            if (v.mentionAt(i) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code i} stands in a relative clause ("yang [diduga] membantu"): description, no
     * event. A relative clause that completes a copula's predicate after an actor is the actor's act ("Hungaria
     * menjadi anggota terakhir yang meratifikasi ..." is Hungary ratifying).
     */
    private boolean relative(SentenceView v, int i) {
        int opener = before(Group.RELATIVE, v, i);
        return opener >= 0 && !cleft(v, opener);
    }

    private boolean cleft(SentenceView v, int opener) {
        for (int k = opener - 1; k > 0 && opener - k <= CLEFT_REACH; k--) {
            if (v.mentionAt(k) >= 0) {
                return false;
            }
            if (markers.is(Group.COPULA, v.word(k))) {
                return v.mentionAt(k - 1) >= 0;
            }
        }
        return false;
    }

    /** Whether a word of the group stands right before token {@code i}, modal and negation words between. */
    private boolean after(Group group, SentenceView v, int i) {
        return before(group, v, i) >= 0;
    }

    /** The index of the group's word right before token {@code i}, modal and negation words between; else -1. */
    private int before(Group group, SentenceView v, int i) {
        for (int k = i - 1, steps = 0; k >= 0 && steps < MODAL_REACH; k--, steps++) {
            String w = v.word(k);
            if (markers.is(group, w)) {
                return k;
            }
            if (!markers.is(Group.MODAL, w) && !markers.is(Group.NEGATION, w)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A light-verb entry right before an event noun yields to the noun ("menyepakati gencatan senjata" is the
     * ceasefire); an event noun after a light verb of the markers records it as its carrier.
     */
    private List<Trigger> yieldLightVerbs(SentenceView v, List<Trigger> found) {
        List<Trigger> out = new ArrayList<>();
        for (int n = 0; n < found.size(); n++) {
            Trigger t = found.get(n);
            if (t.pattern().options().light() && t.voice() != Voice.NOMINAL && n + 1 < found.size()) {
                Trigger next = found.get(n + 1);
                if (next.voice() == Voice.NOMINAL && gapIsLight(v, t.to(), next.from())) {
                    next.light = t.from();
                    continue;
                }
            }
            if (t.voice() == Voice.NOMINAL && t.light < 0) {
                markLightVerb(v, t);
            }
            out.add(t);
        }
        return out;
    }

    private boolean gapIsLight(SentenceView v, int from, int to) {
        if (to - from > LIGHT_REACH) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!markers.is(Group.LIGHT_GAP, v.word(i)) && !markers.is(Group.MODIFIER, v.word(i))
                    && !v.isNumber(i)) {
                return false;
            }
        }
        return true;
    }

    private void markLightVerb(SentenceView v, Trigger t) {
        for (int k = t.from() - 1, steps = 0; k >= 0 && steps <= LIGHT_REACH; k--, steps++) {
            String w = v.word(k);
            if (markers.is(Group.LIGHT, w) || markers.is(Group.LIGHT_INVERSE, w)) {
                t.light = k;
                t.inverseLight = markers.is(Group.LIGHT_INVERSE, w);
                return;
            }
            if (!markers.is(Group.LIGHT_GAP, w) && !markers.is(Group.MODIFIER, w)
                    && !markers.is(Group.MODAL, w) && !v.isNumber(k)) {
                return;
            }
        }
    }

    /**
     * Each event word after another in the same clause is that one's content, unless a conjunction joins it as a
     * second act of the same subject; after a clause break it states its own event.
     */
    private void govern(SentenceView v, List<Trigger> triggers) {
        Trigger previous = null;
        for (Trigger t : triggers) {
            if (previous != null && !(previous.referenceOnly && previous.kept())
                    && !clauseBreak(v, previous.to(), t.light >= 0 ? t.light : t.from())) {
                Trigger head = previous.kept() ? previous : previous.governor;
                boolean coordinated = coordinated(v, previous.to(), t.light >= 0 ? t.light : t.from());
                boolean continuesContent = !previous.kept() && previous.voice() != Voice.NOMINAL;
                if (!coordinated || continuesContent) {
                    t.governor = head;
                    head.governed.add(t);
                }
            }
            previous = t;
        }
    }

    private boolean clauseBreak(SentenceView v, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = v.word(i);
            if (v.isComma(i) || markers.is(Group.BOUNDARY, w) || markers.is(Group.SUBORDINATOR, w)
                    || markers.is(Group.SPEECH_AFTER, w)) {
                return true;
            }
        }
        return false;
    }

    private boolean coordinated(SentenceView v, int previousEnd, int i) {
        for (int k = i - 1, steps = 0; k >= previousEnd && steps < MODAL_REACH; k--, steps++) {
            String w = v.word(k);
            if (markers.is(Group.COORDINATOR, w)) {
                return true;
            }
            if (!markers.is(Group.MODAL, w) && !markers.is(Group.NEGATION, w)
                    && !markers.is(Group.INTENTION, w)) {
                return false;
            }
        }
        return false;
    }
}
