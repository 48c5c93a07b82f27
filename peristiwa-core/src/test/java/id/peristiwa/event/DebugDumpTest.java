package id.peristiwa.event;

import id.peristiwa.entity.Actor;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebugDumpTest {
    @Test
    void dump() throws Exception {
        StringBuilder out = new StringBuilder();
        for (EventGold.Document d : EventGold.load().documents()) {
            String text = d.text();
            var article = new id.peristiwa.document.Article(d.id(), new id.peristiwa.document.Source(null, null, null), null, null, id.peristiwa.document.Published.of(d.published()),
                null, "id", 1.0, null, text, List.of(new id.peristiwa.document.Span(0, text.length())), 0, List.of());
            var an = id.peristiwa.pipeline.Pipeline.indonesian().analyze(article);
            List<Event> events = an.events();
            out.append("## ").append(d.id()).append('\n');
            int offset = 0;
            for (String s : d.sentences()) {
                int start = offset, end = offset + s.length();
                offset = end + 1;
                List<Event> sys = events.stream().filter(e -> e.trigger().start() >= start && e.trigger().start() < end).toList();
                List<EventGold.Event> gold = d.events().stream().filter(e -> e.sentence().equals(s)).toList();
                boolean ok = true;
                boolean[] used = new boolean[sys.size()];
                for (EventGold.Event g : gold) {
                    boolean hit = false;
                    for (int i = 0; i < sys.size() && !hit; i++) {
                        if (!used[i] && EventScoring.matches(sys.get(i), g, false)) { used[i] = true; hit = true; }
                    }
                    ok &= hit;
                }
                for (int i = 0; i < sys.size(); i++) {
                    Event e = sys.get(i);
                    ok &= used[i] || e.polarity() == Polarity.NEGATED || e.modality() == Modality.HISTORICAL;
                }
                out.append(ok ? "  ok " : "  XX ").append(s).append('\n');
                if (!ok) {
                    out.append("      M ");
                    for (var m : an.mentions()) {
                        if (m.start() >= start && m.end() <= end) {
                            out.append(m.text()).append('=').append(m.actor() == null ? (m.refersTo().isEmpty() ? "-" : "ref" + m.refersTo()) : m.actor().code()).append("; ");
                        }
                    }
                    out.append('\n');
                    for (EventGold.Event g : gold) {
                        out.append("      G ").append(g.type()).append(g.acceptable()).append(' ').append(g.source()).append(" -> ").append(g.target()).append(" [").append(g.trigger()).append("]\n");
                    }
                    for (Event e : sys) {
                        out.append("      S ").append(e.type()).append(' ').append(e.source().stream().map(Actor::code).toList()).append(" -> ").append(e.target().stream().map(Actor::code).toList())
                           .append(" [").append(d.text(), e.trigger().start(), e.trigger().end()).append("] ").append(e.rule()).append(' ').append(e.polarity()).append(' ').append(e.modality()).append('\n');
                    }
                }
            }
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/probe/debug.txt"), out);
    }
}
