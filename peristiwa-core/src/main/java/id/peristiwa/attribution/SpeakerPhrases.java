package id.peristiwa.attribution;

import id.peristiwa.document.Span;
import id.peristiwa.entity.Mention;
import id.peristiwa.entity.MentionKind;
import id.peristiwa.text.TokenFlag;
import java.util.Set;

/**
 * Reads the speaker named next to a cue: the run of capitalized words after "kata" or before "mengatakan",
 * with its role and apposition ("Kepala Dusun Nglahar, Kelurahan Sumbersari, Wahyu Wibowo"), and picks the
 * name out of it, then finds the actor through the analysis's mentions: the mention there, or the person named
 * earlier whose name the words repeat ("kata Austin" after "Lloyd Austin").
 */
final class SpeakerPhrases {

    /** A speaker phrase is never longer; the bound keeps a page of capitals from being read as one name. */
    private static final int MAX_TOKENS = 24;
    private static final Set<String> PRONOUNS = Set.of("dia", "ia", "beliau", "mereka", "pihaknya");
    private static final Set<String> PARTICLES = Set.of("bin", "binti", "van", "von", "de", "da", "al", "el");

    private final Vocabulary words;

    SpeakerPhrases(Vocabulary words) {
        this.words = words;
    }

    /** The speaker named from token {@code k} onwards (after an inverted cue or "menurut"), or NONE. */
    Speaker after(TokenView view, int k) {
        int last = view.sentenceLast(Math.max(0, Math.min(k, view.size() - 1)));
        if (k >= view.size() || k > last) {
            return Speaker.NONE;
        }
        if (PRONOUNS.contains(view.word(k))) {
            return resolve(view, k, k);
        }
        int end = k - 1;
        int j = k;
        while (j <= last && j - k < MAX_TOKENS) {
            if (nameWord(view, j)) {
                end = j++;
            } else if (view.isWord(j, ",") && j > k && nameWord(view, j + 1) && j + 1 <= last) {
                j++;
            } else {
                break;
            }
        }
        return end < k ? Speaker.NONE : pick(view, k, end);
    }

    /** The speaker named right before token {@code k} (a reporting verb), or NONE. */
    Speaker before(TokenView view, int k) {
        int first = view.sentenceFirst(k);
        int j = k - 1;
        if (j < first) {
            return Speaker.NONE;
        }
        if (PRONOUNS.contains(view.word(j))) {
            return resolve(view, j, j);
        }
        if (view.isWord(j, ",")) {
            // "Rakhmat Hidayat, pengajar sosiologi UNJ, mengatakan": skip the apposition back to the name.
            int comma = j - 1;
            while (comma >= first && !view.isWord(comma, ",") && j - comma < MAX_TOKENS) {
                comma--;
            }
            if (comma < first || !view.isWord(comma, ",")) {
                return Speaker.NONE;
            }
            j = comma - 1;
        }
        int end = j;
        int start = j + 1;
        while (j >= first && end - j < MAX_TOKENS && nameWord(view, j)) {
            start = j--;
        }
        if (start > end) {
            return j >= first && PRONOUNS.contains(view.word(j)) ? resolve(view, j, j) : Speaker.NONE;
        }
        return pick(view, start, end);
    }

    /** A word that can belong to a name or a role: capitalized, or a name particle between capitals. */
    private boolean nameWord(TokenView view, int j) {
        if (j < 0 || j >= view.size() || view.is(j, TokenFlag.PUNCTUATION) || view.is(j, TokenFlag.QUOTE)) {
            return false;
        }
        if (words.weekdays().contains(view.word(j))) {
            return false;
        }
        return view.capitalized(j) || PARTICLES.contains(view.word(j)) && view.capitalized(j + 1);
    }

