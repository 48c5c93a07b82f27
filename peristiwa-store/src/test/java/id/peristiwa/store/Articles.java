package id.peristiwa.store;

import id.peristiwa.document.Article;
import id.peristiwa.document.Published;
import id.peristiwa.document.Source;
import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import id.peristiwa.entity.Mention;
import id.peristiwa.entity.MentionKind;
import id.peristiwa.event.Attribution;
import id.peristiwa.event.DateGranularity;
import id.peristiwa.event.Event;
import id.peristiwa.event.EventDate;
import id.peristiwa.event.EventPlace;
import id.peristiwa.event.Modality;
import id.peristiwa.event.PlacePrecision;
import id.peristiwa.event.PloverType;
import id.peristiwa.event.Polarity;
import id.peristiwa.event.Quote;
import id.peristiwa.pipeline.AnalyzedArticle;
import id.peristiwa.text.Segmenter;
import id.peristiwa.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made analyzed articles for store tests, so that every stored value is known exactly: the builder places
 * mentions, events and quotes at the first occurrence of the words it is given.
 */
final class Articles {

    static final Actor USAMIL = new Actor("USAMIL", "USA", "MIL", "militer Amerika Serikat", "Pentagon");
    static final Actor PRK = new Actor("PRK", "PRK", null, "Korea Utara", null);
    static final Actor KORGOV = new Actor("KORGOV", "KOR", "GOV", "pemerintah Korea Selatan", "Menteri Luar Negeri");
    static final Actor USAGOV = new Actor("USAGOV", "USA", "GOV", "Lloyd Austin", "Menteri Pertahanan AS");

    private final String id;
    private String title;
    private String outlet = "contoh.co.id";
    private String section = "Internasional";
    private LocalDate published = LocalDate.of(2024, 3, 12);
    private String text;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();

    private Articles(String id) {
        this.id = id;
    }

    static Articles article(String id) {
        return new Articles(id);
    }

    Articles title(String value) {
        title = value;
        return this;
    }

    Articles outlet(String value) {
        outlet = value;
        return this;
    }

    Articles section(String value) {
        section = value;
        return this;
    }

    Articles published(LocalDate value) {
        published = value;
        return this;
    }

    Articles text(String value) {
        text = value;
        return this;
    }

    Articles mention(String words, MentionKind kind, Actor actor) {
        mentions.add(new Mention(span(words), words, kind, actor, mentions.isEmpty() ? List.of() : List.of(0)));
        return this;
    }

    /** An asserted event on the trigger word, dated and placed in Seoul, attributed to Austin via Yonhap. */
    Articles event(PloverType type, String cameo, double goldstein, String trigger, List<Actor> source,
                   List<Actor> target, LocalDate date) {
        Span t = span(trigger);
        Span sentence = sentenceAround(t);
        events.add(new Event(type, null, "military", cameo, goldstein, source, target, Polarity.ASSERTED,
                Modality.ASSERTED, new EventDate(date, DateGranularity.DAY, true),
                new EventPlace("Seoul", "KOR", 37.5665, 126.978, PlacePrecision.CITY), sentence, t,
                new Attribution(USAGOV, span("kata"), "Yonhap"), "ASSAULT.serang-2", 0.75));
        return this;
    }

    Articles quote(String statement) {
        quotes.add(new Quote(USAGOV, 0, span("kata"), span(statement), true, null));
        return this;
    }

    AnalyzedArticle build() {
        Article article = new Article(id, new Source("https://contoh.co.id/" + id, null, outlet), title, section,
                Published.of(published), null, "id", 0.99, null, text, List.of(new Span(0, text.length())), 0,
                List.of());
        List<Sentence> sentences = Segmenter.indonesian().segment(text, article.paragraphs(), null);
        return new AnalyzedArticle(article, sentences, mentions, quotes, events);
    }

    private Span span(String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text");
        }
        return new Span(at, at + words.length());
    }

    private Span sentenceAround(Span trigger) {
        int start = text.lastIndexOf(". ", trigger.start());
        int end = text.indexOf('.', trigger.end());
        return new Span(start < 0 ? 0 : start + 2, end < 0 ? text.length() : end + 1);
    }

    /** An article on an American strike reported from Seoul, with one event, two mentions and a quote. */
    static AnalyzedArticle strike(String id, String extra) {
        return article(id)
                .title("Pasukan AS Lakukan Penyerangan ke Pos Perbatasan Korea Utara")
                .text("SEOUL - Militer Amerika Serikat melancarkan penyerangan terhadap pos perbatasan Korea Utara "
                        + "pada Senin (11/3/2024). \"Kami hanya membalas tembakan,\" kata Austin kepada wartawan. "
                        + extra)
                .mention("Militer Amerika Serikat", MentionKind.ORGANIZATION, USAMIL)
                .mention("Korea Utara", MentionKind.COUNTRY, PRK)
                .event(PloverType.ASSAULT, "190", -10.0, "melancarkan penyerangan", List.of(USAMIL), List.of(PRK),
                        LocalDate.of(2024, 3, 11))
                .quote("Kami hanya membalas tembakan,")
                .build();
    }
}
