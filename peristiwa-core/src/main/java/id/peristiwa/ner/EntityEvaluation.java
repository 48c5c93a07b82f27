package id.peristiwa.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level scores in the conlleval convention: an entity counts as found only when a predicted entity has
 * exactly its words and its type. Per type precision, recall and F1; micro F1 over all entities; macro F1 as the
 * mean of the per-type F1 (the "F1" IndoNLU reports). Immutable.
 *
 * @param byType counts per entity type, by type name
 */
public record EntityEvaluation(Map<String, Counts> byType) {

    /** Gold, predicted and correctly predicted entities of one type (or of all). */
    public record Counts(int gold, int predicted, int correct) {
        /** Correct over predicted; 0 when nothing was predicted. */
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        /** Correct over gold; 0 when there is no gold entity. */
        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        /** The harmonic mean of precision and recall; 0 when both are 0. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(gold + o.gold, predicted + o.predicted, correct + o.correct);
        }
    }

    public EntityEvaluation {
        byType = Map.copyOf(byType);
    }

    /**
     * Scores predicted label sequences against gold ones, sentence by sentence.
     *
     * @throws IllegalArgumentException when the lists or a sentence's sequences differ in length
     */
    public static EntityEvaluation score(List<List<String>> gold, List<List<String>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold sentences but " + predicted.size() + " predicted");
        }
        Map<String, Counts> byType = new TreeMap<>();
        for (int s = 0; s < gold.size(); s++) {
            if (gold.get(s).size() != predicted.get(s).size()) {
                throw new IllegalArgumentException("sentence " + s + ": label sequences differ in length");
            }
            List<EntityChunk> g = EntityChunk.of(gold.get(s));
            List<EntityChunk> p = EntityChunk.of(predicted.get(s));
            Set<EntityChunk> found = new HashSet<>(g);
            for (EntityChunk c : g) {
                byType.merge(c.type(), new Counts(1, 0, 0), Counts::plus);
            }
            for (EntityChunk c : p) {
                byType.merge(c.type(), new Counts(0, 1, found.contains(c) ? 1 : 0), Counts::plus);
            }
        }
        return new EntityEvaluation(byType);
    }

    /** Tags every sentence with {@code tagger} and scores it against its gold labels, both read through {@code map}. */
    public static EntityEvaluation run(NameTagger tagger, List<LabeledSentence> sentences, TagMapping map) {
        List<List<String>> gold = new ArrayList<>(sentences.size());
        List<List<String>> predicted = new ArrayList<>(sentences.size());
        for (LabeledSentence s : sentences) {
            gold.add(map.apply(s.labels()));
            predicted.add(map.keepMapped(tagger.tags(s.words())));
        }
        return score(gold, predicted);
    }

    /** All entities of all types together. */
    public Counts total() {
        return byType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    /** F1 over all entities together. */
    public double microF1() {
        return total().f1();
    }

    /** The mean of the per-type F1 over the types that occur in gold or prediction; 0 when there is none. */
    public double macroF1() {
        return byType.values().stream().mapToDouble(Counts::f1).average().orElse(0);
    }

    /** One line per type, one for all, then the last line {@code macro_f1=M micro_f1=N}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(byType).forEach((type, c) -> sb.append(line(type, c)).append('\n'));
        sb.append(line("all", total())).append('\n');
        sb.append(String.format(Locale.ROOT, "macro_f1=%.4f micro_f1=%.4f", macroF1(), microF1()));
        return sb.toString();
    }

    private static String line(String name, Counts c) {
        return String.format(Locale.ROOT, "%s: gold=%d predicted=%d correct=%d precision=%.4f recall=%.4f f1=%.4f",
                name, c.gold(), c.predicted(), c.correct(), c.precision(), c.recall(), c.f1());
    }
}