    /**
     * The name within the phrase {@code [a, b]}: the first comma-separated segment that is a name alone, else
     * the part after the role in the last segment that has one; else the role alone ("kata Presiden").
     */
    private Speaker pick(TokenView view, int a, int b) {
        int lastStart = -1;
        int lastEnd = -1;
        int segStart = a;
        for (int j = a; j <= b + 1; j++) {
            if (j <= b && !view.isWord(j, ",")) {
                continue;
            }
            int nameStart = nameStart(view, segStart, j - 1);
            if (nameStart == segStart && segStart <= j - 1) {
                return resolve(view, segStart, j - 1);
            }
            if (nameStart <= j - 1) {
                lastStart = nameStart;
                lastEnd = j - 1;
            }
            segStart = j + 1;
        }
        if (lastStart >= 0) {
            return resolve(view, lastStart, lastEnd);
        }
        int role = lastSegmentStart(view, a, b);
        return resolve(view, role, b).at(view.span(role, b), true);
    }

    private static int lastSegmentStart(TokenView view, int a, int b) {
        int s = b;
        while (s > a && !view.isWord(s - 1, ",")) {
            s--;
        }
        return s;
    }

    /**
     * The first token of the name at the end of segment {@code [a, b]}: after its last role or institution
     * word, acronym, or place; {@code b + 1} when the segment is all role.
     */
    private int nameStart(TokenView view, int a, int b) {
        int s = b;
        while (s >= a && (s == b && view.acronym(s) && s > a && !view.acronym(s - 1) || !isRoleWord(view, s))) {
            s--;
        }
        int name = s + 1;
        int m = personMentionIn(view, a, b);
        while (m >= 0 && name <= b && view.token(name).start() < view.mentions.get(m).start()) {
            name++;
        }
        if (name - 1 >= a && words.regional().contains(view.word(name - 1)) && b - name >= 2) {
            name++;
        }
        while (name - 1 >= a && name <= b && words.ranks().contains(view.word(name - 1))) {
            name--;
        }
        return name;
    }

    private boolean isRoleWord(TokenView view, int j) {
        String word = view.word(j);
        if (words.titles().contains(word) || view.acronym(j) || words.isFieldWord(word)) {
            return true;
        }
        int m = view.mentionAt(j);
        return m >= 0 && (view.mentions.get(m).kind() == MentionKind.LOCATION
                || view.mentions.get(m).kind() == MentionKind.COUNTRY
                || view.mentions.get(m).kind() == MentionKind.ORGANIZATION);
    }

    /** The last PERSON mention lying wholly in {@code [a, b]} and starting after a role, or -1. */
    private static int personMentionIn(TokenView view, int a, int b) {
        int found = -1;
        for (int j = a; j <= b; j++) {
            int m = view.mentionAt(j);
            if (m >= 0 && view.mentions.get(m).kind() == MentionKind.PERSON
                    && view.mentions.get(m).end() <= view.token(b).end()
                    && view.mentions.get(m).start() >= view.token(a).start()) {
                found = m;
            }
        }
        return found;
    }

    /**
     * The speaker for words {@code [a, b]}: the actor of a person or organization mention there, else of the
     * person named earlier whose name holds these words; refers when the words are a pronoun, a repeated part
     * of an earlier name or a mention that points back.
     */
    Speaker resolve(TokenView view, int a, int b) {
        Span span = view.span(a, b);
        String words = span.of(view.text);
        int m = view.mentionAt(a) >= 0 ? view.mentionAt(a) : view.mentionAt(b);
        if (m >= 0 && view.mentions.get(m).kind() != MentionKind.LOCATION) {
            Mention mention = view.mentions.get(m);
            boolean refers = !mention.refersTo().isEmpty() || PRONOUNS.contains(view.word(a))
                    || view.earlierNames().person(words, mention.start()) >= 0
                    || view.earlierNames().writtenBefore(words, span.start());
            return new Speaker(span, m, mention.actor(), refers);
        }
        int e = view.earlierNames().person(words, span.start());
        if (e >= 0) {
            return new Speaker(span, e, view.mentions.get(e).actor(), true);
        }
        return new Speaker(span, -1, null, PRONOUNS.contains(view.word(a))
                || view.earlierNames().writtenBefore(words, span.start()));
    }
}
