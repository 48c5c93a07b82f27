package id.peristiwa.eval;

import id.peristiwa.document.Article;
import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import id.peristiwa.entity.Mention;
import id.peristiwa.entity.MentionKind;
import id.peristiwa.event.Event;
import id.peristiwa.event.PloverType;
import id.peristiwa.ingest.IngestOptions;
import id.peristiwa.ingest.Ingested;
import id.peristiwa.ingest.Ingestion;
import id.peristiwa.ingest.JsonFields;
import id.peristiwa.lang.LanguagePackFile;
import id.peristiwa.pipeline.AnalyzedArticle;
import id.peristiwa.pipeline.Pipeline;
import id.peristiwa.text.Sentence;
import id.peristiwa.text.Token;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the whole analysis over a news corpus and reports what the coder finds in its geopolitical articles:
 * events per article, the type distribution, and seeded random samples of events and of coded persons and
 * organizations, printed with their sentences for a hand check. An article is geopolitical when its URL or
 * section says international news, or when it holds at least {@value #KEYWORD_HITS} different words of the pack's
 * {@code geopolitics-keywords.txt}.
 */
public final class CorpusSurvey {

    private static final int KEYWORD_HITS = 2;

    private CorpusSurvey() {
    }

    /**
     * Surveys the JSON Lines files in {@code inputs} (fields text, title, url, date, category) and prints the
     * report to {@code out}; its last line is {@code articles=N events=E events_per_article=R}.
     *
     * @param articles how many geopolitical articles to survey, the first in file order
     * @param sample   how many events to print for a hand check
     * @param actors   how many persons and organizations with an actor code to print for a hand check
     * @param seed     the seed that picks both samples
     */
    public static void run(List<Path> inputs, Pipeline pipeline, int articles, int sample, int actors, long seed,
            PrintWriter out) {
        IngestOptions options = IngestOptions.defaults().withJsonFields(JsonFields.parse("section=category"));
        Set<List<String>> keywords = new HashSet<>();
        for (String line : LanguagePackFile.entries("geopolitics-keywords.txt")) {
            keywords.add(List.of(line.split("\\s+")));
        }
        List<AnalyzedArticle> surveyed = new ArrayList<>();
        int read = 0;
        try (Stream<Ingested> items = new Ingestion(options).read(inputs.stream().map(Path::toString).toList())) {
            var it = items.iterator();
            while (it.hasNext() && surveyed.size() < articles) {
                if (it.next() instanceof Ingested.Document doc) {
                    read++;
                    AnalyzedArticle analyzed = pipeline.analyze(doc.document());
                    if (geopolitical(analyzed, keywords)) {
                        surveyed.add(analyzed);
                    }
                }
            }
        }
        List<Event> events = new ArrayList<>();
        List<Article> of = new ArrayList<>();
        for (AnalyzedArticle a : surveyed) {
            for (Event e : a.events()) {
                events.add(e);
                of.add(a.article());
            }
        }
        out.printf(Locale.ROOT, "articles read %d, geopolitical articles surveyed %d, events %d (%.2f per article)%n",
                read, surveyed.size(), events.size(), surveyed.isEmpty() ? 0.0 : (double) events.size() / surveyed.size());
        long withEvents = surveyed.stream().filter(a -> !a.events().isEmpty()).count();
        out.printf(Locale.ROOT, "articles with at least one event: %d%n", withEvents);
        Map<PloverType, Integer> byType = new EnumMap<>(PloverType.class);
        events.forEach(e -> byType.merge(e.type(), 1, Integer::sum));
        out.println("type distribution:");
        byType.entrySet().stream().sorted(Map.Entry.<PloverType, Integer>comparingByValue().reversed())
                .forEach(t -> out.printf(Locale.ROOT, "  %-10s %5d  %5.1f%%%n", t.getKey(), t.getValue(),
                        100.0 * t.getValue() / events.size()));
        Map<String, Long> modality = events.stream().collect(Collectors.groupingBy(
                e -> e.polarity().name().toLowerCase(Locale.ROOT) + "/" + e.modality().name().toLowerCase(Locale.ROOT),
                Collectors.counting()));
        out.println("polarity/modality: " + modality);
        List<Integer> order = seededOrder(events.size(), seed);
        out.printf(Locale.ROOT, "%nsample of %d events (seed %d) for a hand check:%n", Math.min(sample, events.size()),
                seed);
        for (int n = 0; n < Math.min(sample, order.size()); n++) {
            Event e = events.get(order.get(n));
            Article a = of.get(order.get(n));
            out.printf(Locale.ROOT, "%2d. %s %s %s %s -> %s | %s/%s | %s | %s%n", n + 1, a.id(), e.type(), e.cameo(),
                    codes(e.source()), codes(e.target()), e.polarity().name().toLowerCase(Locale.ROOT),
                    e.modality().name().toLowerCase(Locale.ROOT), e.rule(),
                    marked(a.text(), e.sentence(), e.trigger()));
        }
        printActors(surveyed, actors, seed, out);
        out.printf(Locale.ROOT, "articles=%d events=%d events_per_article=%.2f%n", surveyed.size(), events.size(),
                surveyed.isEmpty() ? 0.0 : (double) events.size() / surveyed.size());
        out.flush();
    }

    /** The numbers 0 to {@code n - 1} in an order the seed decides. */
    private static List<Integer> seededOrder(int n, long seed) {
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        return order;
    }

    /**
     * Prints {@code count} persons and organizations that carry an actor code, picked by the seed from all of the
     * surveyed articles: code, role, the mention it refers back to, and its sentence with the mention marked.
     */
    private static void printActors(List<AnalyzedArticle> surveyed, int count, long seed, PrintWriter out) {
        List<AnalyzedArticle> of = new ArrayList<>();
        List<Mention> coded = new ArrayList<>();
        for (AnalyzedArticle a : surveyed) {
            for (Mention m : a.mentions()) {
                if (m.actor() != null && (m.kind() == MentionKind.PERSON || m.kind() == MentionKind.ORGANIZATION)) {
                    of.add(a);
                    coded.add(m);
                }
            }
        }
        List<Integer> order = seededOrder(coded.size(), seed);
        out.printf(Locale.ROOT, "%nsample of %d of %d coded persons and organizations (seed %d) for a hand check:%n",
                Math.min(count, coded.size()), coded.size(), seed);
        for (int n = 0; n < Math.min(count, order.size()); n++) {
            AnalyzedArticle a = of.get(order.get(n));
            Mention m = coded.get(order.get(n));
            String referent = m.refersTo().isEmpty() ? "" : " -> " + m.refersTo().stream()
                    .map(i -> a.mentions().get(i).text()).collect(Collectors.joining(" + "));
            Span sentence = a.sentences().stream().map(Sentence::span).filter(s -> s.start() <= m.start()
                    && m.end() <= s.end()).findFirst().orElse(m.span());
            out.printf(Locale.ROOT, "%2d. %s %s %s role=%s%s | %s%n", n + 1, a.article().id(), m.kind(),
                    m.actor().code(), m.actor().role(), referent, marked(a.article().text(), sentence, m.span()));
        }
    }

    private static boolean geopolitical(AnalyzedArticle analyzed, Set<List<String>> keywords) {
        Article a = analyzed.article();
        String url = a.source().url() == null ? "" : a.source().url();
        String section = a.section() == null ? "" : a.section().toLowerCase(Locale.ROOT);
        if (url.contains("/internasional") || section.contains("internasional") || section.contains("dunia")) {
            return true;
        }
        return keywordHits(analyzed, keywords) >= KEYWORD_HITS;
    }

    /** How many different keywords (whole token sequences) the article's sentences hold. */
    private static int keywordHits(AnalyzedArticle analyzed, Set<List<String>> keywords) {
        Set<List<String>> hit = new HashSet<>();
        for (Sentence sentence : analyzed.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                for (int n = 1; n <= 3 && i + n <= tokens.size(); n++) {
                    List<String> words = tokens.subList(i, i + n).stream().map(Token::normalized).toList();
                    if (keywords.contains(words)) {
                        hit.add(words);
                    }
                }
            }
        }
        return hit.size();
    }

    private static String codes(List<Actor> actors) {
        return actors.isEmpty() ? "-" : actors.stream().map(Actor::code).collect(Collectors.joining("+"));
    }

    /** The sentence with {@code marked} (an event's trigger, a mention) in double brackets, on one line. */
    private static String marked(String text, Span sentence, Span marked) {
        String s = text.substring(sentence.start(), marked.start()) + "[["
                + text.substring(marked.start(), marked.end()) + "]]" + text.substring(marked.end(), sentence.end());
        return s.replace('\n', ' ');
    }
}
