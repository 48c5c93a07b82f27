package id.peristiwa.entity;

import id.peristiwa.document.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How well a mention coder agrees with the {@link ActorGold}. An expected actor mention is found when some
 * emitted mention overlapping it resolves to the expected codes (its own actor, or the actors of the mentions
 * it refers back to when it refers to several); a place is right when no overlapping emitted mention carries an
 * actor. Codes are compared exactly (any listed alternative) and at the country level (first three letters).
 *
 * @param actors          expected actor mentions
 * @param exact           of those, found with an acceptable code for every referent
 * @param country         of those, found with the right country for every referent
 * @param places          expected non-actor mentions (places)
 * @param placesRight     of those, left without an actor
 * @param byRule          per rule of the gold file, in rule order
 * @param misses          one line per expected mention the coder got wrong: document, rule, text, expected, found
 */
record ActorScore(int actors, int exact, int country, int places, int placesRight, Map<String, RuleCount> byRule,
        List<String> misses) {

    ActorScore {
        byRule = Map.copyOf(byRule);
        misses = List.copyOf(misses);
    }

    /**
     * The mentions of one rule.
     *
     * @param expected how many the gold lists
     * @param right    how many the coder got right (exact code; for places, no actor)
     */
    record RuleCount(int expected, int right) {
    }

    /** Share of expected actor mentions found with the right code: the headline figure. */
    double recall() {
        return actors == 0 ? 1.0 : (double) exact / actors;
    }

    /** Share of expected actor mentions found with the right country. */
    double countryRecall() {
        return actors == 0 ? 1.0 : (double) country / actors;
    }

    /** Scores a coder that sees only the document text. */
    static ActorScore of(ActorGold gold, Function<String, List<Mention>> coder) {
        return of(gold, (text, date) -> coder.apply(text));
    }

    /** Scores a coder that also gets the publication date (office holders depend on it). */
    static ActorScore of(ActorGold gold, BiFunction<String, LocalDate, List<Mention>> coder) {
        int actors = 0;
        int exact = 0;
        int country = 0;
        int places = 0;
        int placesRight = 0;
        Map<String, int[]> byRule = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (ActorGold.Document document : gold.documents()) {
            List<Mention> emitted = coder.apply(document.text(), document.published());
            for (ActorGold.Sentence sentence : document.sentences()) {
                for (ActorGold.Expected expected : sentence.mentions()) {
                    int[] rule = byRule.computeIfAbsent(expected.rule(), r -> new int[2]);
                    rule[0]++;
                    if (!expected.isActor()) {
                        places++;
                        boolean right = overlapping(emitted, expected.span()).stream()
                                .allMatch(m -> codes(emitted, m, 0).isEmpty());
                        placesRight += right ? 1 : 0;
                        rule[1] += right ? 1 : 0;
                        if (!right) {
                            misses.add(miss(document, expected, emitted));
                        }
                        continue;
                    }
                    actors++;
                    boolean exactHit = false;
                    boolean countryHit = false;
                    for (Mention m : overlapping(emitted, expected.span())) {
                        List<String> found = codes(emitted, m, 0);
                        exactHit |= assignable(found, expected.members(), false);
                        countryHit |= assignable(found, expected.members(), true);
                    }
                    exact += exactHit ? 1 : 0;
                    country += countryHit ? 1 : 0;
                    rule[1] += exactHit ? 1 : 0;
                    if (!exactHit) {
                        misses.add(miss(document, expected, emitted));
                    }
                }
            }
        }
        Map<String, RuleCount> counts = new TreeMap<>();
        byRule.forEach((rule, c) -> counts.put(rule, new RuleCount(c[0], c[1])));
        return new ActorScore(actors, exact, country, places, placesRight, counts, misses);
    }

    private static String miss(ActorGold.Document document, ActorGold.Expected expected, List<Mention> emitted) {
        List<String> found = overlapping(emitted, expected.span()).stream()
                .map(m -> m.text() + "=" + codes(emitted, m, 0)).toList();
        return document.id() + " " + expected.rule() + " '" + expected.text() + "' expected " + expected.members()
                + " found " + found;
    }

    private static List<Mention> overlapping(List<Mention> emitted, Span span) {
        return emitted.stream().filter(m -> m.start() < span.end() && span.start() < m.end()).toList();
    }

    /** The distinct codes a mention stands for; a bound on depth guards against reference cycles. */
    private static List<String> codes(List<Mention> all, Mention mention, int depth) {
        if (depth > all.size()) {
            return List.of();
        }
        if (mention.refersTo().size() > 1 || (mention.actor() == null && mention.refersTo().size() == 1)) {
            Set<String> union = new LinkedHashSet<>();
            for (int index : mention.refersTo()) {
                if (index >= 0 && index < all.size()) {
                    union.addAll(codes(all, all.get(index), depth + 1));
                }
            }
            return List.copyOf(union);
        }
        return mention.actor() == null ? List.of() : List.of(mention.actor().code());
    }

    /** Whether the found codes can be paired one to one with the expected referents. */
    private static boolean assignable(List<String> found, List<Set<String>> members, boolean countryOnly) {
        if (found.size() != members.size()) {
            return false;
        }
        return assign(found, 0, members, new HashSet<>(), countryOnly);
    }

    private static boolean assign(List<String> found, int next, List<Set<String>> members, Set<Integer> used,
            boolean countryOnly) {
        if (next == found.size()) {
            return true;
        }
        for (int i = 0; i < members.size(); i++) {
            if (!used.contains(i) && accepts(members.get(i), found.get(next), countryOnly)) {
                used.add(i);
                if (assign(found, next + 1, members, used, countryOnly)) {
                    return true;
                }
                used.remove(i);
            }
        }
        return false;
    }

    private static boolean accepts(Set<String> alternatives, String code, boolean countryOnly) {
        if (!countryOnly) {
            return alternatives.contains(code);
        }
        return alternatives.stream().anyMatch(a -> country(a).equals(country(code)));
    }

    private static String country(String code) {
        return code.length() <= 3 ? code : code.substring(0, 3);
    }

    /** One line per rule in rule order, for reports: {@code rule expected right}. */
    List<String> report() {
        List<String> lines = new ArrayList<>();
        new TreeMap<>(byRule).forEach((rule, c) -> lines.add(rule + " " + c.expected() + " " + c.right()));
        return lines;
    }
}
