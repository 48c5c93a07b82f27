package id.peristiwa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void equivalentUrlsGiveTheSameId() {
        String a = ArticleIds.of("https://WartaDunia.example/internasional/berita-1/#komentar", "teks A");
        String b = ArticleIds.of("http://wartadunia.example:80/internasional/berita-1", "teks B");
        assertThat(a).isEqualTo(b).matches("[0-9a-f]{20}");
    }

    @Test
    void withoutUrlTheTextDecides() {
        assertThat(ArticleIds.of(null, "Jakarta - Presiden tiba di Seoul."))
                .isEqualTo(ArticleIds.of(null, "Jakarta - Presiden tiba di Seoul.\n"))
                .isNotEqualTo(ArticleIds.of(null, "Jakarta - Presiden tiba di Tokyo."));
    }

    @Test
    void domainDropsWww() {
        assertThat(ArticleIds.domain("https://www.kabartimur.example/a")).isEqualTo("kabartimur.example");
        assertThat(ArticleIds.domain("bukan url")).isNull();
        assertThat(ArticleIds.domain(null)).isNull();
    }
}
