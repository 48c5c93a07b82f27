package id.peristiwa.event;

import id.peristiwa.document.Article;
import id.peristiwa.document.Published;
import id.peristiwa.document.Source;
import id.peristiwa.document.Span;
import id.peristiwa.entity.Mention;
import id.peristiwa.pipeline.AnalyzedArticle;
import id.peristiwa.pipeline.Pipeline;
import id.peristiwa.text.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeMentionsTest {
    @Test
    void dump() throws Exception {
        Pipeline p = Pipeline.indonesian();
        StringBuilder out = new StringBuilder();
        for (EventGold.Document d : EventGold.load().documents()) {
            String text = d.text();
            Article a = new Article(d.id(), new Source(null, null, null), null, null, Published.of(d.published()), null,
                    "id", 1.0, null, text, List.of(new Span(0, text.length())), 0, List.of());
            AnalyzedArticle an = p.analyze(a);
            out.append("## ").append(d.id()).append('\n');
            for (Sentence s : an.sentences()) {
                out.append("S: ").append(text, s.span().start(), s.span().end()).append('\n');
                for (int i = 0; i < an.mentions().size(); i++) {
                    Mention m = an.mentions().get(i);
                    if (m.start() >= s.span().start() && m.end() <= s.span().end()) {
                        out.append("   #").append(i).append(' ').append(m.text()).append(" [").append(m.kind()).append("] ")
                           .append(m.actor() == null ? "-" : m.actor().code()).append(' ').append(m.refersTo()).append('\n');
                    }
                }
            }
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/probe/mentions.txt"), out);
    }
}
