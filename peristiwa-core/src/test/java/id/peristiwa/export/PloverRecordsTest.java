package id.peristiwa.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.peristiwa.document.Article;
import id.peristiwa.document.Span;
import id.peristiwa.event.Event;
import id.peristiwa.event.Modality;
import id.peristiwa.event.PloverType;
import id.peristiwa.event.Polarity;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class PloverRecordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Article article = ExportFixture.article();

    @Test
    void launchRecordIsExact() {
        assertThat(PloverRecords.toJson(article, List.of(ExportFixture.launch()))).containsExactly("{"
                + "\"id\":\"3f9a0c1d2e4b5a6c7d8e-21-33-44\",\"date\":\"2023-01-31\","
                + "\"source\":[{\"actorText\":\"Korea Utara\",\"code\":\"PRK\",\"sector\":null,\"actorCode\":\"PRK\","
                + "\"role\":null}],\"target\":[],\"event\":\"MOBILIZE\",\"mode\":null,\"context\":\"military\","
                + "\"eventText\":\"menembakkan\",\"text\":\"Korea Utara menembakkan dua rudal balistik ke arah Laut"
                + " Jepang pada Selasa (31/1), kata Kepala Staf Gabungan Korea Selatan.\",\"language\":\"id\","
                + "\"publication\":\"Warta Dunia\",\"coder\":\"Peristiwa\","
                + "\"eventLoc\":{\"name\":\"Laut Jepang\",\"country code\":null},"
                + "\"cameo\":\"150\",\"quadClass\":4,\"goldstein\":-7.2,\"polarity\":\"asserted\","
                + "\"modality\":\"asserted\",\"dateGranularity\":\"day\",\"dateFromText\":true,"
                + "\"location\":{\"name\":\"Laut Jepang\",\"country\":null,\"lat\":40.0,\"lon\":135.0,"
                + "\"precision\":\"region\"},"
                + "\"attribution\":{\"speaker\":{\"code\":\"KORMIL\",\"country\":\"KOR\",\"sector\":\"MIL\","
                + "\"name\":\"Kepala Staf Gabungan Korea Selatan\",\"role\":\"Kepala Staf Gabungan Korea Selatan\"},"
                + "\"cue\":[104,108],\"relay\":null},"
                + "\"rule\":\"mobilize.tembak-rudal\",\"confidence\":0.9,\"articleId\":\"3f9a0c1d2e4b5a6c7d8e\","
                + "\"url\":\"https://wartadunia.example/internasional/2023/01/31/korut-tembakkan-rudal\","
                + "\"sentence\":[21,144],\"trigger\":[33,44]}");
    }

    @Test
    void actorsSplitIntoCountryAndSectorWithTheFullCodeBeside() throws Exception {
        JsonNode lee = JSON.readTree(PloverRecords.toJson(article, List.of(ExportFixture.condemnation())).getFirst());
        assertThat(lee.get("source").toString()).isEqualTo("[{\"actorText\":\"Lee Jong-sup\",\"code\":\"KOR\","
                + "\"sector\":\"GOV\",\"actorCode\":\"KORGOV\",\"role\":\"Menteri Pertahanan Korea Selatan\"}]");
        assertThat(lee.get("eventLoc").toString()).isEqualTo("{\"name\":\"Seoul\",\"country code\":\"KR\"}");
        assertThat(lee.get("text").asText()).isEqualTo(
                "Menteri Pertahanan Korea Selatan Lee Jong-sup mengecam peluncuran itu sebagai \"provokasi serius\".");

        JsonNode council = JSON.readTree(PloverRecords.toJson(article, List.of(ExportFixture.councilMeeting())).getFirst());
        assertThat(council.get("source").get(0).get("code").asText()).isEqualTo("IGOUNO");
        assertThat(council.get("source").get(0).get("sector").isNull()).isTrue();
        assertThat(council.get("modality").asText()).isEqualTo("intended");
        assertThat(council.get("eventLoc").isNull()).isTrue();
        assertThat(council.get("date").asText()).isEqualTo("2023-02-03");
    }

    @Test
    void everyEventGetsARecordWithItsOwnFields() throws Exception {
        List<String> lines = PloverRecords.toJson(article, ExportFixture.events());
        assertThat(lines).hasSize(5);
        JsonNode joint = JSON.readTree(lines.get(2));
        assertThat(joint.get("source").findValuesAsText("code")).containsExactly("USA", "JPN");
        assertThat(joint.get("attribution").toString()).isEqualTo("{\"speaker\":null,\"cue\":null,\"relay\":\"Yonhap\"}");
        JsonNode negated = JSON.readTree(lines.get(4));
        assertThat(negated.get("polarity").asText()).isEqualTo("negated");
        assertThat(negated.get("location").get("precision").asText()).isEqualTo("actor_country");
        assertThat(negated.get("eventText").asText()).isEqualTo("membalas");
        assertThat(negated.get("id").asText()).isEqualTo("3f9a0c1d2e4b5a6c7d8e-426-443-451");
    }

    @Test
    void writeEndsEachRecordWithANewline() {
        StringWriter out = new StringWriter();
        PloverRecords.write(article, ExportFixture.events(), out);
        assertThat(out.toString()).isEqualTo(String.join("\n", PloverRecords.toJson(article, ExportFixture.events())) + "\n");
    }

    @Test
    void hostileTextStaysOnOneLineAndReadsBackUnchanged() throws Exception {
        String sentence = "Juru bicara\tKemlu menyebut \"serangan\" itu\r\n\\ ilegal\u2028dan tak\u0000dapat diterima.";
        Article hostile = ExportFixture.article(sentence);
        Event event = new Event(PloverType.ACCUSE, "disapprove", null, "111", -2.0, List.of(ExportFixture.PRK),
                List.of(), Polarity.ASSERTED, Modality.ASSERTED, null, null, new Span(0, sentence.length()),
                new Span(45, 54), null, "accuse.sebut", 0.5);
        List<String> lines = PloverRecords.toJson(hostile, List.of(event));
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst()).doesNotContain("\n", "\r", "\t");
        JsonNode node = JSON.readTree(lines.getFirst());
        assertThat(node.get("text").asText()).isEqualTo(sentence);
        assertThat(node.get("date").isNull()).isTrue();
        assertThat(node.get("dateFromText").isNull()).isTrue();
    }

    @Test
    void eventOutsideTheTextIsRefused() {
        Event launch = ExportFixture.launch();
        Event beyond = new Event(launch.type(), launch.mode(), launch.context(), launch.cameo(), launch.goldstein(),
                launch.source(), launch.target(), launch.polarity(), launch.modality(), launch.date(), launch.place(),
                new Span(0, 9_999), launch.trigger(), null, launch.rule(), launch.confidence());
        assertThatThrownBy(() -> PloverRecords.toJson(article, List.of(beyond)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sentence Span[start=0, end=9999]");
    }
}
