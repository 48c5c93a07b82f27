package id.peristiwa.export;

import id.peristiwa.document.Article;
import id.peristiwa.document.Published;
import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import id.peristiwa.event.Event;
import id.peristiwa.event.Modality;
import id.peristiwa.event.Polarity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes coded events as GDELT 2.0 Event rows (61 tab-separated columns, {@link #EVENT_COLUMNS}) and Mentions
 * rows (16 columns, {@link #MENTION_COLUMNS}), in GDELT's official column order, without header lines (GDELT's
 * files have none) and each row without its line break. Every text field has its tabs, line breaks and other
 * control characters turned into spaces, so a row is always one line of exactly its column count.
 *
 * <p>Which events: GDELT has no field for negation or mood, and a row says that its action took place; so an
 * event that is {@link Polarity#NEGATED}, {@link Modality#DEMANDED} or {@link Modality#HYPOTHETICAL} gets no
 * row. Intended events keep theirs (CAMEO codes intent itself, the 03x codes, and GDELT writes such rows);
 * historical ones keep theirs with their own date.
 *
 * <p>Dyads: a GDELT event has one Actor1 and one Actor2, so an event with several source or target actors
 * ("Korea Selatan dan AS menggelar latihan") becomes one row for each source-target pair, in list order; an
 * event with no target has Actor2 empty, one with no source Actor1 empty.
 *
 * <p>Event columns:
 * <ul>
 * <li>GLOBALEVENTID: {@link EventIds#numeric} of the event's id ({@link EventIds}); of
 *     {@code ID/s/t} (source and target index) for the pairs of a compound event.</li>
 * <li>SQLDATE (yyyyMMdd), MonthYear, Year, FractionDate: the event date (its first day when only a month or
 *     year is known), else the publication date, else empty. FractionDate is Year plus
 *     ((month - 1) * 30 + day) / 365 to four decimals, as GDELT's own rows compute it.</li>
 * <li>Actor Code: the full CAMEO-style code; Name: the actor's name in upper case, as GDELT writes names;
 *     CountryCode: its ISO alpha-3 country (CAMEO's country codes), empty for international actors;
 *     KnownGroupCode and Type1..3Code: from the code's three-letter parts ({@code IGOUNOHLHWHO}: types IGO,
 *     HLH, group WHO; {@code KORMIL}: type MIL), see {@code export/cameo-actor-codes.txt}; Ethnic and
 *     Religion codes: empty (not coded).</li>
 * <li>IsRootEvent: 1 when the event's sentence starts in the article's first paragraph (a paragraph holding
 *     only the dateline does not count), else 0; 1 for an article with no paragraph spans.</li>
 * <li>EventCode: the CAMEO code; EventBaseCode its first three digits; EventRootCode its first two.</li>
 * <li>QuadClass and GoldsteinScale (one decimal): the event's.</li>
 * <li>NumMentions, NumSources, NumArticles: 1, since a row describes one article; the store aggregates.</li>
 * <li>AvgTone: 0, since Peristiwa computes no tone yet.</li>
 * <li>Actor1Geo and Actor2Geo: type 0 and empty fields (where an actor stood is not coded).</li>
 * <li>ActionGeo: from the event place. Type 4 (world city) for a city, 5 (world state) for a region, 1
 *     (country) for a country and for the actors'-country fallback; in the United States 3 and 2, as GDELT
 *     does; 0 without a place. FullName: a country's English name, else "Place, Country" with the English
 *     country name. CountryCode: FIPS 10-4 ({@code export/country-codes.txt}); ADM1Code and FeatureID: the
 *     FIPS code for a country match, as GDELT writes them, else empty (no ADM1 or GNS ids are known);
 *     ADM2Code: empty; Lat and Long: the place's, four decimals at most.</li>
 * <li>DATEADDED: the article's publication time in UTC (yyyyMMddHHmmss; midnight when only the day is known;
 *     a time without a UTC offset is taken as UTC), so the same article always gives the same value; empty
 *     when the publication date is unknown.</li>
 * <li>SOURCEURL: the article's URL, else the path it was read from.</li>
 * </ul>
 *
 * <p>Mentions columns: GLOBALEVENTID as above; EventTimeDate and MentionTimeDate: DATEADDED; MentionType 1
 * (web) when the article has a URL, else 2 (citation only) with the path as identifier; MentionSourceName:
 * the outlet; MentionIdentifier: the URL, else the path; SentenceID: the 1-based index, among the sentence
 * spans given, of the event's sentence (one more than the number of sentences that end before it starts);
 * Actor1CharOffset and Actor2CharOffset: the offset of the actor's role words, else its name, in the event's
 * sentence, -1 when neither is there; ActionCharOffset: the trigger's start; InRawText: 1 (coded from the
 * article's own text, no translation); Confidence: the event's confidence in percent, rounded; MentionDocLen:
 * the clean text's length in characters; MentionDocTone: 0 (no tone yet); MentionDocTranslationInfo and
 * Extras: empty (the text was not machine-translated). All offsets are into the article's clean text.
 */
public final class GdeltRows {
    /** The 61 Event columns in GDELT 2.0's order. */
    public static final List<String> EVENT_COLUMNS = eventColumns();

    /** The 16 Mentions columns in GDELT 2.0's order. */
    public static final List<String> MENTION_COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate",
            "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID",
            "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
            "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
    private static final int MENTION_WEB = 1;
    private static final int MENTION_CITATION = 2;

    /** One row of the export: an event and the pair of its actors the row is about. */
    private record Dyad(long globalId, Event event, Actor actor1, Actor actor2) {
    }

    private GdeltRows() {
    }

    /** Whether an event gets GDELT rows: it is not negated, demanded or hypothetical (see the class comment). */
    public static boolean representable(Event event) {
        return event.polarity() == Polarity.ASSERTED && event.modality() != Modality.DEMANDED
                && event.modality() != Modality.HYPOTHETICAL;
    }

    /**
     * The Event rows of the article's events, in list order, without line breaks.
     *
     * @throws IllegalArgumentException when an event's spans lie outside the article's text
     */
    public static List<String> events(Article article, List<Event> events) {
        return events(article, events, EventIds.of(article, events));
    }

    /** The Event rows as {@link #events(Article, List)} gives them, under the event ids given (one per event). */
    public static List<String> events(Article article, List<Event> events, List<String> ids) {
        String dateAdded = dateAdded(article.published());
        Span lead = leadParagraph(article);
        List<String> rows = new ArrayList<>();
        for (Dyad dyad : dyads(events, ids)) {
            Event event = dyad.event();
            TsvRow row = new TsvRow().number(dyad.globalId());
            appendDate(row, event.date() != null ? event.date().value()
                    : article.published() == null ? null : article.published().date());
            GdeltActorColumns.append(row, dyad.actor1());
            GdeltActorColumns.append(row, dyad.actor2());
            row.number(lead == null || event.sentence().start() >= lead.start()
                    && event.sentence().start() < lead.end() ? 1 : 0);
            String cameo = event.cameo();
            row.text(cameo).text(cameo.substring(0, Math.min(3, cameo.length())))
                    .text(cameo.substring(0, Math.min(2, cameo.length())));
            row.number(event.quadClass()).text(Decimals.fixed(event.goldstein(), 1));
            row.number(1).number(1).number(1).number(0);
            GdeltGeoColumns.append(row, null);
            GdeltGeoColumns.append(row, null);
            GdeltGeoColumns.append(row, event.place());
            row.text(dateAdded).text(Provenance.location(article));
            rows.add(checked(row, EVENT_COLUMNS));
        }
        return List.copyOf(rows);
    }

    /**
     * The Mentions rows of the article's events, one per Event row and in the same order.
     *
     * @param sentences the article's sentence spans in text order, to number the sentences
     * @throws IllegalArgumentException when an event's spans lie outside the article's text
     */
    public static List<String> mentions(Article article, List<Event> events, List<Span> sentences) {
        return mentions(article, events, sentences, EventIds.of(article, events));
    }

    /** The Mentions rows as {@link #mentions(Article, List, List)} gives them, under the event ids given. */
    public static List<String> mentions(Article article, List<Event> events, List<Span> sentences,
                                        List<String> ids) {
        Objects.requireNonNull(sentences, "sentences");
        String dateAdded = dateAdded(article.published());
        String url = article.source().url();
        List<String> rows = new ArrayList<>();
        for (Dyad dyad : dyads(events, ids)) {
            Event event = dyad.event();
            String sentence = event.sentence().of(article.text());
            TsvRow row = new TsvRow().number(dyad.globalId()).text(dateAdded).text(dateAdded);
            row.number(url != null ? MENTION_WEB : MENTION_CITATION);
            row.text(article.source().outlet()).text(Provenance.location(article));
            row.number(sentenceNumber(sentences, event.sentence()));
            row.number(actorOffset(dyad.actor1(), sentence, event.sentence()));
            row.number(actorOffset(dyad.actor2(), sentence, event.sentence()));
            row.number(event.trigger().start()).number(1);
            row.number(Math.max(0, Math.min(100, Math.round(event.confidence() * 100))));
            row.number(article.text().length()).number(0).blank().blank();
            rows.add(checked(row, MENTION_COLUMNS));
        }
        return List.copyOf(rows);
    }

    /** Writes {@link #events} to {@code out}, each row followed by a newline; flushed, not closed. */
    public static void writeEvents(Article article, List<Event> events, Writer out) {
        writeLines(events(article, events), out);
    }

    /** Writes {@link #mentions} to {@code out}, each row followed by a newline; flushed, not closed. */
    public static void writeMentions(Article article, List<Event> events, List<Span> sentences, Writer out) {
        writeLines(mentions(article, events, sentences), out);
    }

    /** Writes {@link #mentions(Article, List, List, List)} to {@code out}, as the method above. */
    public static void writeMentions(Article article, List<Event> events, List<Span> sentences, List<String> ids,
                                     Writer out) {
        writeLines(mentions(article, events, sentences, ids), out);
    }

    private static void writeLines(List<String> rows, Writer out) {
        Objects.requireNonNull(out, "out");
        try {
            for (String row : rows) {
                out.write(row);
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Dyad> dyads(List<Event> events, List<String> ids) {
        EventIds.requireOnePerEvent(events, ids);
        List<Dyad> dyads = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (!representable(event)) {
                continue;
            }
            List<Actor> sources = orNone(event.source());
            List<Actor> targets = orNone(event.target());
            boolean single = sources.size() == 1 && targets.size() == 1;
            for (int s = 0; s < sources.size(); s++) {
                for (int t = 0; t < targets.size(); t++) {
                    String id = single ? ids.get(i) : ids.get(i) + "/" + s + "/" + t;
                    dyads.add(new Dyad(EventIds.numeric(id), event, sources.get(s), targets.get(t)));
                }
            }
        }
        return dyads;
    }

    private static List<Actor> orNone(List<Actor> actors) {
        if (!actors.isEmpty()) {
            return actors;
        }
        List<Actor> none = new ArrayList<>(1);
        none.add(null);
        return none;
    }

    private static void appendDate(TsvRow row, LocalDate date) {
        if (date == null) {
            row.blank().blank().blank().blank();
            return;
        }
        double fraction = ((date.getMonthValue() - 1) * 30 + date.getDayOfMonth()) / 365.0;
        row.text(date.format(DAY)).number(date.getYear() * 100L + date.getMonthValue()).number(date.getYear())
                .text(Decimals.fixed(date.getYear() + fraction, 4));
    }

    /** DATEADDED: the publication time in UTC, or null when unknown. */
    static String dateAdded(Published published) {
        if (published == null) {
            return null;
        }
        if (published.time() == null) {
            return published.date().format(DAY) + "000000";
        }
        LocalDateTime local = LocalDateTime.of(published.date(), published.time().withNano(0));
        LocalDateTime utc = published.offset() == null ? local
                : local.atOffset(published.offset()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        return utc.format(SECOND);
    }

    /** The first paragraph that is more than the dateline, or null when the article has no paragraph spans. */
    private static Span leadParagraph(Article article) {
        int datelineEnd = article.dateline() == null ? -1 : article.dateline().span().end();
        for (Span paragraph : article.paragraphs()) {
            int from = Math.max(paragraph.start(), datelineEnd);
            if (from < paragraph.end() && !article.text().substring(from, paragraph.end()).isBlank()) {
                return paragraph;
            }
        }
        return null;
    }

    private static int sentenceNumber(List<Span> sentences, Span sentence) {
        int before = 0;
        for (Span other : sentences) {
            if (other.end() <= sentence.start()) {
                before++;
            }
        }
        return before + 1;
    }

    private static int actorOffset(Actor actor, String sentence, Span span) {
        if (actor == null) {
            return -1;
        }
        for (String words : new String[] {actor.role(), actor.name()}) {
            int at = words == null || words.isBlank() ? -1 : sentence.indexOf(words);
            if (at >= 0) {
                return span.start() + at;
            }
        }
        return -1;
    }

    private static String checked(TsvRow row, List<String> columns) {
        if (row.size() != columns.size()) {
            throw new IllegalStateException("GDELT row of " + row.size() + " fields, expected " + columns.size());
        }
        return row.toString();
    }

    private static List<String> eventColumns() {
        List<String> columns = new ArrayList<>(61);
        columns.addAll(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String actor : List.of("Actor1", "Actor2")) {
            for (String field : GdeltActorColumns.FIELDS) {
                columns.add(actor + field);
            }
        }
        columns.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            for (String field : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                    "FeatureID")) {
                columns.add(geo + field);
            }
        }
        columns.addAll(List.of("DATEADDED", "SOURCEURL"));
        return List.copyOf(columns);
    }
}
