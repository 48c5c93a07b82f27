package id.peristiwa.ner;

import java.util.List;
import java.util.Locale;

/**
 * The features of each word of a sentence, as buckets of the weight table: the word and its neighbours in lower
 * case, prefixes and suffixes, the shape of the word and its neighbours, sentence position, the word classes
 * of the word and its neighbours, cue words, and the parts the word and its neighbours play in the gazetteer's
 * names. Shape features carry whether the sentence uses capitals at all, so that text
 * written all in lower case (as one training set is) does not teach the model that names may be lower case.
 * Immutable and thread-safe.
 *
 * <p>The features of a word fall into groups by what they read: the word alone ({@link #own}), one neighbour at a
 * fixed offset ({@link #neighbour}), two adjacent words ({@link #wordPair}) or their classes
 * ({@link #classPair}), and the word with both neighbours
 * ({@link #triple}). {@link #extract} is all groups put together; {@link CachedEmissions} keeps the scores of the
 * first three groups per word form and per word pair, so that both paths score exactly the same features.
 */
final class FeatureExtractor {
    /** Most features of one word in one group. */
    static final int MAX_GROUP = 48;
    /** Buckets each feature takes ({@link #buckets(long[], int, int)}): one shared, one by casing. */
    static final int BUCKETS_PER_FEATURE = 2;

    private final WordClusters clusters;
    private final FeatureHasher hasher;
    private final NameCues cues;
    private final KnownNames known;
    private final WordView before;
    private final WordView after;

    FeatureExtractor(WordClusters clusters, FeatureHasher hasher, NameCues cues, KnownNames known) {
        this.clusters = clusters;
        this.hasher = hasher;
        this.cues = cues;
        this.known = known;
        this.before = WordView.boundary("<s>", -2, clusters.levels());
        this.after = WordView.boundary("</s>", -3, clusters.levels());
    }

    WordClusters clusters() {
        return clusters;
    }

    /** The stand-in for the words before the sentence start. */
    WordView before() {
        return before;
    }

    /** The stand-in for the words after the sentence end. */
    WordView after() {
        return after;
    }

    /** {@code features[i]}: the buckets of word {@code i}'s features. */
    int[][] extract(List<String> words) {
        int n = words.size();
        boolean cased = false;
        for (String w : words) {
            cased |= hasUpperCase(w, 0, w.length());
        }
        int c = cased ? 1 : 0;
        WordView[] v = new WordView[n + 4];
        v[0] = before;
        v[1] = before;
        for (int i = 0; i < n; i++) {
            v[i + 2] = view(words.get(i), cased);
        }
        v[n + 2] = after;
        v[n + 3] = after;
        int[][] features = new int[n][];
        long[] f = new long[4 * MAX_GROUP];
        CapitalRuns runs = CapitalRuns.of(v);
        for (int i = 0; i < n; i++) {
            int j = i + 2;
            int k = own(v[j], c, f, 0);
            k = neighbour(v[j - 1], -1, c, f, k);
            k = neighbour(v[j + 1], 1, c, f, k);
            k = neighbour(v[j - 2], -2, c, f, k);
            k = neighbour(v[j + 2], 2, c, f, k);
            k = wordPair(v[j - 1], v[j], true, c, f, k);
            k = wordPair(v[j], v[j + 1], false, c, f, k);
            k = classPair(v[j - 1], v[j], true, c, f, k);
            k = classPair(v[j], v[j + 1], false, c, f, k);
            k = triple(v[j - 1], v[j], v[j + 1], c, f, k);
            k = run(v, runs, j, c, f, k);
            features[i] = buckets(f, k, c);
        }
        return features;
    }

    /** What the features read of {@code word} in a sentence that is {@code cased} or not. */
    WordView view(String word, boolean cased) {
        String lower = word.toLowerCase(Locale.ROOT);
        int wi = clusters.wordIndex(lower);
        int[] cl = new int[clusters.levels()];
        for (int l = 0; l < cl.length; l++) {
            cl[l] = clusters.cluster(wi, l);
        }
        int casing = clusters.casing(wi);
        boolean capital = cased ? !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                : casing >= CasingClass.MOSTLY_CAPITALIZED.ordinal();
        return new WordView(word, lower, shape(cased ? word : lower), casing, cl, cues.of(lower), known.of(word),
                capital);
    }

    /**
     * Each feature twice: once shared, once for cased or caseless text only, so that the two kinds of training
     * text share what they agree on and keep apart what they do not.
     */
    int[] buckets(long[] f, int k, int c) {
        int[] buckets = new int[BUCKETS_PER_FEATURE * k];
        buckets(f, k, c, buckets);
        return buckets;
    }

