package id.peristiwa.event;

import id.peristiwa.document.TextOrder;
import id.peristiwa.lang.LanguagePackFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the event coder reads around an event word ({@code events/event-markers.txt}): negation, modality,
 * background cues, speech cues, light verbs, clause boundaries, and the pledge table.
 */
final class EventMarkers {

    /** The groups of the markers file, by their header in lower case with dashes. */
    enum Group {
        NEGATION, MODAL, INTENTION, DEMAND, HYPOTHETICAL, HISTORICAL, SPEECH, SPEECH_AFTER, SPEECH_SELF, LIGHT,
        LIGHT_INVERSE, LIGHT_GAP, AGENT, TARGET, LOCATIVE, COORDINATOR, BOUNDARY, SUBORDINATOR, RELATIVE,
        BACK_REFERENCE, COPULA, MODIFIER, SELF, ANAPHOR, MUTUAL, COMPLEMENT, REACTION, TRANSIT, PARTIES, DYADIC, PURPOSE;

        String header() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Map<Group, Set<String>> words = new EnumMap<>(Group.class);
    private final Map<Group, List<List<String>>> phrases = new EnumMap<>(Group.class);
    private final Map<PloverType, String> pledges = new EnumMap<>(PloverType.class);
    private final Set<PloverType> reactions = java.util.EnumSet.noneOf(PloverType.class);
    private final Set<PloverType> dyadic = java.util.EnumSet.noneOf(PloverType.class);

    private EventMarkers(Map<String, List<String>> groups) {
        for (Group g : Group.values()) {
            List<String> lines = groups.get(g.header());
            if (lines == null) {
                throw new IllegalStateException("event markers lack group [" + g.header() + "]");
            }
            Set<String> single = new HashSet<>();
            List<List<String>> multi = new ArrayList<>();
            for (String line : lines) {
                List<String> tokens = List.of(line.toLowerCase(Locale.ROOT).split("\\s+"));
                if (tokens.size() == 1) {
                    single.add(tokens.getFirst());
                } else {
                    multi.add(tokens);
                }
            }
            words.put(g, Set.copyOf(single));
            phrases.put(g, List.copyOf(multi));
        }
        for (String line : groups.getOrDefault("reaction", List.of())) {
            reactions.add(PloverType.valueOf(line.strip()));
        }
        for (String line : groups.getOrDefault("dyadic", List.of())) {
            dyadic.add(PloverType.valueOf(line.strip()));
        }
        for (String line : groups.getOrDefault("pledge", List.of())) {
            String[] f = line.split("\\s+");
            pledges.put(PloverType.valueOf(f[0]), f[1]);
        }
    }

    /** The Indonesian pack's markers. */
    static EventMarkers indonesian() {
        return new EventMarkers(LanguagePackFile.groups("id/peristiwa/lang/id/events/event-markers.txt"));
    }

    /** Whether the single word is in the group. */
    boolean is(Group group, String word) {
        return words.get(group).contains(word);
    }

    /**
     * The length in tokens of a phrase of the group starting at {@code i} in {@code tokens} (single words
     * included), or 0 when none does.
     */
    int phraseAt(Group group, List<String> tokens, int i) {
        int best = words.get(group).contains(tokens.get(i)) ? 1 : 0;
        for (List<String> phrase : phrases.get(group)) {
            if (phrase.size() > best && i + phrase.size() <= tokens.size()
                    && phrase.equals(tokens.subList(i, i + phrase.size()))) {
                best = phrase.size();
            }
        }
        return best;
    }

    /** Whether the words, as written in a mention, are a whole phrase for the sides of a conflict ("kedua pihak"). */
    boolean isParties(String text) {
        List<String> tokens = List.of(text.toLowerCase(Locale.ROOT).strip().split("\\s+"));
        return phraseAt(Group.PARTIES, tokens, 0) == tokens.size();
    }

    /**
     * Whether a phrase of the group starts anywhere in {@code [from, to)} of the sentence's words. A long range is
     * answered from the sentence's phrase starts, found once per group, so that an endless sentence with many
     * event words is not read again for each.
     */
    boolean anyIn(Group group, SentenceView v, int from, int to) {
        int end = Math.min(to, v.size());
        if (end - from <= SentenceView.SHORT) {
            for (int i = Math.max(0, from); i < end; i++) {
                if (phraseAt(group, v.words(), i) > 0) {
                    return true;
                }
            }
            return false;
        }
        int[] starts = v.phraseStarts(group, () -> starts(group, v.words()));
        int first = TextOrder.firstAtOrAfter(starts.length, k -> starts[k], from);
        return first < starts.length && starts[first] < end;
    }

    /** The indexes of the tokens where a phrase of the group starts, ascending. */
    private int[] starts(Group group, List<String> tokens) {
        int[] starts = new int[tokens.size()];
        int count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (phraseAt(group, tokens, i) > 0) {
                starts[count++] = i;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The CAMEO code of a pledge to carry out an act of this type, or null when such a pledge is no AGREE. */
    String pledge(PloverType type) {
        return pledges.get(type);
    }

    /** Whether an event of this type with no target in its clause answers the previous act told. */
    boolean reaction(PloverType type) {
        return reactions.contains(type);
    }

    /** Whether an event of this type needs a target: what it says is said to or about someone. */
    boolean dyadic(PloverType type) {
        return dyadic.contains(type);
    }

    /** For tests: the number of single words and phrases per group. */
    Map<Group, Integer> sizes() {
        Map<Group, Integer> sizes = new HashMap<>();
        words.forEach((g, s) -> sizes.put(g, s.size() + phrases.get(g).size()));
        return sizes;
    }
}
