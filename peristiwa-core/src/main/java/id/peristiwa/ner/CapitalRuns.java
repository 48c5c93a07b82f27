package id.peristiwa.ner;

/**
 * Where each word of a sentence sits in its run of capitalized words (the features of {@link
 * FeatureExtractor#run} read it), found in one pass each way over the sentence: walking from every word to its
 * run's ends costs the square of a run's length, and headlines written in title case are long runs.
 * Positions are indices into a sentence's word views with the stand-ins ({@link WordView#capital()} false)
 * at both ends.
 */
final class CapitalRuns {
    /** Distances and positions past this read the same. */
    static final int MAX_DISTANCE = 4;

    private final int[] start;
    private final int[] end;
    private final int[] cue;
    private final int[] cueDistance;

    private CapitalRuns(int[] start, int[] end, int[] cue, int[] cueDistance) {
        this.start = start;
        this.end = end;
        this.cue = cue;
        this.cueDistance = cueDistance;
    }

    /** The runs of {@code v}, whose first and last view are not capitalized (the sentence's stand-ins). */
    static CapitalRuns of(WordView[] v) {
        int n = v.length;
        int[] start = new int[n];
        int[] end = new int[n];
        int[] cue = new int[n];
        int[] cueDistance = new int[n];
        // The nearest earlier word of the run with a cue, or -1.
        int cueAt = -1;
        for (int j = 1; j < n - 1; j++) {
            if (!v[j].capital()) {
                continue;
            }
            boolean continues = v[j - 1].capital();
            start[j] = continues ? start[j - 1] : j;
            cueAt = !continues ? -1 : v[j - 1].cue() != 0 ? j - 1 : cueAt;
            cue[j] = cueAt < 0 ? 0 : v[cueAt].cue();
            cueDistance[j] = cueAt < 0 ? j - start[j] : j - cueAt;
        }
        for (int j = n - 2; j >= 1; j--) {
            if (v[j].capital()) {
                end[j] = v[j + 1].capital() ? end[j + 1] : j;
            }
        }
        return new CapitalRuns(start, end, cue, cueDistance);
    }

    /** The index of the first word of {@code j}'s run. */
    int start(int j) {
        return start[j];
    }

    /** The index of the last word of {@code j}'s run. */
    int end(int j) {
        return end[j];
    }

    /** How many words of its run come before word {@code j}, at most {@link #MAX_DISTANCE}. */
    int position(int j) {
        return Math.min(j - start[j], MAX_DISTANCE);
    }

    /** How many words of its run come after word {@code j}, at most {@link #MAX_DISTANCE}. */
    int fromEnd(int j) {
        return Math.min(end[j] - j, MAX_DISTANCE);
    }

    /** The cues of the nearest earlier word of {@code j}'s run that has any; 0 when none has. */
    int cue(int j) {
        return cue[j];
    }

    /**
     * How far back that cue word is, at most {@link #MAX_DISTANCE}; without one, how far back the run starts
     * (capped the same way).
     */
    int cueDistance(int j) {
        return Math.min(cueDistance[j], MAX_DISTANCE);
    }
}
