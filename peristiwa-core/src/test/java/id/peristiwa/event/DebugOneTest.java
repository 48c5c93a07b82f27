package id.peristiwa.event;

import id.peristiwa.text.Segmenter;
import org.junit.jupiter.api.Test;

class DebugOneTest {
    @Test
    void one() {
        VerbDictionary d = VerbDictionary.indonesian();
        EventMarkers m = EventMarkers.indonesian();
        for (String s : new String[] {"Pentagon menyetujui penjualan suku cadang pesawat tempur F-16 senilai 300 juta dolar ke Taiwan.",
                "China mengucapkan selamat dan berjanji melanjutkan dukungan pembangunan bagi Phnom Penh."}) {
            var sent = Segmenter.indonesian().segment(s, java.util.List.of(new id.peristiwa.document.Span(0, s.length())), null).getFirst();
            SentenceView v = new SentenceView(sent, java.util.List.of(), 0);
            System.out.println(v.words() + " " + v.stems());
            for (Trigger t : new TriggerSelection(d, m).select(v)) {
                System.out.println("  " + t.pattern().id() + " " + t.from() + "-" + t.to() + " " + t.voice() + " kept=" + t.kept() + " light=" + t.light + " gov=" + t.governed.size());
            }
        }
    }
}
