package id.peristiwa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    @Test
    void defaultsUsePeristiwaNames() {
        assertThat(JsonFields.defaults())
                .isEqualTo(new JsonFields("text", "html", "url", "title", "date", "outlet", "section", "author"));
    }

    @Test
    void parseOverridesOnlyTheNamedKeys() {
        JsonFields f = JsonFields.parse(" text = body , date=published_at");

        assertThat(f).isEqualTo(new JsonFields("body", "html", "url", "title", "published_at", "outlet", "section",
                "author"));
    }

    @Test
    void blankSpecGivesDefaults() {
        assertThat(JsonFields.parse("")).isEqualTo(JsonFields.defaults());
        assertThat(JsonFields.parse(null)).isEqualTo(JsonFields.defaults());
    }

    @Test
    void unknownKeyIsRejectedWithTheKnownKeys() {
        assertThatThrownBy(() -> JsonFields.parse("teks=isi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown JSON field key \"teks\"; known keys: text, html, url, title, date, outlet, "
                        + "section, author");
    }

    @Test
    void malformedPairsAreRejected() {
        assertThatThrownBy(() -> JsonFields.parse("text"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("JSON field mapping \"text\" is not of the form key=field");
        assertThatThrownBy(() -> JsonFields.parse("text="))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JSON field key \"text\" is mapped to an empty name");
        assertThatThrownBy(() -> JsonFields.parse("text=a,text=b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JSON field key \"text\" is mapped twice");
    }

    @Test
    void optionDefaultsAndCopies() {
        IngestOptions d = IngestOptions.defaults();

        assertThat(d.maxDocumentBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(d.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.userAgent()).isEqualTo("Peristiwa/0.1 (news event research; +https://github.com/peristiwa)");
        assertThat(d.withMaxDocumentBytes(500).maxDocumentBytes()).isEqualTo(500);
        assertThat(d.withJsonFields(JsonFields.parse("text=isi")).jsonFields().text()).isEqualTo("isi");
        assertThatThrownBy(() -> d.withMaxDocumentBytes(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