    /** As {@link #buckets(long[], int, int)}, into {@code buckets[0, BUCKETS_PER_FEATURE * k)}. */
    void buckets(long[] f, int k, int c, int[] buckets) {
        for (int j = 0; j < k; j++) {
            buckets[BUCKETS_PER_FEATURE * j] = hasher.bucket(f[j]);
            buckets[BUCKETS_PER_FEATURE * j + 1] = hasher.bucket(FeatureHasher.add(f[j], 7919 + c));
        }
    }

    /** Adds to {@code f} from {@code k} the features that read word {@code w} alone; returns the new count. */
    int own(WordView w, int c, long[] f, int k) {
        String li = w.lower();
        long sh = FeatureHasher.add(FeatureHasher.start(16), c);
        f[k++] = FeatureHasher.add(FeatureHasher.start(0), c);
        f[k++] = FeatureHasher.add(FeatureHasher.start(1), li);
        for (int a = 1; a <= 4 && a < li.length(); a++) {
            f[k++] = FeatureHasher.add(FeatureHasher.start(7 + a), li, 0, a);
            f[k++] = FeatureHasher.add(FeatureHasher.start(11 + a), li, li.length() - a, li.length());
        }
        f[k++] = FeatureHasher.add(sh, w.shape());
        if (c == 1) {
            f[k++] = FeatureHasher.add(FeatureHasher.start(23), w.surface());
        }
        f[k++] = FeatureHasher.add(FeatureHasher.start(24), Math.min(li.length(), 10));
        int[] cl = w.clusters();
        for (int l = 0; l < cl.length; l++) {
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(30), l), cl[l]);
        }
        f[k++] = FeatureHasher.add(FeatureHasher.add(sh, 40), w.casing());
        f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(sh, 41), w.casing()), w.shape());
        if (cl.length > 0) {
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(sh, 37), fine(w)), w.shape());
        }
        f[k++] = FeatureHasher.add(FeatureHasher.start(50), w.cue());
        f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(sh, 51), w.cue()), w.shape());
        int kn = w.known();
        f[k++] = FeatureHasher.add(FeatureHasher.start(60), kn);
        f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(sh, 61), kn), w.shape());
        return k;
    }

    /**
     * Adds the features that read only the word {@code w} at {@code offset} (-2, -1, 1 or 2) from the word they
     * describe.
     */
    int neighbour(WordView w, int offset, int c, long[] f, int k) {
        int[] cl = w.clusters();
        switch (offset) {
            case -1 -> {
                f[k++] = FeatureHasher.add(FeatureHasher.start(2), w.lower());
                f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(52), w.cue()), w.capital() ? 1 : 0);
                f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(62), w.known()), w.capital() ? 1 : 0);
                for (int l = 0; l < cl.length; l++) {
                    f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(31), l), cl[l]);
                }
            }
            case 1 -> {
                f[k++] = FeatureHasher.add(FeatureHasher.start(3), w.lower());
                f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(53), w.cue()), w.capital() ? 1 : 0);
                f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(63), w.known()), w.capital() ? 1 : 0);
                for (int l = 0; l < cl.length; l++) {
                    f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(32), l), cl[l]);
                }
            }
            case -2 -> {
                f[k++] = FeatureHasher.add(FeatureHasher.start(4), w.lower());
                f[k++] = FeatureHasher.add(FeatureHasher.start(54), w.cue());
                if (cl.length > 0) {
                    f[k++] = FeatureHasher.add(FeatureHasher.start(35), fine(w));
                }
            }
            case 2 -> {
                f[k++] = FeatureHasher.add(FeatureHasher.start(5), w.lower());
                if (cl.length > 0) {
                    f[k++] = FeatureHasher.add(FeatureHasher.start(36), fine(w));
                }
            }
            default -> throw new IllegalArgumentException("offset " + offset);
        }
        return k;
    }

    /**
     * Adds the features that read the adjacent words {@code left} and {@code right} themselves or their word
     * classes: those of
     * {@code right} when {@code ofRight}, else those of {@code left}.
     */
    int wordPair(WordView left, WordView right, boolean ofRight, int c, long[] f, int k) {
        long sh = FeatureHasher.add(FeatureHasher.start(16), c);
        if (ofRight) {
            String lp = left.lower();
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(6), lp), right.lower());
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(sh, 21), lp), right.shape());
            if (right.clusters().length > 0) {
                f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(33), mid(left)), mid(right));
                f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(38), lp), fine(right));
            }
        } else {
            String ln = right.lower();
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(7), left.lower()), ln);
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(sh, 22), left.shape()), ln);
            if (right.clusters().length > 0) {
                f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(34), mid(left)), mid(right));
            }
        }
        return k;
    }

    /**
     * Adds the features that read only the shapes and casing classes of the adjacent words {@code left} and
     * {@code right} (and whether {@code left} is the sentence start, which has a shape of its own): those of
     * {@code right} when {@code ofRight}, else those of {@code left}.
     */
    int classPair(WordView left, WordView right, boolean ofRight, int c, long[] f, int k) {
        long sh = FeatureHasher.add(FeatureHasher.start(16), c);
        if (ofRight) {
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(sh, 17), left.shape()), right.shape());
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(sh, 20), left == before ? 1 : 0),
                    right.shape());
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(43), left.casing()), right.casing());
        } else {
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(sh, 18), left.shape()), right.shape());
            f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(44), left.casing()), right.casing());
        }
        return k;
    }

    /** Adds the features of {@code w} that read both its neighbours. */
    int triple(WordView p, WordView w, WordView n, int c, long[] f, int k) {
        long sh = FeatureHasher.add(FeatureHasher.start(16), c);
        f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(sh, 19), p.shape()),
                w.shape()), n.shape());
        f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(42), p.casing()),
                w.casing()), n.casing());
        return k;
    }

    /**
     * Adds the features of the word at {@code j} of {@code v} (stand-ins included) that read the run of
     * capitalized words it belongs to ({@link #run(WordView, WordView, int, int, int, int, int, long[], int)}).
     * None for a word that is not capitalized.
     */
    int run(WordView[] v, CapitalRuns runs, int j, int c, long[] f, int k) {
        if (!v[j].capital()) {
            return k;
        }
        return run(v[runs.start(j)], v[runs.end(j)], runs.position(j), runs.fromEnd(j), runs.cue(j),
                runs.cueDistance(j), c, f, k);
    }

    /**
     * Adds the features of a capitalized word that read its run of capitalized words: those of the run's
     * {@code first} word ({@link #runFirst}), of the nearest {@code cue} word before it in the run
     * ({@link #runCue}), of the run's {@code last} word ({@link #runLast}) and of the known-name parts of both
     * ({@link #runKnown}), each group reading only what its method is given.
     */
    int run(WordView first, WordView last, int position, int fromEnd, int cue, int distance, int c, long[] f,
            int k) {
        k = runFirst(first, position, c, f, k);
        k = runCue(cue, distance, c, f, k);
        k = runLast(last, fromEnd, c, f, k);
        return runKnown(first.known(), last.known(), position, fromEnd, f, k);
    }

    /** The run's first word and its cues with the described word's {@code position} in the run. */
    int runFirst(WordView first, int position, int c, long[] f, int k) {
        f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(55), c), first.cue()),
                position);
        f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(56), first.lower()), position);
        return k;
    }

    /** The cues of the nearest cue word before the described word in its run, {@code distance} words back. */
    int runCue(int cue, int distance, int c, long[] f, int k) {
        f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(57), c), cue), distance);
        return k;
    }

    /**
     * The run's last word and its cues with the described word's distance {@code fromEnd}: the last word often
     * says what the run names ("Sony Music Indonesia", "Valencia CF"), so the words before it learn from it too.
     */
    int runLast(WordView last, int fromEnd, int c, long[] f, int k) {
        f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(58), c), last.cue()),
                fromEnd);
        f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(59), last.lower()), fromEnd);
        return k;
    }

    /**
     * The known-name parts of the run's first and last words ({@code firstKnown}, {@code lastKnown}) with whether
     * the described word is the run's first and its last: whether the run's ends are known names' ends tells a
     * known multi-word name from one that only shares a word with it.
     */
    int runKnown(int firstKnown, int lastKnown, int position, int fromEnd, long[] f, int k) {
        f[k++] = FeatureHasher.add(FeatureHasher.add(FeatureHasher.add(FeatureHasher.start(64), firstKnown),
                lastKnown), Math.min(position, 1) * 2 + Math.min(fromEnd, 1));
        return k;
    }

    private static int fine(WordView w) {
        return w.clusters()[w.clusters().length - 1];
    }

    /** The second-finest word class of {@code w} (the finest when there is one level); needs a level. */
    static int mid(WordView w) {
        return w.clusters()[Math.max(0, w.clusters().length - 2)];
    }

    /** Whether {@code s[from, to)} holds a capital letter. */
    static boolean hasUpperCase(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of this {@link #shape} holds a letter: a character that is a letter or a capital (an
     * {@code X} or an {@code x}). Only such a word begins a name ({@link EntityTags#forbidBegins}).
     */
    static boolean hasLetter(String shape) {
        return shape.indexOf('x') >= 0 || shape.indexOf('X') >= 0;
    }

    /**
     * The word's shape: capitals as {@code X}, small letters as {@code x}, digits as {@code d}, anything else
     * as itself, each run shortened to one ("Al-Qaeda" is {@code Xx-Xx}, "2027" is {@code d}).
     */
    static String shape(String w) {
        StringBuilder sb = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            char s = Character.isUpperCase(ch) ? 'X' : Character.isLetter(ch) ? 'x' : Character.isDigit(ch) ? 'd' : ch;
            if (s != last) {
                sb.append(s);
                last = s;
            }
        }
        return sb.toString();
    }
}
