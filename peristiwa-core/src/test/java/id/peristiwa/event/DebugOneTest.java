package id.peristiwa.event;

import id.peristiwa.text.Segmenter;
import org.junit.jupiter.api.Test;

class DebugOneTest {
    @Test
    void one() {
        VerbDictionary d = VerbDictionary.indonesian();
        EventMarkers m = EventMarkers.indonesian();
        for (String s : new String[] {"Vietnam siap menggelar perundingan dengan China mengenai Laut China Selatan."}) {
            var sent = Segmenter.indonesian().segment(s, java.util.List.of(new id.peristiwa.document.Span(0, s.length())), null).getFirst();
            SentenceView v = new SentenceView(sent, java.util.List.of(), 0);
            for (int i = 0; i < v.size(); i++) System.out.println(v.stems().get(i) + " " + d.matchesAt(v.stems(), i));
            for (Trigger t : new TriggerSelection(d, m).select(v)) {
                System.out.println("  " + t.pattern().id() + " " + t.from() + "-" + t.to() + " " + t.voice() + " kept=" + t.kept() + " light=" + t.light + " gov=" + t.governed.size());
            }
        }
    }
}
