package id.peristiwa.ner;

import id.peristiwa.text.Token;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * Emission scores of a {@link SequenceModel} with the per-word work done once per word form: the scores of the
 * features that read one word (as the described word or as its neighbour at each offset) are kept per word form,
 * and those that read two adjacent words per word pair, so that scoring a word is a few additions of small
 * arrays instead of hashing and looking up dozens of features. Features that read only word classes (shape,
 * casing class) of two or three words are kept per class combination, of which there are few, and those of a
 * capitalized word's run of capitalized words in parts (see {@link #addRun}). The
 * scores equal those of {@link FeatureExtractor#extract} with {@link SparseWeights#score}
 * exactly, because both add whole weight units.
 *
 * <p>The caches are bounded, direct-mapped tables of immutable entries: a new entry replaces whatever shared its
 * slot. Safe to share between threads: a reader sees either a complete entry or another one, and checks its key.
 */
final class CachedEmissions {
    private static final int T = EntityTags.COUNT;
    /**
     * The multiplier of a word form's 64-bit print (FNV-1a's), which with the 32-bit hash, the length and the
     * casing identifies a cached form: comparing them reads the entry alone, not the form's characters, whose
     * reads miss the processor caches on most lookups. Two forms that agree on all four are a 2^-64 chance.
     */
    private static final long PRINT_PRIME = 0x100000001B3L;
    /** Offsets of the neighbour scores in {@link Word#units}, after the word's own at 0. */
    private static final int[] OFFSETS = {-1, 1, -2, 2};
    /** Near capitals, words at most this far from a capitalized one are scored. */
    private static final int SCORED_DISTANCE = 2;
    /** Near capitals, words at most this far from a capitalized one are read: a scored word's features reach two. */
    private static final int READ_DISTANCE = SCORED_DISTANCE + 2;

    private final FeatureExtractor extractor;
    private final SparseWeights weights;
    private final Word[] words;
    private final Pair[] pairs;
    private final ClassPair[] classPairs = new ClassPair[1 << 14];
    private final Triple[] triples = new Triple[1 << 14];
    /** By casing, cue and distance: see {@link #addRun}. */
    private final Units[] cues = new Units[2 * 8 * (CapitalRuns.MAX_DISTANCE + 1)];
    private final Known[] knowns = new Known[1 << 12];
    private final Word[] before = new Word[2];
    private final Word[] after = new Word[2];

    /**
     * @param wordBits the word table holds {@code 2^wordBits} word forms
     * @param pairBits the pair table holds {@code 2^pairBits} word pairs
     */
    CachedEmissions(FeatureExtractor extractor, SparseWeights weights, int wordBits, int pairBits) {
        this.extractor = extractor;
        this.weights = weights;
        this.words = new Word[1 << wordBits];
        this.pairs = new Pair[1 << pairBits];
        for (int c = 0; c < 2; c++) {
            before[c] = word(extractor.before(), 1, 1, c, new Scratch());
            after[c] = word(extractor.after(), 2, 2, c, new Scratch());
        }
    }

    /** The scale that turns the units summed here into scores. */
    float scale() {
        return weights.scale();
    }

    /** {@code [i * T + t]}: the score of tag {@code t} at token {@code i} of {@code tokens} in {@code text}. */
    float[] emissions(String text, List<Token> tokens) {
        return emissions(text, tokens, false);
    }

    /**
     * As {@link #emissions(String, List)}, but in a sentence with capital letters only tokens that are
     * capitalized or next to a capitalized token are scored; every other token can only be outside a name
     * (its outside score is 0, every other tag's negative infinity). In cased text a name starts with a capital
     * and holds at most a short lower-case link ("bin", "dan", "van"), so this seldom changes a name the model
     * would find there (measured by {@code peristiwa eval ner}, which tags this way) while sparing the work on the
     * long lower-case stretches of news prose.
     */
    float[] emissionsNearCapitals(String text, List<Token> tokens) {
        return emissions(text, tokens, true);
    }

    /** As {@link #emissionsNearCapitals(String, List)} for words given one by one. */
    float[] emissionsNearCapitals(List<String> tokens) {
        return emissions(tokens, true);
    }

    private float[] emissions(String text, List<Token> tokens, boolean nearCapitals) {
        int n = tokens.size();
        boolean cased = false;
        for (int i = 0; i < n && !cased; i++) {
            Token t = tokens.get(i);
            cased = FeatureExtractor.hasUpperCase(text, t.start(), t.end());
        }
        int c = cased ? 1 : 0;
        Scratch scratch = new Scratch();
        boolean[] capitals = capitals(n, cased && nearCapitals, i -> text.charAt(tokens.get(i).start()),
                i -> word(text, tokens.get(i).start(), tokens.get(i).end(), c, scratch));
        Word[] sentence = frame(n, c);
        boolean[] read = near(capitals, n, READ_DISTANCE);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            sentence[i + 2] = read[i] ? word(text, t.start(), t.end(), c, scratch) : before[c];
        }
        return score(sentence, n, c, near(capitals, n, SCORED_DISTANCE), scratch);
    }

    /** As {@link #emissions(String, List)} for words given one by one. */
    float[] emissions(List<String> tokens) {
        return emissions(tokens, false);
    }

    private float[] emissions(List<String> tokens, boolean nearCapitals) {
        int n = tokens.size();
        boolean cased = false;
        for (int i = 0; i < n && !cased; i++) {
            cased = FeatureExtractor.hasUpperCase(tokens.get(i), 0, tokens.get(i).length());
        }
        int c = cased ? 1 : 0;
        Scratch scratch = new Scratch();
        boolean[] capitals = capitals(n, cased && nearCapitals,
                i -> tokens.get(i).isEmpty() ? ' ' : tokens.get(i).charAt(0),
                i -> word(tokens.get(i), 0, tokens.get(i).length(), c, scratch));
        Word[] sentence = frame(n, c);
        boolean[] read = near(capitals, n, READ_DISTANCE);
        for (int i = 0; i < n; i++) {
            sentence[i + 2] = read[i] ? word(tokens.get(i), 0, tokens.get(i).length(), c, scratch) : before[c];
        }
        return score(sentence, n, c, near(capitals, n, SCORED_DISTANCE), scratch);
    }

    /**
     * Which of {@code n} words are capitalized when only words near capitals are scored ({@code nearCapitals}:
     * a cased sentence, when asked), by each word's first character ({@code first}); null when every word is
     * scored. The sentence's first word (the first starting with a letter or digit) does not count when news text
     * writes it in lower case inside sentences ({@link CasingClass#LOWER}, read from its {@code entry}):
     * "Menurut", "Dalam", "Namun" are capitalized for their place alone, and a name they would start has a
     * capitalized word of its own beside them.
     */
    private static boolean[] capitals(int n, boolean nearCapitals, IntUnaryOperator first, IntFunction<Word> entry) {
        if (!nearCapitals) {
            return null;
        }
        boolean[] capitals = new boolean[n];
        boolean opening = true;
        for (int i = 0; i < n; i++) {
            char c = (char) first.applyAsInt(i);
            capitals[i] = Character.isUpperCase(c);
            if (opening && Character.isLetterOrDigit(c)) {
                opening = false;
                capitals[i] &= entry.apply(i).casing() != CasingClass.LOWER.ordinal();
            }
        }
        return capitals;
    }

    /**
     * Which of {@code n} words lie within {@code distance} words of a capitalized one ({@code capitals[i]}, as
     * the word's view counts it in a cased sentence); every word when {@code capitals} is null (a caseless
     * sentence, or every word scored). Words within {@link #SCORED_DISTANCE} are scored; those within
     * {@link #READ_DISTANCE} are read by scored words' features and need their entries. Nothing scored reads
     * any other word, which stands in as the sentence-start stand-in, not capitalized either.
     */
    private static boolean[] near(boolean[] capitals, int n, int distance) {
        boolean[] near = new boolean[n];
        int last = -distance - 1;
        for (int i = 0; i < n; i++) {
            if (capitals == null || capitals[i]) {
                last = i;
            }
            near[i] = i - last <= distance;
        }
        int next = n + distance;
        for (int i = n - 1; i >= 0; i--) {
            if (capitals == null || capitals[i]) {
                next = i;
            }
            near[i] |= next - i <= distance;
        }
        return near;
    }

    /** Room for {@code n} words between two stand-ins on each side. */
    private Word[] frame(int n, int c) {
        Word[] sentence = new Word[n + 4];
        sentence[0] = before[c];
        sentence[1] = before[c];
        sentence[n + 2] = after[c];
        sentence[n + 3] = after[c];
        return sentence;
    }

    /**
     * The emissions of the {@code n} words of {@code w} (stand-ins around them): a word not {@code scored} can only
     * be outside a name, and a word with no letter cannot begin one ({@link EntityTags#forbidBegins}), so that no
     * weighting of its context makes a name of symbols alone.
     */
    private float[] score(Word[] w, int n, int c, boolean[] scored, Scratch scratch) {
        int[] units = new int[n * T];
        WordView[] views = new WordView[w.length];
        for (int j = 0; j < w.length; j++) {
            views[j] = w[j].view;
        }
        CapitalRuns capitals = CapitalRuns.of(views);
        for (int i = 0; i < n; i++) {
            if (!scored[i]) {
                continue;
            }
            int j = i + 2;
            int o = i * T;
            add(w[j].units, 0, units, o);
            add(w[j - 1].units, T, units, o);
            add(w[j + 1].units, 2 * T, units, o);
            add(w[j - 2].units, 3 * T, units, o);
            add(w[j + 2].units, 4 * T, units, o);
            add(triple(w[j - 1], w[j], w[j + 1], c, scratch).units, 0, units, o);
            if (views[j].capital()) {
                addRun(w, capitals, j, c, scratch, units, o);
            }
        }
        // Each pair of adjacent words (stand-ins included) once: its scores go to the real words among the two.
        for (int j = 1; j <= n + 1; j++) {
            boolean left = j >= 2 && scored[j - 2];
            boolean right = j + 1 <= n + 1 && scored[j - 1];
            if (!left && !right) {
                continue;
            }
            int[] lexical = pair(w[j], w[j + 1], c, scratch).units;
            int[] classes = classPair(w[j], w[j + 1], c, scratch).units;
            if (j + 1 <= n + 1) {
                add(lexical, 0, units, (j - 1) * T);
                add(classes, 0, units, (j - 1) * T);
            }
            if (j >= 2) {
                add(lexical, T, units, (j - 2) * T);
                add(classes, T, units, (j - 2) * T);
            }
        }
        float scale = weights.scale();
        float[] e = new float[units.length];
        for (int k = 0; k < units.length; k++) {
            e[k] = scored[k / T] || k % T == EntityTags.OUTSIDE ? units[k] * scale : Float.NEGATIVE_INFINITY;
        }
        for (int i = 0; i < n; i++) {
            if (scored[i] && !views[i + 2].hasLetter()) {
                EntityTags.forbidBegins(e, i * T);
            }
        }
        return e;
    }

    private static void add(int[] from, int offset, int[] to, int at) {
        for (int t = 0; t < T; t++) {
            to[at + t] += from[offset + t];
        }
    }

    /** The entry of {@code text[from, to)} in a sentence cased or not ({@code c}), made on a miss. */
    private Word word(String text, int from, int to, int c, Scratch scratch) {
        int h = c;
        long print = c;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            h = 31 * h + ch;
            print = (print ^ ch) * PRINT_PRIME;
        }
        int slot = mix(h) & (words.length - 1);
        Word e = words[slot];
        if (e != null && e.hash == h && e.print == print && e.cased == c && e.length == to - from) {
            return e;
        }
        String surface = from == 0 && to == text.length() ? text : text.substring(from, to);
        e = word(extractor.view(surface, c == 1), h, print, c, scratch);
        words[slot] = e;
        return e;
    }

    private Word word(WordView view, int hash, long print, int c, Scratch scratch) {
        int[] units = new int[5 * T];
        long[] f = scratch.features();
        if (view.surface() != null) {
            addUnits(scratch, extractor.own(view, c, f, 0), c, units, 0);
        }
        for (int k = 0; k < OFFSETS.length; k++) {
            addUnits(scratch, extractor.neighbour(view, OFFSETS[k], c, f, 0), c, units, (k + 1) * T);
        }
        // Shapes are few and shared, so equal shapes are one object and compare by reference below.
        int length = view.surface() == null ? -1 : view.surface().length();
        return new Word(hash, print, length, c, view, view.shape().intern(), view.casing(), units,
                view.capital() ? new Units[2 * (CapitalRuns.MAX_DISTANCE + 1)] : null);
    }

    /** The entry of two adjacent words, made on a miss. */
    private Pair pair(Word left, Word right, int c, Scratch scratch) {
        int slot = mix(left.hash * 0x9E3779B9 + right.hash) & (pairs.length - 1);
        Pair p = pairs[slot];
        if (p != null && p.left == left && p.right == right) {
            return p;
        }
        int[] units = new int[2 * T];
        long[] f = scratch.features();
        addUnits(scratch, extractor.wordPair(left.view, right.view, true, c, f, 0), c, units, 0);
        addUnits(scratch, extractor.wordPair(left.view, right.view, false, c, f, 0), c, units, T);
        p = new Pair(left, right, units);
        pairs[slot] = p;
        return p;
    }

    /** The entry of the classes of two adjacent words, made on a miss. */
    private ClassPair classPair(Word left, Word right, int c, Scratch scratch) {
        int h = mix(31 * (31 * c + left.classHash()) + right.classHash());
        int slot = h & (classPairs.length - 1);
        ClassPair e = classPairs[slot];
        if (e != null && e.hash == h && e.cased == c && e.left.isOf(left) && e.right.isOf(right)) {
            return e;
        }
        int[] units = new int[2 * T];
        long[] f = scratch.features();
        addUnits(scratch, extractor.classPair(left.view, right.view, true, c, f, 0), c, units, 0);
        addUnits(scratch, extractor.classPair(left.view, right.view, false, c, f, 0), c, units, T);
        e = new ClassPair(left.wordClass(), right.wordClass(), c, h, units);
        classPairs[slot] = e;
        return e;
    }

    /** The entry of the features that read a word with both neighbours (their classes only), made on a miss. */
    private Triple triple(Word p, Word w, Word n, int c, Scratch scratch) {
        int h = mix(31 * (31 * (31 * c + p.classHash()) + w.classHash()) + n.classHash());
        int slot = h & (triples.length - 1);
        Triple e = triples[slot];
        if (e != null && e.hash == h && e.cased == c && e.p.isOf(p) && e.w.isOf(w) && e.n.isOf(n)) {
            return e;
        }
        int[] units = scores(scratch, extractor.triple(p.view, w.view, n.view, c, scratch.features(), 0), c);
        e = new Triple(p.wordClass(), w.wordClass(), n.wordClass(), c, h, units);
        triples[slot] = e;
        return e;
    }

    /**
     * The scores of the features that read the run of capitals of the capitalized word {@code w[j]}, added to
     * {@code units} at {@code at}. They fall into parts that each read little, each kept where it recurs: the
     * run's first word with the word's position in the run and its last word with the distance to it are kept in
     * those words' entries (a name's words recur with their run: every "Joko" of "Joko Widodo" reads the same),
     * the nearest cue before the word and the run ends' known-name parts in small tables of their own.
     */
    private void addRun(Word[] w, CapitalRuns capitals, int j, int c, Scratch scratch, int[] units, int at) {
        Word first = w[capitals.start(j)];
        Word last = w[capitals.end(j)];
        int position = capitals.position(j);
        int fromEnd = capitals.fromEnd(j);
        long[] f = scratch.features();
        int slot = position;
        Units part = first.ofRun[slot];
        if (part == null) {
            part = units(scratch, extractor.runFirst(first.view, position, c, f, 0), c);
            first.ofRun[slot] = part;
        }
        add(part.units, 0, units, at);
        slot = CapitalRuns.MAX_DISTANCE + 1 + fromEnd;
        part = last.ofRun[slot];
        if (part == null) {
            part = units(scratch, extractor.runLast(last.view, fromEnd, c, f, 0), c);
            last.ofRun[slot] = part;
        }
        add(part.units, 0, units, at);
        int cue = capitals.cue(j);
        int distance = capitals.cueDistance(j);
        slot = (c << 3 | cue) * (CapitalRuns.MAX_DISTANCE + 1) + distance;
        part = cues[slot];
        if (part == null) {
            part = units(scratch, extractor.runCue(cue, distance, c, f, 0), c);
            cues[slot] = part;
        }
        add(part.units, 0, units, at);
        // Every feature also counts once for cased or caseless text alone, so the casing is part of the key.
        int key = ((first.view.known() << KnownNames.KINDS.size() * KnownNames.BITS | last.view.known()) << 2
                | Math.min(position, 1) * 2 + Math.min(fromEnd, 1)) << 1 | c;
        slot = mix(key) & (knowns.length - 1);
        Known known = knowns[slot];
        if (known == null || known.key != key) {
            known = new Known(key, scores(scratch, extractor.runKnown(first.view.known(), last.view.known(),
                    position, fromEnd, f, 0), c));
            knowns[slot] = known;
        }
        add(known.units, 0, units, at);
    }

    /** The scores of the {@code k} features in {@code scratch}, in a new entry. */
    private Units units(Scratch scratch, int k, int c) {
        return new Units(scores(scratch, k, c));
    }

    /** The scores of the {@code k} features in {@code scratch}. */
    private int[] scores(Scratch scratch, int k, int c) {
        int[] units = new int[T];
        addUnits(scratch, k, c, units, 0);
        return units;
    }

    /** Adds to {@code units} from {@code offset} the weights of the {@code k} features in {@code scratch}. */
    private void addUnits(Scratch scratch, int k, int c, int[] units, int offset) {
        int[] buckets = scratch.buckets();
        extractor.buckets(scratch.features(), k, c, buckets);
        weights.addUnits(buckets, 2 * k, units, offset);
    }

    /**
     * Room to build one group's features and buckets in while filling an entry, one per sentence and made only
     * when the sentence misses a cache: a miss that allocated its own, or a sentence that made room it never
     * used, would add to the tagger's garbage.
     */
    private static final class Scratch {
        private long[] features;
        private int[] buckets;

        long[] features() {
            if (features == null) {
                features = new long[FeatureExtractor.MAX_GROUP];
            }
            return features;
        }

        int[] buckets() {
            if (buckets == null) {
                buckets = new int[2 * FeatureExtractor.MAX_GROUP];
            }
            return buckets;
        }
    }

    private static int mix(int h) {
        h *= 0x85EBCA6B;
        return h ^ h >>> 15;
    }

    /**
     * A word form's scores: {@code units[0, T)} its own features', then its features' as the neighbour at
     * offsets -1, 1, -2 and 2 of the word they describe; for a capitalized word also room for the scores of its
     * run features as the run's first word ({@code ofRun[position]}) and last ({@code ofRun[MAX_DISTANCE + 1 +
     * fromEnd]}), filled when first needed (null otherwise). The form is known by its {@code hash}, {@code print},
     * {@code length} and casing (see {@link #PRINT_PRIME}); a stand-in has length -1.
     */
    private record Word(int hash, long print, int length, int cased, WordView view, String shape, int casing,
                        int[] units, Units[] ofRun) {
        int classHash() {
            return shape.hashCode() * 31 + casing;
        }

        WordClass wordClass() {
            return new WordClass(shape, casing);
        }
    }

    /**
     * What the class features read of a word: its shape and its casing class (a stand-in has a casing no word
     * has, so the sentence start is told apart too).
     */
    private record WordClass(String shape, int casing) {
        boolean isOf(Word w) {
            return shape == w.shape && casing == w.casing;
        }
    }

    /** Two adjacent words' scores: {@code units[0, T)} for the right word, {@code units[T, 2T)} for the left. */
    private record Pair(Word left, Word right, int[] units) {
    }

    /** Two adjacent word classes' scores, laid out as {@link Pair}'s. */
    private record ClassPair(WordClass left, WordClass right, int cased, int hash, int[] units) {
    }

    /**
     * Scores filled before they are shared: a thread that reads the entry from a table another thread filled
     * sees the array whole (a final field's guarantee).
     */
    private record Units(int[] units) {
    }

    /**
     * The scores of the run ends' known-name parts with the word's place at the ends and the casing
     * ({@code key}).
     */
    private record Known(int key, int[] units) {
    }

    /** The scores of the features that read three words' classes. */
    private record Triple(WordClass p, WordClass w, WordClass n, int cased, int hash, int[] units) {
    }
}
