package id.peristiwa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.junit.jupiter.api.Test;

/** Snippets show where the query's words are, even deep in a long article. */
class SnippetsTest {

    private final Snippets snippets = new Snippets(new IndonesianAnalyzer());

    @Test
    void aMatchFarIntoALongArticleIsShownWithItsWords() {
        String filler = "Harga cabai di pasar tradisional kembali naik menjelang akhir pekan. ".repeat(120);
        String text = filler + "Warga melaporkan penyerangan terhadap pos polisi di perbatasan pada Senin malam. "
                + filler;
        Snippet snippet = snippets.of(text, Set.of("serang"));
        assertThat(snippet.text()).startsWith("…").endsWith("…").contains("penyerangan terhadap pos polisi");
        assertThat(snippet.highlights()).hasSize(1);
        var mark = snippet.highlights().getFirst();
        assertThat(snippet.text().substring(mark.start(), mark.end())).isEqualTo("penyerangan");
    }

    @Test
    void noMatchGivesTheOpening() {
        Snippet snippet = snippets.of("Presiden membuka pameran buku di Jakarta.", Set.of("serang"));
        assertThat(snippet.text()).isEqualTo("Presiden membuka pameran buku di Jakarta.");
        assertThat(snippet.highlights()).isEmpty();
    }
}
