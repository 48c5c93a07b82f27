package id.peristiwa.event;

import id.peristiwa.entity.Actor;
import id.peristiwa.entity.MentionKind;
import id.peristiwa.event.EventMarkers.Group;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the actors that fill an event's roles in a stretch of a sentence: the subject before an event word (walking
 * back over appositions and lists), and the first group of actors after it ("AS dan Korea Selatan").
 */
final class ActorScan {

    /**
     * Actors found for a role.
     *
     * @param actors the actors, collapsed ("AS" inside "Menteri Pertahanan AS Lloyd Austin" yields to the minister)
     * @param person whether one of them was named as a person
     * @param from   the first token of the group, or -1 when nothing was found
     * @param to     the token after the group, or -1
     */
    record Found(List<Actor> actors, boolean person, int from, int to) {
        static final Found NONE = new Found(List.of(), false, -1, -1);

        boolean isEmpty() {
            return actors.isEmpty();
        }
    }

    private static final int LOCATIVE_REACH = 3;
    private static final int GROUP_GAP = 3;

    private final EventMarkers markers;

    ActorScan(EventMarkers markers) {
        this.markers = markers;
    }

    /**
     * The subject of an event word at {@code end}: the actors of the nearest comma-separated segment before it
     * that names any, within {@code [stop, end)}, together with the earlier items of a list it closes
     * ("Jepang, AS, dan Korsel").
     */
    Found subject(SentenceView v, int stop, int end) {
        int segEnd = end;
        while (segEnd > stop) {
            int segStart = segEnd;
            while (segStart > stop && !v.isComma(segStart - 1)) {
                segStart--;
            }
            Found found = actorsIn(v, segStart, segEnd, false);
            if (!found.isEmpty()) {
                List<Actor> actors = new ArrayList<>(found.actors());
                boolean person = found.person();
                int from = found.from();
                int comma = segStart - 1;
                while (comma > stop && listComma(v, comma)) {
                    int prevStart = comma;
                    while (prevStart > stop && !v.isComma(prevStart - 1)) {
                        prevStart--;
                    }
                    Found earlier = actorsIn(v, prevStart, comma, false);
                    if (earlier.isEmpty()) {
                        break;
                    }
                    actors.addAll(0, earlier.actors());
                    person |= earlier.person();
                    from = earlier.from();
                    comma = prevStart - 1;
                }
                return new Found(collapse(actors), person, from, found.to());
            }
            segEnd = segStart - 1;
        }
        return Found.NONE;
    }

    /**
     * The first group of actors in {@code [from, to)}: the first actor mention (not a place after "di" unless
     * {@code places}, in which case a place stands for its country) and the mentions joined to it by "dan",
     * "serta", commas or apposition.
     */
    Found firstGroup(SentenceView v, int from, int to, boolean places) {
        int end = Math.min(to, v.size());
        for (int i = Math.max(0, from); i < end; i++) {
            if (!v.startsMention(i) || !places && locative(v, i)
                    || i > 0 && markers.is(Group.TRANSIT, v.word(i - 1))) {
                continue;
            }
            List<Actor> first = v.actors(v.mentionAt(i));
            if (first.isEmpty() && places) {
                first = v.placeActors(v.mentionAt(i));
            }
            if (first.isEmpty()) {
                continue;
            }
            List<Actor> actors = new ArrayList<>(first);
            boolean person = v.mention(v.mentionAt(i)).kind() == MentionKind.PERSON;
            int last = v.mentionEnd(i);
            int k = last;
            while (k < end) {
                int next = nextJoined(v, k, end);
                if (next < 0) {
                    break;
                }
                actors.addAll(v.actors(v.mentionAt(next)));
                person |= v.mention(v.mentionAt(next)).kind() == MentionKind.PERSON;
                last = v.mentionEnd(next);
                k = last;
            }
            return new Found(collapse(actors), person, i, last);
        }
        return Found.NONE;
    }

    /** Whether the mention starting at token {@code i} stands after a preposition of place. */
    boolean locative(SentenceView v, int i) {
        for (int k = i - 1, steps = 0; k >= 0 && steps < LOCATIVE_REACH && v.mentionAt(k) < 0; k--, steps++) {
            String w = v.word(k);
            if (markers.is(Group.LOCATIVE, w)) {
                return true;
            }
            if (markers.is(Group.TARGET, w) || markers.is(Group.AGENT, w) || markers.is(Group.COORDINATOR, w)
                    || v.isComma(k)) {
                return false;
            }
        }
        return false;
    }

    /** Actors of the mentions starting in {@code [from, to)}, places excluded unless asked. */
    Found actorsIn(SentenceView v, int from, int to, boolean places) {
        List<Actor> actors = new ArrayList<>();
        boolean person = false;
        int first = -1;
        int last = -1;
        for (int i = from; i < to; i++) {
            if (v.startsMention(i) && (places || !locative(v, i))) {
                List<Actor> a = v.actors(v.mentionAt(i));
                if (!a.isEmpty()) {
                    actors.addAll(a);
                    person |= v.mention(v.mentionAt(i)).kind() == MentionKind.PERSON;
                    first = first < 0 ? i : first;
                    last = v.mentionEnd(i);
                }
            }
        }
        return actors.isEmpty() ? Found.NONE : new Found(collapse(actors), person, first, last);
    }

    /**
     * The next mention joined to a group ending at {@code k}: right after it (apposition), or after a conjunction
     * or comma with at most a few words between ("dan pemimpin Korea Utara"); -1 when the group ends.
     */
    private int nextJoined(SentenceView v, int k, int end) {
        if (k < end && v.startsMention(k) && !v.actors(v.mentionAt(k)).isEmpty()) {
            return k;
        }
        boolean joined = false;
        for (int i = k, steps = 0; i < end && steps <= GROUP_GAP; i++, steps++) {
            String w = v.word(i);
            if (v.startsMention(i)) {
                return joined && !v.actors(v.mentionAt(i)).isEmpty() && !locative(v, i) ? i : -1;
            }
            if (w.equals("dan") || w.equals("serta") || w.equals("atau") || w.equals("maupun") || v.isComma(i)) {
                joined = true;
            } else if (!joined || markers.is(Group.TARGET, w) || markers.is(Group.LOCATIVE, w)
                    || markers.is(Group.RELATIVE, w)) {
                return -1;
            }
        }
        return -1;
    }

    /** A comma between two items of a list of actors, not one closing an apposition or a place. */
    private boolean listComma(SentenceView v, int comma) {
        int before = comma - 1;
        int after = comma + 1;
        if (before < 0 || after >= v.size() || v.mentionAt(before) < 0) {
            return false;
        }
        int start = before;
        while (start > 0 && v.mentionAt(start - 1) == v.mentionAt(before)) {
            start--;
        }
        if (locative(v, start) || v.actors(v.mentionAt(before)).isEmpty()) {
            return false;
        }
        return v.startsMention(after) || v.word(after).equals("dan") || v.word(after).equals("serta");
    }

    /**
     * Actors without repeats, a bare country dropped where a more specific actor of the same country is named
     * with it ("Menteri Pertahanan AS Lloyd Austin" is the minister, not the United States and the minister).
     */
    static List<Actor> collapse(List<Actor> actors) {
        Set<String> codes = new LinkedHashSet<>();
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            boolean general = actors.stream().anyMatch(b -> b.code().length() > a.code().length()
                    && b.code().startsWith(a.code()));
            if (!general && codes.add(a.code())) {
                out.add(a);
            }
        }
        return List.copyOf(out);
    }
}
