package id.peristiwa.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.peristiwa.document.Article;
import id.peristiwa.document.Span;
import id.peristiwa.event.Attribution;
import id.peristiwa.event.Event;
import id.peristiwa.event.Modality;
import id.peristiwa.event.PloverType;
import id.peristiwa.event.Polarity;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCsvTest {
    private final Article article = ExportFixture.article();

    @Test
    void headerNamesEveryColumn() {
        assertThat(EventCsv.header()).isEqualTo("event_id,article_id,url,published,sentence_start,sentence_end,"
                + "trigger_start,trigger_end,type,mode,context,cameo,quad_class,goldstein,source_codes,target_codes,"
                + "polarity,modality,date,granularity,place_name,place_country,place_lat,place_lon,place_precision,"
                + "speaker_code,relay,rule,confidence,sentence");
        assertThat(EventCsv.COLUMNS).hasSize(30);
    }

    @Test
    void condemnationRowIsExactWithQuotesDoubled() {
        assertThat(EventCsv.rows(article, List.of(ExportFixture.condemnation()))).containsExactly(
                "3f9a0c1d2e4b5a6c7d8e-146-192-200,3f9a0c1d2e4b5a6c7d8e,"
                        + "https://wartadunia.example/internasional/2023/01/31/korut-tembakkan-rudal,"
                        + "2023-01-31T14:20:00+07:00,146,243,192,200,ACCUSE,disapprove,,111,3,-2.0,KORGOV,PRK,"
                        + "asserted,asserted,2023-01-31,day,Seoul,KOR,37.5665,126.978,city,,,accuse.kecam,0.85,"
                        + "\"Menteri Pertahanan Korea Selatan Lee Jong-sup mengecam peluncuran itu sebagai"
                        + " \"\"provokasi serius\"\".\"");
    }

    @Test
    void compoundActorsJoinWithSemicolonsAndPlainTextStaysUnquoted() {
        List<String> rows = EventCsv.rows(article, ExportFixture.events());
        List<List<String>> parsed = CsvRecords.parse(String.join("\r\n", rows));
        assertThat(parsed).hasSize(5).allSatisfy(record -> assertThat(record).hasSize(30));
        assertThat(parsed.get(2).subList(14, 16)).containsExactly("USA;JPN", "PRK");
        assertThat(parsed.get(2).get(26)).isEqualTo("Yonhap");
        assertThat(parsed.get(0).subList(20, 26)).containsExactly("Laut Jepang", "", "40", "135", "region", "KORMIL");
        assertThat(rows.get(3)).endsWith(",consult.gelar-rapat,0.75,Dewan Keamanan PBB akan menggelar rapat darurat"
                + " pada Jumat.");
        assertThat(parsed.get(4).subList(16, 18)).containsExactly("negated", "intended");
    }

    @Test
    void hostileTextIsQuotedAndReadsBackUnchanged() {
        String sentence = "Ketua DPR, Puan, berkata \"kami menolak\"\r\nrencana itu;\nitu \"final\", tegasnya.";
        Article hostile = ExportFixture.article(sentence);
        Event event = new Event(PloverType.REJECT, null, null, "128", -4.0, List.of(ExportFixture.USA), List.of(),
                Polarity.ASSERTED, Modality.ASSERTED, null, null, new Span(0, sentence.length()), new Span(31, 38),
                new Attribution(null, null, "Kantor \"Berita\", Antara"), "reject.tolak", 1.0);
        StringWriter out = new StringWriter();
        EventCsv.write(hostile, List.of(event), out, true);
        assertThat(out.toString()).startsWith(EventCsv.header() + "\r\n").endsWith("tegasnya.\"\r\n");
        List<List<String>> records = CsvRecords.parse(out.toString());
        assertThat(records).hasSize(2);
        List<String> record = records.get(1);
        assertThat(record).hasSize(30);
        assertThat(record.get(29)).isEqualTo(sentence);
        assertThat(record.get(26)).isEqualTo("Kantor \"Berita\", Antara");
        assertThat(record.subList(18, 20)).containsExactly("", "");
        assertThat(record.get(28)).isEqualTo("1");
    }

    @Test
    void writeWithoutHeaderHoldsOnlyRows() {
        StringWriter out = new StringWriter();
        EventCsv.write(article, ExportFixture.events(), out, false);
        assertThat(out.toString()).isEqualTo(String.join("\r\n", EventCsv.rows(article, ExportFixture.events())) + "\r\n");
    }
}
