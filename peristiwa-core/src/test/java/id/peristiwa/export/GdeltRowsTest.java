package id.peristiwa.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Article;
import id.peristiwa.document.Published;
import id.peristiwa.document.Source;
import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import id.peristiwa.event.Event;
import id.peristiwa.event.EventPlace;
import id.peristiwa.event.Modality;
import id.peristiwa.event.PlacePrecision;
import id.peristiwa.event.PloverType;
import id.peristiwa.event.Polarity;
import id.peristiwa.testing.SharedData;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GdeltRowsTest {
    private static final String URL = ExportFixture.URL;
    private final Article article = ExportFixture.article();

    private static List<String> fields(String row) {
        return Arrays.asList(row.split("\t", -1));
    }

    private static String tsv(String... fields) {
        return String.join("\t", fields);
    }

    @Test
    void columnsFollowTheOfficialFieldLists() throws IOException {
        assertThat(GdeltRows.EVENT_COLUMNS).hasSize(61);
        assertThat(GdeltRows.MENTION_COLUMNS).hasSize(16);
        assertThat(officialNames(SharedData.require("events/gdelt/events2.csv"))).isEqualTo(GdeltRows.EVENT_COLUMNS);
        assertThat(officialNames(SharedData.require("events/gdelt/mentions.csv"))).isEqualTo(GdeltRows.MENTION_COLUMNS);
    }

    private static List<String> officialNames(Path fieldList) throws IOException {
        List<List<String>> records = CsvRecords.parse(Files.readString(fieldList, StandardCharsets.UTF_8));
        return records.subList(1, records.size()).stream().map(List::getFirst).toList();
    }

    @Test
    void launchRowIsExact() {
        assertThat(GdeltRows.events(article, List.of(ExportFixture.launch()))).containsExactly(tsv(
                "8473037866673015771", "20230131", "202301", "2023", "2023.0849",
                "PRK", "KOREA UTARA", "PRK", "", "", "", "", "", "", "",
                "", "", "", "", "", "", "", "", "", "",
                "1", "150", "150", "15", "4", "-7.2", "1", "1", "1", "0",
                "0", "", "", "", "", "", "", "",
                "0", "", "", "", "", "", "", "",
                "5", "Laut Jepang", "", "", "", "40", "135", "",
                "20230131072000", URL));
    }

    @Test
    void condemnationRowHasTypesCityAndFipsCode() {
        List<String> row = fields(GdeltRows.events(article, List.of(ExportFixture.condemnation())).getFirst());
        assertThat(row.subList(5, 25)).containsExactly("KORGOV", "LEE JONG-SUP", "KOR", "", "", "", "", "GOV", "", "",
                "PRK", "KOREA UTARA", "PRK", "", "", "", "", "", "", "");
        assertThat(row.subList(25, 35)).containsExactly("0", "111", "111", "11", "3", "-2.0", "1", "1", "1", "0");
        assertThat(row.subList(51, 59)).containsExactly("4", "Seoul, South Korea", "KS", "", "", "37.5665", "126.978", "");
    }

    @Test
    void internationalActorHasKnownGroupAndTypeButNoCountry() {
        List<String> row = fields(GdeltRows.events(article, List.of(ExportFixture.councilMeeting())).getFirst());
        assertThat(row.subList(1, 5)).containsExactly("20230203", "202302", "2023", "2023.0904");
        assertThat(row.subList(5, 15)).containsExactly("IGOUNO", "DEWAN KEAMANAN PBB", "", "UNO", "", "", "",
                "IGO", "", "");
        assertThat(row.subList(26, 29)).containsExactly("040", "040", "04");
        assertThat(row.get(51)).isEqualTo("0");
    }

    @Test
    void compoundSourcesGiveOneRowPerDyadAndNegatedEventsNone() {
        List<String> rows = GdeltRows.events(article, ExportFixture.events());
        assertThat(rows).hasSize(5);
        assertThat(rows).allSatisfy(row -> assertThat(fields(row)).hasSize(61));
        assertThat(rows.stream().map(row -> fields(row).get(5)).toList())
                .containsExactly("PRK", "KORGOV", "USA", "JPN", "IGOUNO");
        assertThat(rows.stream().map(row -> fields(row).get(0)).distinct()).hasSize(5);
        assertThat(fields(rows.get(2)).getFirst()).isEqualTo(
                Long.toString(EventIds.numeric("3f9a0c1d2e4b5a6c7d8e-244-271-279/0/0")));
        assertThat(GdeltRows.representable(ExportFixture.noRetaliation())).isFalse();
        assertThat(GdeltRows.representable(ExportFixture.councilMeeting())).isTrue();
    }

    @Test
    void mentionRowsAreExact() {
        List<String> rows = GdeltRows.mentions(article, ExportFixture.events(), ExportFixture.sentenceSpans());
        assertThat(rows).hasSize(5);
        assertThat(rows.getFirst()).isEqualTo(tsv("8473037866673015771", "20230131072000", "20230131072000", "1",
                "Warta Dunia", URL, "1", "21", "-1", "33", "1", "90", "498", "0", "", ""));
        // Jepang is the second source of the joint condemnation: found by name in its sentence.
        assertThat(fields(rows.get(3)).subList(6, 12)).containsExactly("3", "264", "-1", "271", "1", "80");
        // Lee Jong-sup is found by his role words, which open the sentence.
        assertThat(fields(rows.get(1)).subList(6, 10)).containsExactly("2", "146", "-1", "192");
        assertThat(rows.stream().map(row -> fields(row).getFirst()).toList()).isEqualTo(
                GdeltRows.events(article, ExportFixture.events()).stream().map(row -> fields(row).getFirst()).toList());
    }

    @Test
    void articleWithoutUrlIsACitationAndUnnumberedSentencesCountFromOne() {
        Article local = new Article(ExportFixture.ID, new Source(null, "arsip/2023/korut.html", null), null, null,
                Published.of(LocalDate.of(2023, 1, 31)), null, "id", 1.0, null, ExportFixture.TEXT, List.of(), 0,
                List.of());
        List<String> mention = fields(GdeltRows.mentions(local, List.of(ExportFixture.councilMeeting()), List.of())
                .getFirst());
        assertThat(mention.subList(1, 7)).containsExactly("20230131000000", "20230131000000", "2", "",
                "arsip/2023/korut.html", "1");
        List<String> event = fields(GdeltRows.events(local, List.of(ExportFixture.councilMeeting())).getFirst());
        assertThat(event.get(25)).isEqualTo("1"); // no paragraph spans: the whole text is the lead
        assertThat(event.subList(59, 61)).containsExactly("20230131000000", "arsip/2023/korut.html");
    }

    @Test
    void dateAddedIsThePublicationTimeInUtc() {
        assertThat(GdeltRows.dateAdded(Published.of(OffsetDateTime.parse("2023-01-01T03:15:09+07:00"))))
                .isEqualTo("20221231201509");
        assertThat(GdeltRows.dateAdded(Published.of(LocalDateTime.parse("2023-03-05T09:30:00"))))
                .isEqualTo("20230305093000");
        assertThat(GdeltRows.dateAdded(Published.of(LocalDate.of(2023, 12, 31)))).isEqualTo("20231231000000");
        assertThat(GdeltRows.dateAdded(null)).isNull();
    }

    @Test
    void countryAndUnitedStatesPlacesUseGdeltResolutions() {
        assertThat(actionGeo(new EventPlace("Australia", "AUS", -25.0, 133.0, PlacePrecision.COUNTRY)))
                .containsExactly("1", "Australia", "AS", "AS", "", "-25", "133", "AS");
        assertThat(actionGeo(new EventPlace("Amerika Serikat", "USA", 39.8283, -98.5795, PlacePrecision.ACTOR_COUNTRY)))
                .containsExactly("1", "United States", "US", "US", "", "39.8283", "-98.5795", "US");
        assertThat(actionGeo(new EventPlace("Washington", "USA", 38.9072, -77.0369, PlacePrecision.CITY)))
                .containsExactly("3", "Washington, United States", "US", "", "", "38.9072", "-77.0369", "");
        assertThat(actionGeo(new EventPlace("Hawaii", "USA", 19.8968, -155.5828, PlacePrecision.REGION)))
                .containsExactly("2", "Hawaii, United States", "US", "", "", "19.8968", "-155.5828", "");
        assertThat(actionGeo(new EventPlace("Gaza", "PSE", 31.5017, 34.4668, PlacePrecision.CITY)))
                .containsExactly("4", "Gaza, Palestinian Territories", "", "", "", "31.5017", "34.4668", "");
        assertThat(actionGeo(new EventPlace("Semenanjung Korea", null, null, null, PlacePrecision.REGION)))
                .containsExactly("5", "Semenanjung Korea", "", "", "", "", "", "");
    }

    private List<String> actionGeo(EventPlace place) {
        Event base = ExportFixture.condemnation();
        Event placed = new Event(base.type(), base.mode(), base.context(), base.cameo(), base.goldstein(),
                base.source(), base.target(), base.polarity(), base.modality(), base.date(), place, base.sentence(),
                base.trigger(), base.attribution(), base.rule(), base.confidence());
        return fields(GdeltRows.events(article, List.of(placed)).getFirst()).subList(51, 59);
    }

    @Test
    void tabsAndLineBreaksInTextFieldsBecomeSpaces() {
        Actor hostile = new Actor("IDNGOV", "IDN", "GOV", "Juru\tbicara\r\nKemlu", "Juru\tbicara");
        Article article = new Article(ExportFixture.ID, new Source("https://contoh.example/a\tb\nc", null,
                "Kabar\tHarian\u2028Nusantara"), null, null, null, null, "id", 1.0, null, ExportFixture.TEXT,
                List.of(), 0, List.of());
        Event event = new Event(PloverType.REJECT, null, null, "128", -4.0, List.of(hostile), List.of(),
                Polarity.ASSERTED, Modality.ASSERTED, null,
                new EventPlace("Jalan\tMedan\nMerdeka", "IDN", -6.1754, 106.8272, PlacePrecision.CITY),
                ExportFixture.sentence(ExportFixture.SENTENCES.get(4)), ExportFixture.in(4, "membalas"), null,
                "reject.tolak", 1.0);
        List<String> row = fields(GdeltRows.events(article, List.of(event)).getFirst());
        assertThat(row).hasSize(61);
        assertThat(row.get(6)).isEqualTo("JURU BICARA  KEMLU");
        assertThat(row.get(52)).isEqualTo("Jalan Medan Merdeka, Indonesia");
        assertThat(row.get(60)).isEqualTo("https://contoh.example/a b c");
        assertThat(row.subList(1, 5)).containsExactly("", "", "", ""); // neither event nor publication date
        assertThat(row.get(59)).isEmpty();
        List<String> mention = fields(GdeltRows.mentions(article, List.of(event), ExportFixture.sentenceSpans())
                .getFirst());
        assertThat(mention).hasSize(16);
        assertThat(mention.get(4)).isEqualTo("Kabar Harian Nusantara");
        assertThat(mention.get(11)).isEqualTo("100");
    }

    @Test
    void writersEndEachRowWithANewline() {
        StringWriter events = new StringWriter();
        GdeltRows.writeEvents(article, ExportFixture.events(), events);
        assertThat(events.toString()).isEqualTo(String.join("\n", GdeltRows.events(article, ExportFixture.events())) + "\n");
        StringWriter mentions = new StringWriter();
        GdeltRows.writeMentions(article, List.of(), ExportFixture.sentenceSpans(), mentions);
        assertThat(mentions.toString()).isEmpty();
    }

    @Test
    void emptySourceLeavesActor1Empty() {
        Event base = ExportFixture.launch();
        Event sourceless = new Event(base.type(), base.mode(), base.context(), base.cameo(), base.goldstein(),
                List.of(), base.target(), base.polarity(), base.modality(), base.date(), null, base.sentence(),
                new Span(33, 44), null, base.rule(), base.confidence());
        List<String> row = fields(GdeltRows.events(article, List.of(sourceless)).getFirst());
        assertThat(row.subList(5, 25)).allMatch(String::isEmpty);
        List<String> mention = fields(GdeltRows.mentions(article, List.of(sourceless), ExportFixture.sentenceSpans())
                .getFirst());
        assertThat(mention.subList(7, 10)).containsExactly("-1", "-1", "33");
    }
}
