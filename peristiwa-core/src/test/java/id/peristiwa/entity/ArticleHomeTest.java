package id.peristiwa.entity;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Article;
import id.peristiwa.document.Published;
import id.peristiwa.document.Source;
import id.peristiwa.document.Span;
import id.peristiwa.pipeline.Pipeline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bodies named without a country: the sentence's place, the article's country, the default; named bodies. */
class ArticleHomeTest {

    private static final Pipeline PIPELINE = Pipeline.indonesian();

    /** Each mention of {@code text}, analyzed up to names, as "text=CODE" ("-" when uncoded). */
    static List<String> codes(String text) {
        Article article = new Article("t", new Source(null, null, null), null, null,
                Published.of(LocalDate.of(2024, 5, 20)), null, "id", 1.0, null, text,
                List.of(new Span(0, text.length())), 0, List.of());
        return PIPELINE.analyzeNames(article).mentions().stream()
                .map(m -> m.text() + "=" + (m.actor() == null ? "-" : m.actor().code())).toList();
    }

    @Test
    void policeOfTheSentencesPlace() {
        assertThat(codes("Polisi membubarkan ribuan pengunjuk rasa di Nairobi, Selasa (25/6)."))
                .contains("Polisi=KENCOP", "pengunjuk rasa=KENCVL");
    }

    @Test
    void policeOfTheArticlesCountryWhenNothingIndonesianIsNamed() {
        assertThat(codes("Seorang penjaga makam di Pakistan ditangkap setelah membunuh dua peziarah. "
                + "Kepolisian menyebut pelaku menyerahkan diri. Pakistan memperketat keamanan di makam-makam."))
                .contains("Kepolisian=PAKCOP");
    }

    @Test
    void policeStayIndonesianWhenTheArticleNamesIndonesia() {
        assertThat(codes("Pemerintah Indonesia memulangkan dua warganya dari Malaysia. Polisi memeriksa keduanya."))
                .contains("Polisi=IDNCOP");
    }

    @Test
    void aNeighbourNamedOnceDoesNotMoveThePolice() {
        assertThat(codes("Polisi memeriksa dua pekerja migran yang dideportasi dari Malaysia pekan lalu."))
                .contains("Polisi=IDNCOP");
    }

    @Test
    void anUnqualifiedNamedMinistryIsIndonesiasButABareHeadIsNoMention() {
        assertThat(codes("Kementerian Kelautan dan Perikanan akan menenggelamkan kapal asing tersebut."))
                .containsExactly("Kementerian Kelautan dan Perikanan=IDNGOV");
        assertThat(codes("Kementerian Pertahanan Nasional Korut mengecam latihan itu."))
                .contains("Kementerian Pertahanan Nasional Korut=PRKGOV");
    }

    @Test
    void anIndonesianOnlyOfficeWithoutAName() {
        assertThat(codes("Komisi Pemberantasan Korupsi menangkap seorang bupati di Papua."))
                .contains("bupati=IDNGOV");
    }
}
