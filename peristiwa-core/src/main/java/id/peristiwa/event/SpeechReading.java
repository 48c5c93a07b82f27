package id.peristiwa.event;

import id.peristiwa.document.Span;
import id.peristiwa.document.TextOrder;
import id.peristiwa.entity.Actor;
import id.peristiwa.event.EventMarkers.Group;
import java.util.ArrayList;
import java.util.List;

/**
 * Who speaks in a sentence, and where the statement is: "X mengatakan [bahwa] ..." (a speech verb before the
 * statement), "..., kata X" and "menurut X" (a cue after or around it), "tambahnya" (the cue's own clitic), and
 * the outlet that relays it ("dikutip kantor berita Yonhap").
 */
final class SpeechReading {

    /**
     * A speech verb and what it opens.
     *
     * @param verb      the token of the speech verb
     * @param statement the first token of the statement (after "bahwa")
     * @param speaker   the speaker's actors, empty when the subject names none
     */
    record Opening(int verb, int statement, List<Actor> speaker) {
    }

    /**
     * What a sentence says about speech.
     *
     * @param openings   speech verbs in text order
     * @param cue        the token of a cue after the statement ("kata", "menurut"), or -1
     * @param cueSpeaker the speaker the cue names, empty when none
     * @param relay      the outlet or agency relaying the sentence, or null
     */
    record Reading(List<Opening> openings, int cue, List<Actor> cueSpeaker, String relay) {
        static final Reading NONE = new Reading(List.of(), -1, List.of(), null);

        /** The opening whose statement holds token {@code i} (the last verb before it), or null. */
        Opening openingFor(int i) {
            // The openings are in text order, and a sentence may hold thousands of them.
            int after = TextOrder.firstAtOrAfter(openings.size(), o -> openings.get(o).verb(), i);
            return after == 0 ? null : openings.get(after - 1);
        }
    }

    private final EventMarkers markers;
    private final ActorScan scan;

    SpeechReading(EventMarkers markers, ActorScan scan) {
        this.markers = markers;
        this.scan = scan;
    }

    /**
     * Reads the speech of sentence {@code v}; {@code eventTokens} marks tokens inside event words, which are no
     * speech verbs; {@code previousSpeaker} stands for "tambahnya".
     */
    Reading read(SentenceView v, boolean[] eventTokens, List<Actor> previousSpeaker) {
        List<Opening> openings = new ArrayList<>();
        int cue = -1;
        List<Actor> cueSpeaker = List.of();
        String relay = null;
        int stop = 0;
        for (int i = 0; i < v.size(); i++) {
            if (v.mentionAt(i) >= 0 && v.isMedia(v.mentionAt(i)) && relay == null) {
                relay = v.mention(v.mentionAt(i)).text();
            }
            if (eventTokens[i] || v.mentionAt(i) >= 0) {
                continue;
            }
            String w = v.word(i);
            if (i > 0 && markers.is(Group.SPEECH, w)) {
                List<Actor> speaker = scan.subject(v, stop, i).actors();
                if (speaker.isEmpty() && !openings.isEmpty()) {
                    speaker = openings.getLast().speaker();
                }
                int statement = i + 1 < v.size() && v.word(i + 1).equals("bahwa") ? i + 2 : i + 1;
                openings.add(new Opening(i, statement, speaker));
                stop = statement;
            } else if (cue < 0 && markers.is(Group.SPEECH_AFTER, w) && (i == 0 || !isWordBefore(v, i))) {
                cue = i;
                cueSpeaker = scan.firstGroup(v, i + 1, v.size(), false).actors();
            } else if (cue < 0 && markers.is(Group.SPEECH_SELF, w)) {
                cue = i;
                cueSpeaker = previousSpeaker;
            }
        }
        return openings.isEmpty() && cue < 0 && relay == null ? Reading.NONE
                : new Reading(List.copyOf(openings), cue, cueSpeaker, relay);
    }

    /**
     * Whether a cue word follows an ordinary word, as "kata" does in "kata kunci": a reporting cue stands at the
     * start, after a comma or a closing quotation mark, or after "seperti" / "demikian".
     */
    private static boolean isWordBefore(SentenceView v, int i) {
        String before = v.word(i - 1);
        return !(v.isComma(i - 1) || before.equals("\"") || before.equals("seperti") || before.equals("demikian")
                || before.equals("”") || before.equals("'"));
    }

    /** The span of the cue token, for the event's attribution. */
    static Span cueSpan(SentenceView v, int token) {
        return token < 0 ? null : v.span(token, token + 1);
    }
}
