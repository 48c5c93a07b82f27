package id.peristiwa.attribution;

import id.peristiwa.document.TextOrder;
import id.peristiwa.entity.Mention;
import id.peristiwa.entity.MentionKind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * What an article named before a point, for reading speakers: the last person mention whose name holds some
 * words ("Austin" after "Lloyd Austin"), and whether the words were written before as whole words. Each
 * question is answered from an index of the article built when first asked, reading only the places where the
 * words' first word occurs, and at most {@link #MAX_CANDIDATES} of them: a page of hostile text (a megabyte of
 * names after verbs of saying) costs a bounded amount per speaker instead of a pass over the article. (Within
 * the first {@link #DIRECT_SCAN} characters a repeat, and among at most {@link #DIRECT_SCAN_MENTIONS} mentions a
 * person, is looked for by reading back, with no index and no bound.) Built per
 * article; not thread-safe.
 */
final class EarlierNames {
    /**
     * Most places one question reads, latest first; past them the answer is no. A news article never comes near:
     * it would need this many occurrences of a speaker's first word between the speaker and the earlier name.
     */
    static final int MAX_CANDIDATES = 64;
    /**
     * Up to this offset {@link #writtenBefore} reads the text back directly, which costs less than indexing a news
     * article's words; the index serves longer texts.
     */
    static final int DIRECT_SCAN = 20_000;
    /** An article of at most this many mentions is read back directly for {@link #person}, with no index. */
    static final int DIRECT_SCAN_MENTIONS = 256;

    private final String text;
    private final List<Mention> mentions;
    /** Person mentions by each space-separated piece of their lower-cased name, text and role, ascending. */
    private Map<String, Positions> personsByPiece;
    /** Start offsets of the text's runs of letters and digits, by the run, ascending. */
    private Map<String, Positions> runs;

    /** @param mentions the article's mentions, in order of their starts */
    EarlierNames(String text, List<Mention> mentions) {
        this.text = text;
        this.mentions = mentions;
    }

    /**
     * The last person mention starting before offset {@code before} whose name, text or role holds
     * {@code words} as whole words, ignoring case; -1 when there is none.
     */
    int person(String words, int before) {
        String lower = words.toLowerCase(Locale.ROOT);
        String needle = " " + lower + " ";
        if (mentions.size() <= DIRECT_SCAN_MENTIONS) {
            for (int m = mentions.size() - 1; m >= 0; m--) {
                if (mentions.get(m).start() < before && holds(mentions.get(m), needle)) {
                    return m;
                }
            }
            return -1;
        }
        int space = lower.indexOf(' ');
        Positions candidates = persons().get(space < 0 ? lower : lower.substring(0, space));
        if (candidates == null) {
            return -1;
        }
        int checked = 0;
        for (int c = candidates.lastBelow(m -> mentions.get(m).start(), before); c >= 0; c--) {
            if (++checked > MAX_CANDIDATES) {
                return -1;
            }
            int m = candidates.get(c);
            if (holds(mentions.get(m), needle)) {
                return m;
            }
        }
        return -1;
    }

    /** Whether a person mention's name, text or role holds the lower-cased words ({@code " words "}). */
    private static boolean holds(Mention mention, String needle) {
        if (mention.kind() != MentionKind.PERSON) {
            return false;
        }
        for (String field : fields(mention)) {
            if ((" " + field.toLowerCase(Locale.ROOT) + " ").contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code words} occur in the text as whole words (not inside a longer run of letters and digits),
     * ending at or before offset {@code end}: a name given again. Past {@link #DIRECT_SCAN} the words must start
     * with a letter or a digit, as a speaker's words do; other words are not found there.
     */
    boolean writtenBefore(String words, int end) {
        if (end <= DIRECT_SCAN) {
            return scannedBefore(words, end);
        }
        if (words.isEmpty() || !Character.isLetterOrDigit(words.charAt(0))) {
            return false;
        }
        int first = 1;
        while (first < words.length() && Character.isLetterOrDigit(words.charAt(first))) {
            first++;
        }
        // A whole-word occurrence starts a run of the text equal to the words' first run.
        Positions candidates = runs().get(words.substring(0, first));
        if (candidates == null) {
            return false;
        }
        int checked = 0;
        for (int c = candidates.lastBelow(at -> at + words.length(), end + 1); c >= 0; c--) {
            if (++checked > MAX_CANDIDATES) {
                return false;
            }
            if (wholeWordsAt(words, candidates.get(c))) {
                return true;
            }
        }
        return false;
    }

    /** {@link #writtenBefore} by reading the text back from {@code end}, every occurrence. */
    private boolean scannedBefore(String words, int end) {
        for (int at = text.lastIndexOf(words, end - 1); at >= 0; at = text.lastIndexOf(words, at - 1)) {
            if (at + words.length() <= end && wholeWordsAt(words, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code words} stand at offset {@code at} of the text with no letter or digit right beside them. */
    private boolean wholeWordsAt(String words, int at) {
        int after = at + words.length();
        return text.startsWith(words, at) && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                && (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)));
    }

    /** What {@link #person} reads of a mention: its actor's name (else its text), its text and its role. */
    private static String[] fields(Mention mention) {
        String name = mention.actor() != null ? mention.actor().name() : mention.text();
        String role = mention.actor() != null && mention.actor().role() != null ? mention.actor().role() : "";
        return new String[] {name, mention.text(), role};
    }

    private Map<String, Positions> persons() {
        if (personsByPiece == null) {
            personsByPiece = new HashMap<>();
            for (int m = 0; m < mentions.size(); m++) {
                if (mentions.get(m).kind() != MentionKind.PERSON) {
                    continue;
                }
                for (String field : fields(mentions.get(m))) {
                    for (String piece : field.toLowerCase(Locale.ROOT).split(" ", -1)) {
                        personsByPiece.computeIfAbsent(piece, p -> new Positions()).addOnce(m);
                    }
                }
            }
        }
        return personsByPiece;
    }

    private Map<String, Positions> runs() {
        if (runs == null) {
            runs = new HashMap<>();
            int n = text.length();
            int i = 0;
            while (i < n) {
                if (!Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                runs.computeIfAbsent(text.substring(start, i), r -> new Positions()).addOnce(start);
            }
        }
        return runs;
    }

    /** An ascending list of ints: mention indexes or text offsets. */
    private static final class Positions {
        private int[] values = new int[2];
        private int size;

        /** Appends {@code v} unless it is already the last value. */
        void addOnce(int v) {
            if (size > 0 && values[size - 1] == v) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int get(int i) {
            return values[i];
        }

        /**
         * The index of the last value whose {@code key} is below {@code limit}, -1 when none; {@code key} must
         * not decrease along the list.
         */
        int lastBelow(IntUnaryOperator key, int limit) {
            return TextOrder.firstAtOrAfter(size, i -> key.applyAsInt(values[i]), limit) - 1;
        }
    }
}
