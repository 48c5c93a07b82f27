package id.peristiwa.event;

import id.peristiwa.entity.Actor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores coded events against a gold file by the rules of {@code design/EVENTS.md} ("Scoring used by
 * evaluations"): an emitted event matches a gold event of the same sentence when its PLOVER type is the gold's or
 * one the gold accepts, and its source and target agree at country level (the first three letters of each code,
 * as sets); for AGREE, CONSULT and COOPERATE the dyad is unordered. An emitted event that matches nothing but is
 * marked negated or historical is not counted against precision. The strict variant also compares full codes
 * (sectors) and the CAMEO code.
 */
public final class EventScoring {

    /**
     * Counts for one slice.
     *
     * @param system  events emitted (those excused as negated or historical left out)
     * @param gold    gold events
     * @param found   emitted events that match a gold event
     * @param matched gold events matched
     */
    public record Counts(int system, int gold, int found, int matched) {
        /** Found over emitted, 1 when nothing was emitted. */
        public double precision() {
            return system == 0 ? 1 : (double) found / system;
        }

        /** Matched over gold, 1 when there is no gold. */
        public double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        /** The harmonic mean of precision and recall. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(system + o.system, gold + o.gold, found + o.found, matched + o.matched);
        }
    }

    /**
     * The scores.
     *
     * @param overall   the lenient score (country level)
     * @param strict    also sectors and CAMEO codes
     * @param byType    lenient score per PLOVER type (emitted by their type, gold by theirs)
     * @param misses    gold events not matched, one line each
     * @param spurious  emitted events that match nothing and are not excused, one line each
     */
    public record Report(Counts overall, Counts strict, Map<String, Counts> byType, List<String> misses,
            List<String> spurious) {
    }

    private EventScoring() {
    }

    /**
     * Scores {@code coder} on every gold document.
     *
     * @param coder the events a system codes for a gold document's {@code text} (offsets into that text)
     */
    public static Report score(EventGold gold, Function<EventGold.Document, List<Event>> coder) {
        Map<String, Counts> byType = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        Counts[] totals = {new Counts(0, 0, 0, 0), new Counts(0, 0, 0, 0)};
        forEachSentence(gold, coder, (d, sentence, system, expected) -> {
            totals[0] = totals[0].plus(sentenceCounts(system, expected, false, byType, d.id(), misses, spurious));
            totals[1] = totals[1].plus(sentenceCounts(system, expected, true, null, d.id(), null, null));
        });
        return new Report(totals[0], totals[1], byType, misses, spurious);
    }

    private static Counts sentenceCounts(List<Event> system, List<EventGold.Event> expected, boolean strict,
            Map<String, Counts> byType, String doc, List<String> misses, List<String> spurious) {
        int[] hits = assign(system, expected, strict);
        boolean[] used = new boolean[system.size()];
        int matched = 0;
        for (int n = 0; n < expected.size(); n++) {
            EventGold.Event g = expected.get(n);
            int hit = hits[n];
            if (hit >= 0) {
                used[hit] = true;
                matched++;
            } else if (misses != null) {
                misses.add(doc + " | " + describe(g) + " | " + g.trigger() + " | " + g.sentence());
            }
            if (byType != null) {
                byType.merge(g.type(), new Counts(0, 1, 0, hit >= 0 ? 1 : 0), Counts::plus);
            }
        }
        int counted = 0;
        int found = 0;
        for (int i = 0; i < system.size(); i++) {
            Event e = system.get(i);
            if (!used[i] && excused(e)) {
                continue;
            }
            counted++;
            found += used[i] ? 1 : 0;
            if (byType != null) {
                byType.merge(e.type().name(), new Counts(1, 0, used[i] ? 1 : 0, 0), Counts::plus);
            }
            if (!used[i] && spurious != null) {
                spurious.add(doc + " | " + e.type() + " " + codes(e.source()) + " -> " + codes(e.target()) + " | "
                        + e.rule());
            }
        }
        return new Counts(counted, expected.size(), found, matched);
    }

    /**
     * For each gold event, the index of the emitted event it is matched with (each used once, first fit in
     * order), or -1.
     */
    private static int[] assign(List<Event> system, List<EventGold.Event> expected, boolean strict) {
        boolean[] used = new boolean[system.size()];
        int[] hits = new int[expected.size()];
        for (int n = 0; n < expected.size(); n++) {
            hits[n] = -1;
            for (int i = 0; i < system.size() && hits[n] < 0; i++) {
                if (!used[i] && matches(system.get(i), expected.get(n), strict)) {
                    hits[n] = i;
                    used[i] = true;
                }
            }
        }
        return hits;
    }

    private static boolean excused(Event e) {
        return e.polarity() == Polarity.NEGATED || e.modality() == Modality.HISTORICAL;
    }

    /**
     * Sentence by sentence, what the gold holds and what {@code coder} emitted, for reading the misses and
     * false events in their sentence: every sentence with a gold or an emitted event, its gold events marked
     * {@code +} (matched) or {@code -} (missed), its emitted events marked {@code ok}, {@code EXTRA} or
     * {@code excused} (negated or historical, matching nothing), each with the rule that fired and the trigger.
     */
    public static String explain(EventGold gold, Function<EventGold.Document, List<Event>> coder) {
        var out = new StringBuilder();
        forEachSentence(gold, coder, (d, sentence, system, expected) -> {
            if (system.isEmpty() && expected.isEmpty()) {
                return;
            }
            int[] hits = assign(system, expected, false);
            boolean[] used = new boolean[system.size()];
            out.append(d.id()).append(" | ").append(sentence).append('\n');
            for (int n = 0; n < expected.size(); n++) {
                EventGold.Event g = expected.get(n);
                if (hits[n] >= 0) {
                    used[hits[n]] = true;
                }
                out.append(hits[n] >= 0 ? "  + gold  " : "  - gold  ").append(describe(g)).append(" (")
                        .append(g.trigger()).append(")\n");
            }
            for (int i = 0; i < system.size(); i++) {
                Event e = system.get(i);
                String mark = used[i] ? "ok     " : excused(e) ? "excused" : "EXTRA  ";
                out.append("    ").append(mark).append(' ').append(e.type()).append(' ').append(codes(e.source()))
                        .append(" -> ").append(codes(e.target())).append(" | ").append(e.rule()).append(" (")
                        .append(d.text(), e.trigger().start(), e.trigger().end()).append(") ")
                        .append(e.polarity().name().toLowerCase(Locale.ROOT)).append('/')
                        .append(e.modality().name().toLowerCase(Locale.ROOT)).append('\n');
            }
        });
        return out.toString();
    }

    /** What one gold sentence holds and what the system emitted in it (by the trigger's start). */
    private interface SentenceVisitor {
        void visit(EventGold.Document d, String sentence, List<Event> system, List<EventGold.Event> expected);
    }

    private static void forEachSentence(EventGold gold, Function<EventGold.Document, List<Event>> coder,
            SentenceVisitor visitor) {
        for (EventGold.Document d : gold.documents()) {
            List<Event> events = coder.apply(d);
            int offset = 0;
            for (String sentence : d.sentences()) {
                int start = offset;
                int end = offset + sentence.length();
                offset = end + 1;
                List<Event> system = events.stream()
                        .filter(e -> e.trigger().start() >= start && e.trigger().start() < end).toList();
                List<EventGold.Event> expected = d.events().stream()
                        .filter(e -> e.sentence().equals(sentence)).toList();
                visitor.visit(d, sentence, system, expected);
            }
        }
    }

    private static String describe(EventGold.Event g) {
        return g.type() + " " + g.source() + " -> " + g.target();
    }

    /** Whether the emitted event matches the gold event under the lenient or the strict rule. */
    static boolean matches(Event e, EventGold.Event g, boolean strict) {
        boolean typeOk = e.type().name().equals(g.type()) || g.acceptable().contains(e.type().name());
        if (!typeOk || strict && !e.cameo().equals(g.cameo())) {
            return false;
        }
        Set<String> s = strict ? full(e.source()) : countries(e.source());
        Set<String> t = strict ? full(e.target()) : countries(e.target());
        Set<String> gs = strict ? new HashSet<>(g.source()) : prefixes(g.source());
        Set<String> gt = strict ? new HashSet<>(g.target()) : prefixes(g.target());
        if (s.equals(gs) && t.equals(gt)) {
            return true;
        }
        return PloverType.valueOf(g.type()).symmetric() && s.equals(gt) && t.equals(gs);
    }

    /** Per-type and overall figures, one per line; the last line is {@code precision=P recall=R f1=F}. */
    public static String format(Report report) {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-10s %6s %6s %6s %6s %7s %7s%n", "type", "gold", "coded", "found",
                "match", "prec", "recall"));
        report.byType().forEach((type, c) -> out.append(String.format(Locale.ROOT,
                "%-10s %6d %6d %6d %6d %7.3f %7.3f%n", type, c.gold(), c.system(), c.found(), c.matched(),
                c.precision(), c.recall())));
        Counts s = report.strict();
        out.append(String.format(Locale.ROOT, "strict (sectors and CAMEO): precision=%.4f recall=%.4f f1=%.4f%n",
                s.precision(), s.recall(), s.f1()));
        Counts o = report.overall();
        out.append(String.format(Locale.ROOT, "gold=%d coded=%d matched=%d%n", o.gold(), o.system(), o.matched()));
        out.append(String.format(Locale.ROOT, "precision=%.4f recall=%.4f f1=%.4f", o.precision(), o.recall(),
                o.f1()));
        return out.toString();
    }

    private static Set<String> countries(List<Actor> actors) {
        Set<String> out = new HashSet<>();
        actors.forEach(a -> out.add(EventCoder.country(a)));
        return out;
    }

    private static Set<String> full(List<Actor> actors) {
        Set<String> out = new HashSet<>();
        actors.forEach(a -> out.add(a.code()));
        return out;
    }

    private static Set<String> prefixes(List<String> codes) {
        Set<String> out = new HashSet<>();
        codes.forEach(c -> out.add(c.length() <= 3 ? c : c.substring(0, 3)));
        return out;
    }

    private static String codes(List<Actor> actors) {
        return actors.stream().map(Actor::code).toList().toString();
    }
}
