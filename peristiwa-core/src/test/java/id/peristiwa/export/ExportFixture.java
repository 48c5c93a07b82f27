package id.peristiwa.export;

import id.peristiwa.document.Article;
import id.peristiwa.document.Dateline;
import id.peristiwa.document.Published;
import id.peristiwa.document.Source;
import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import id.peristiwa.event.Attribution;
import id.peristiwa.event.DateGranularity;
import id.peristiwa.event.Event;
import id.peristiwa.event.EventDate;
import id.peristiwa.event.EventPlace;
import id.peristiwa.event.Modality;
import id.peristiwa.event.PlacePrecision;
import id.peristiwa.event.PloverType;
import id.peristiwa.event.Polarity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-coded news article about a North Korean missile launch and the events a coder should find in it,
 * shared by the export tests. Offsets are found in the text, so the text can be read as written.
 */
final class ExportFixture {
    static final String ID = "3f9a0c1d2e4b5a6c7d8e";
    static final String URL = "https://wartadunia.example/internasional/2023/01/31/korut-tembakkan-rudal";
    static final String DATELINE = "SEOUL, Warta Dunia - ";
    static final List<String> SENTENCES = List.of(
            "Korea Utara menembakkan dua rudal balistik ke arah Laut Jepang pada Selasa (31/1), kata Kepala Staf"
                    + " Gabungan Korea Selatan.",
            "Menteri Pertahanan Korea Selatan Lee Jong-sup mengecam peluncuran itu sebagai \"provokasi serius\".",
            "Amerika Serikat dan Jepang mengecam keras peluncuran itu dalam pernyataan bersama, seperti dikutip"
                    + " kantor berita Yonhap.",
            "Dewan Keamanan PBB akan menggelar rapat darurat pada Jumat.",
            "Tokyo tidak akan membalas dengan serangan militer, ujar seorang pejabat.");
    /** Paragraphs as sentence index ranges: the lead, the reactions, the outlook. */
    static final String TEXT = DATELINE + SENTENCES.get(0) + "\n\n" + SENTENCES.get(1) + " " + SENTENCES.get(2)
            + "\n\n" + SENTENCES.get(3) + " " + SENTENCES.get(4);

    static final Actor PRK = new Actor("PRK", "PRK", null, "Korea Utara", null);
    static final Actor KOR_MIL = new Actor("KORMIL", "KOR", "MIL", "Kepala Staf Gabungan Korea Selatan",
            "Kepala Staf Gabungan Korea Selatan");
    static final Actor LEE = new Actor("KORGOV", "KOR", "GOV", "Lee Jong-sup", "Menteri Pertahanan Korea Selatan");
    static final Actor USA = new Actor("USA", "USA", null, "Amerika Serikat", null);
    static final Actor JPN = new Actor("JPN", "JPN", null, "Jepang", null);
    static final Actor UNSC = new Actor("IGOUNO", null, null, "Dewan Keamanan PBB", "Dewan Keamanan PBB");
    static final Actor TOKYO = new Actor("JPNGOV", "JPN", "GOV", "Jepang", "Tokyo");

    private ExportFixture() {
    }

    static Article article() {
        return article(TEXT);
    }

    static Article article(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        for (int blank = text.indexOf("\n\n"); blank >= 0; blank = text.indexOf("\n\n", start)) {
            paragraphs.add(new Span(start, blank));
            start = blank + 2;
        }
        paragraphs.add(new Span(start, text.length()));
        return new Article(ID, new Source(URL, null, "Warta Dunia"), "Korut Tembakkan Dua Rudal Balistik",
                "Internasional", Published.of(OffsetDateTime.parse("2023-01-31T14:20:00+07:00")), "Rina Hapsari",
                "id", 0.99, new Dateline("Seoul", "Warta Dunia", new Span(0, DATELINE.length())), text, paragraphs,
                0, List.of());
    }

    /** The spans of {@link #SENTENCES} in {@link #TEXT}. */
    static List<Span> sentenceSpans() {
        return SENTENCES.stream().map(ExportFixture::sentence).toList();
    }

    static Span sentence(String sentence) {
        int at = TEXT.indexOf(sentence);
        return new Span(at, at + sentence.length());
    }

    /** The span of {@code words} inside sentence {@code index}. */
    static Span in(int index, String words) {
        Span sentence = sentence(SENTENCES.get(index));
        int at = TEXT.indexOf(words, sentence.start());
        return new Span(at, at + words.length());
    }

    static final EventDate TUESDAY = new EventDate(LocalDate.of(2023, 1, 31), DateGranularity.DAY, true);
    static final EventDate PUBLISHED = new EventDate(LocalDate.of(2023, 1, 31), DateGranularity.DAY, false);

    /** The launch: a missile test is MOBILIZE with no target, reported by South Korea's joint chiefs. */
    static Event launch() {
        return new Event(PloverType.MOBILIZE, null, "military", "150", -7.2, List.of(PRK), List.of(),
                Polarity.ASSERTED, Modality.ASSERTED, TUESDAY,
                new EventPlace("Laut Jepang", null, 40.0, 135.0, PlacePrecision.REGION),
                sentence(SENTENCES.get(0)), in(0, "menembakkan"),
                new Attribution(KOR_MIL, in(0, "kata"), null), "mobilize.tembak-rudal", 0.9);
    }

    /** Seoul's minister condemns the launch; the place is Seoul. */
    static Event condemnation() {
        return new Event(PloverType.ACCUSE, "disapprove", null, "111", -2.0, List.of(LEE), List.of(PRK),
                Polarity.ASSERTED, Modality.ASSERTED, PUBLISHED,
                new EventPlace("Seoul", "KOR", 37.5665, 126.978, PlacePrecision.CITY),
                sentence(SENTENCES.get(1)), in(1, "mengecam"), null, "accuse.kecam", 0.85);
    }

    /** A joint condemnation by two countries, relayed from Yonhap: two dyads in GDELT. */
    static Event jointCondemnation() {
        return new Event(PloverType.ACCUSE, "disapprove", null, "111", -2.0, List.of(USA, JPN), List.of(PRK),
                Polarity.ASSERTED, Modality.ASSERTED, PUBLISHED, null,
                sentence(SENTENCES.get(2)), in(2, "mengecam"), new Attribution(null, null, "Yonhap"),
                "accuse.kecam", 0.8);
    }

    /** The Security Council intends to meet on Friday: an international actor, no target, no place. */
    static Event councilMeeting() {
        return new Event(PloverType.CONSULT, null, "diplomatic", "040", 1.0, List.of(UNSC), List.of(),
                Polarity.ASSERTED, Modality.INTENDED,
                new EventDate(LocalDate.of(2023, 2, 3), DateGranularity.DAY, true), null,
                sentence(SENTENCES.get(3)), in(3, "menggelar rapat"), null, "consult.gelar-rapat", 0.75);
    }

    /** Tokyo will not retaliate: negated, so it has no GDELT row. */
    static Event noRetaliation() {
        return new Event(PloverType.ASSAULT, null, "military", "190", -10.0, List.of(TOKYO), List.of(PRK),
                Polarity.NEGATED, Modality.INTENDED, PUBLISHED,
                new EventPlace("Jepang", "JPN", 36.2, 138.25, PlacePrecision.ACTOR_COUNTRY),
                sentence(SENTENCES.get(4)), in(4, "membalas"), new Attribution(null, in(4, "ujar"), null),
                "assault.balas", 0.7);
    }

    static List<Event> events() {
        return List.of(launch(), condemnation(), jointCondemnation(), councilMeeting(), noRetaliation());
    }
}
