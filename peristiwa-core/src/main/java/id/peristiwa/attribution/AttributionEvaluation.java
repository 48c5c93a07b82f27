package id.peristiwa.attribution;

import id.peristiwa.document.Article;
import id.peristiwa.document.Source;
import id.peristiwa.document.Span;
import id.peristiwa.pipeline.AnalyzedArticle;
import id.peristiwa.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores the quote finder against PFSA-ID-style BILOU data. Convention, following how PFSA-ID is annotated:
 * STATEMENT is a direct quotation with its marks, CUE the bare cue after it ("kata") and CUECOREF the folded one
 * ("katanya"); PERSON is a speaker's name as first given (without the role), PERSONCOREF a repeated surname, a
 * bare role or a pronoun. PFSA-ID marks statements and cues of direct quotations only but marks the speakers of
 * indirect speech too (where the name is given in full), so indirect quotations contribute a fully named speaker
 * only. A folded cue is its own speaker and
 * gives no PERSON. Entities match on label and exact token boundaries; the headline figure is micro F1 over the
 * three roles (speaker = PERSON or PERSONCOREF, cue = CUE or CUECOREF, statement), the per-label figures beside.
 */
public final class AttributionEvaluation {

    static final Set<String> LABELS = Set.of("PERSON", "PERSONCOREF", "CUE", "CUECOREF", "STATEMENT");
    private static final Map<String, String> ROLE = Map.of("PERSON", "SPEAKER", "PERSONCOREF", "SPEAKER",
            "CUE", "CUE", "CUECOREF", "CUE", "STATEMENT", "STATEMENT");

    private AttributionEvaluation() {
    }

    /** Counts for one label. */
    private static final class Count {
        int tp;
        int fp;
        int fn;

        String line(String name) {
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            return String.format(Locale.ROOT, "%-12s gold=%5d found=%5d precision=%.3f recall=%.3f f1=%.3f", name,
                    tp + fn, tp + fp, p, r, f1(p, r));
        }

        double f1() {
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            return f1(p, r);
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * Runs the finder over every story of {@code file} and returns the report: one line per label and per role,
     * then {@code f1=F} (micro over the roles).
     *
     * @throws IOException when the file cannot be read
     */
    public static String run(Path file, Pipeline pipeline, QuoteFinder finder) throws IOException {
        Map<String, Count> labels = new LinkedHashMap<>();
        Map<String, Count> roles = new LinkedHashMap<>();
        for (String label : List.of("PERSON", "PERSONCOREF", "CUE", "CUECOREF", "STATEMENT")) {
            labels.put(label, new Count());
        }
        for (String role : List.of("SPEAKER", "CUE", "STATEMENT")) {
            roles.put(role, new Count());
        }
        List<AttributionCorpus.Story> stories = AttributionCorpus.read(file, LABELS);
        int n = 0;
        for (AttributionCorpus.Story story : stories) {
            Set<AttributionCorpus.Entity> found = found(story, pipeline, finder, "story-" + n++);
            Set<AttributionCorpus.Entity> gold = new HashSet<>(story.gold());
            score(gold, found, labels, e -> e.label());
            score(gold, found, roles, e -> ROLE.get(e.label()));
        }
        StringBuilder report = new StringBuilder();
        report.append("stories=").append(stories.size()).append('\n');
        labels.forEach((name, count) -> report.append(count.line(name)).append('\n'));
        Count all = new Count();
        roles.forEach((name, count) -> {
            report.append(count.line(name)).append('\n');
            all.tp += count.tp;
            all.fp += count.fp;
            all.fn += count.fn;
        });
        report.append(all.line("ALL")).append('\n');
        report.append(String.format(Locale.ROOT, "f1=%.3f", all.f1()));
        return report.toString();
    }

    private static void score(Set<AttributionCorpus.Entity> gold, Set<AttributionCorpus.Entity> found,
            Map<String, Count> counts, Function<AttributionCorpus.Entity, String> key) {
        Set<String> g = new HashSet<>();
        Set<String> f = new HashSet<>();
        gold.forEach(e -> g.add(key.apply(e) + ":" + e.first() + ":" + e.last()));
        found.forEach(e -> f.add(key.apply(e) + ":" + e.first() + ":" + e.last()));
        for (String e : f) {
            Count c = counts.get(e.substring(0, e.indexOf(':')));
            if (g.contains(e)) {
                c.tp++;
            } else {
                c.fp++;
            }
        }
        for (String e : g) {
            if (!f.contains(e)) {
                counts.get(e.substring(0, e.indexOf(':'))).fn++;
            }
        }
    }

    /** The finder's quotations in {@code story} as entities over its tokens. */
    private static Set<AttributionCorpus.Entity> found(AttributionCorpus.Story story, Pipeline pipeline,
            QuoteFinder finder, String name) {
        String text = story.text();
        Article article = new Article(name, new Source(null, name, null), null, null, null, null, "id", 1.0, null,
                text, List.of(new Span(0, text.length())), 0, List.of());
        AnalyzedArticle analyzed = pipeline.analyze(article);
        Map<Integer, Integer> starts = new HashMap<>();
        Map<Integer, Integer> ends = new HashMap<>();
        for (int i = 0; i < story.tokens().size(); i++) {
            starts.put(story.tokens().get(i).start(), i);
            ends.put(story.tokens().get(i).end(), i);
        }
        Set<AttributionCorpus.Entity> found = new HashSet<>();
        for (Speech speech : finder.speeches(analyzed)) {
            Span cue = speech.quote().cue();
            if (speech.quote().direct()) {
                add(found, "STATEMENT", withMarks(text, speech.quote().statement()), starts, ends);
                if (cue != null) {
                    add(found, cue.of(text).toLowerCase(Locale.ROOT).endsWith(Vocabulary.NYA) ? "CUECOREF" : "CUE",
                            cue, starts, ends);
                }
            }
            Span speaker = speech.speaker().span();
            // PFSA-ID marks who speaks indirectly only where the name is given in full.
            boolean keep = speech.quote().direct() || !speech.speaker().refers();
            if (keep && speaker != null && !speaker.equals(cue)) {
                add(found, speech.speaker().refers() ? "PERSONCOREF" : "PERSON", speaker, starts, ends);
            }
        }
        return found;
    }

    /** A direct quotation's span with the marks around it, as PFSA-ID marks it. */
    private static Span withMarks(String text, Span inner) {
        int start = inner.start() > 0 && isMark(text.charAt(inner.start() - 1)) ? inner.start() - 1 : inner.start();
        int end = inner.end() < text.length() && isMark(text.charAt(inner.end())) ? inner.end() + 1 : inner.end();
        return new Span(start, end);
    }

    private static boolean isMark(char c) {
        return "\u201C\u201D\u201E\"\u00AB\u00BB'\u2018\u2019".indexOf(c) >= 0;
    }

    private static void add(Set<AttributionCorpus.Entity> into, String label, Span span, Map<Integer, Integer> starts,
            Map<Integer, Integer> ends) {
        Integer first = starts.get(span.start());
        Integer last = ends.get(span.end());
        // A span that does not fall on the corpus's token boundaries can match nothing; it still counts as found.
        into.add(new AttributionCorpus.Entity(label, first == null ? -1 - span.start() : first,
                last == null ? -1 - span.end() : last));
    }
}
