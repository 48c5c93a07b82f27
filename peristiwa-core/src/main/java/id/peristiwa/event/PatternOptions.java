package id.peristiwa.event;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a dictionary entry's options column says (documented in {@code events/verb-patterns.txt}).
 *
 * @param needs      words one of which must be in the clause, empty for none
 * @param unless     words none of which may be in the clause ("menduduki posisi" is a ranking, no seizure)
 * @param excluded   surface forms of the root that mean something else ("menemukan" finds, "bertemu" meets)
 * @param needsEvent the entry fires only when it governs another event word
 * @param light      a light verb that yields to an event noun right after it
 * @param voices     the voices the entry fires in
 * @param bare       whether the bare root is a form
 * @param bareNoun   whether the bare root is a noun
 * @param per        whether the root takes memper-/diper- ("memperluas")
 * @param ber        whether the root takes ber- ("bertemu")
 * @param nouns      the nominalizations of its root
 * @param joint      several subjects become first source and the others target
 * @param jointAs    the entry that applies with several subjects, or null
 * @param targetAs   the entry that applies when the clause names a target, or null
 * @param noTarget   no target unless the clause names one
 * @param visit      a place after di/ke is the target
 * @param person     the source must be a person
 * @param theme      a passive whose subject is the thing moved
 * @param obligation "X harus ...": speaker is source, X target
 * @param reported   only in reported speech; speaker is source, the clause's subject target
 */
record PatternOptions(Set<String> needs, Set<String> unless, Set<String> excluded, boolean needsEvent, boolean light, Set<Voice> voices, boolean bare,
        boolean bareNoun, boolean per, boolean ber, Set<Inflections.Noun> nouns, boolean joint, String jointAs, String targetAs,
        boolean noTarget, boolean visit, boolean person, boolean theme, boolean obligation, boolean reported) {

    PatternOptions {
        needs = Set.copyOf(needs);
        unless = Set.copyOf(unless);
        excluded = Set.copyOf(excluded);
        voices = Set.copyOf(voices);
        nouns = nouns.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(nouns));
    }

    /**
     * Parses the options column: comma-separated flags and {@code key=value} pairs, {@code -} for none.
     *
     * @throws IllegalArgumentException on an unknown option, so that a typo in the data fails at load time
     */
    static PatternOptions parse(String column) {
        Set<String> needs = Set.of();
        Set<String> unless = Set.of();
        Set<String> excluded = Set.of();
        Set<Voice> voices = EnumSet.allOf(Voice.class);
        Set<Inflections.Noun> nouns = EnumSet.of(Inflections.Noun.AN, Inflections.Noun.PEAN);
        boolean needsEvent = false;
        boolean light = false;
        boolean bare = true;
        boolean bareNoun = false;
        boolean per = false;
        boolean ber = false;
        boolean joint = false;
        boolean noTarget = false;
        boolean visit = false;
        boolean person = false;
        boolean theme = false;
        boolean obligation = false;
        boolean reported = false;
        String jointAs = null;
        String targetAs = null;
        for (String option : column.strip().equals("-") ? new String[0] : column.split(",")) {
            String o = option.strip();
            int eq = o.indexOf('=');
            String key = eq < 0 ? o : o.substring(0, eq);
            String value = eq < 0 ? "" : o.substring(eq + 1);
            switch (key) {
                case "needs" -> needs = Set.of(value.split("/"));
                case "unless" -> unless = Set.of(value.split("/"));
                case "not" -> excluded = Set.of(value.split("/"));
                case "needs-event" -> needsEvent = true;
                case "light" -> light = true;
                case "voices" -> {
                    voices = EnumSet.noneOf(Voice.class);
                    for (String v : value.split("/")) {
                        voices.add(Voice.valueOf(v.toUpperCase(Locale.ROOT)));
                    }
                }
                case "nobare" -> bare = false;
                case "bare" -> bareNoun = value.equals("noun");
                case "per" -> per = true;
                case "ber" -> ber = true;
                case "noun" -> {
                    nouns = EnumSet.noneOf(Inflections.Noun.class);
                    for (String n : value.split("/")) {
                        if (!n.equals("none")) {
                            nouns.add(Inflections.Noun.valueOf(n.toUpperCase(Locale.ROOT)));
                        }
                    }
                }
                case "joint" -> joint = true;
                case "joint-as" -> jointAs = value;
                case "target-as" -> targetAs = value;
                case "notarget" -> noTarget = true;
                case "visit" -> visit = true;
                case "person" -> person = true;
                case "theme" -> theme = true;
                case "obligation" -> obligation = true;
                case "reported" -> reported = true;
                default -> throw new IllegalArgumentException("unknown pattern option: " + o);
            }
        }
        return new PatternOptions(needs, unless, excluded, needsEvent, light, voices, bare, bareNoun, per, ber, nouns, joint, jointAs, targetAs,
                noTarget, visit, person, theme, obligation, reported);
    }
}
