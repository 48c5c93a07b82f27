package id.peristiwa.cli;

import id.peristiwa.attribution.AttributionEvaluation;
import id.peristiwa.attribution.QuoteFinder;
import id.peristiwa.eval.CorpusSurvey;
import id.peristiwa.eval.ExtractionEvaluation;
import id.peristiwa.event.EventGold;
import id.peristiwa.event.EventScoring;
import id.peristiwa.extract.Extractor;
import id.peristiwa.lang.id.LanguageEvaluation;
import id.peristiwa.ner.ConllCorpus;
import id.peristiwa.ner.EntityEvaluation;
import id.peristiwa.ner.NameTagger;
import id.peristiwa.ner.TagMapping;
import id.peristiwa.pipeline.Pipeline;
import id.peristiwa.text.SegmentationEvaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code peristiwa eval ...}: evaluation commands whose last line is the headline figure. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures Peristiwa against evaluation data.",
        subcommands = {EvalCommand.Extraction.class, EvalCommand.Language.class, EvalCommand.Segmentation.class,
            EvalCommand.Ner.class, EvalCommand.Attribution.class, EvalCommand.Events.class,
            EvalCommand.Corpus.class})
final class EvalCommand extends CommandGroup {

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Main-content extraction on a benchmark, with baseline extractors beside it.",
                "Last line: precision=P recall=R f1=F (Peristiwa's)."})
    static final class Extraction implements Callable<Integer> {

        @Option(names = "--benchmark", required = true, description = "scrapinghub or trafilatura")
        String benchmark;

        @Parameters(arity = "0..1", paramLabel = "DIR",
                description = "Benchmark directory (default: ../shared/data/extraction/scrapinghub-aeb or trafilatura-eval).")
        Path dir;

        @Override
        public Integer call() throws IOException {
            Path data = dir != null ? dir : Locations.requireData("extraction/"
                    + ("scrapinghub".equalsIgnoreCase(benchmark) ? "scrapinghub-aeb" : "trafilatura-eval"));
            ExtractionEvaluation.run(ExtractionEvaluation.benchmark(benchmark, data), Extractor.indonesian(),
                    Console.out());
            return 0;
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Event coding against a gold file (format: docs/event-gold-format.md), scored as",
                "design/EVENTS.md says; per-type figures, the strict variant (sectors and CAMEO).",
                "Last line: precision=P recall=R f1=F."})
    static final class Events implements Callable<Integer> {

        @Option(names = "--gold", paramLabel = "FILE",
                description = "Gold JSONL (default: peristiwa-core/src/test/resources/events/event-gold.jsonl).")
        Path gold = Locations.home().resolve("peristiwa-core/src/test/resources/events/event-gold.jsonl");

        @Option(names = "--verbose",
                description = "First list, per gold sentence, the gold events and what the coder emitted.")
        boolean verbose;

        @Override
        public Integer call() {
            Pipeline pipeline = Pipeline.indonesian();
            var out = Console.out();
            EventGold file = EventGold.read(gold);
            if (verbose) {
                out.print(EventScoring.explain(file, d -> pipeline.analyze(d.article()).events()));
            }
            out.println(EventScoring.format(EventScoring.score(file, d -> pipeline.analyze(d.article()).events())));
            out.flush();
            return 0;
        }
    }

    @Command(name = "language", mixinStandardHelpOptions = true,
            description = {"Language identification accuracy on article-length Indonesian, Malay and English text.",
                "Last line: accuracy=A."})
    static final class Language implements Callable<Integer> {

        @Option(names = "--texts", paramLabel = "DIR",
                description = "The team's own labelled texts (default: peristiwa-core/src/test/resources/lang).")
        Path texts = Locations.home().resolve("peristiwa-core/src/test/resources/lang");

        @Override
        public Integer call() {
            var out = Console.out();
            out.println(LanguageEvaluation.run(Locations.shared(), texts));
            out.flush();
            return 0;
        }
    }

    @Command(name = "segmentation", mixinStandardHelpOptions = true,
            description = {"Sentence boundaries and tokens against a Universal Dependencies CoNLL-U file.",
                "Last line: sentence_f1=S token_f1=T."})
    static final class Segmentation implements Callable<Integer> {

        @Option(names = "--conllu", required = true, paramLabel = "FILE",
                description = "A CoNLL-U file, e.g. ../shared/data/ud/id_gsd-ud-dev.conllu")
        Path conllu;

        @Override
        public Integer call() throws IOException {
            var out = Console.out();
            out.println(SegmentationEvaluation.evaluate(conllu));
            out.flush();
            return 0;
        }
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Names (PERSON, ORGANIZATION, LOCATION) against a two-column CoNLL file, conlleval style:",
                "an entity counts when span and type match exactly; gold types not in --map are ignored.",
                "Last line: macro_f1=M micro_f1=N (macro = mean of per-type F1, IndoNLU's F1)."})
    static final class Ner implements Callable<Integer> {

        @Option(names = "--conll", required = true, paramLabel = "FILE",
                description = "e.g. ../shared/data/ner/nergrit_ner-grit/test_preprocess.txt")
        Path conll;

        @Option(names = "--map", required = true, paramLabel = "GOLD=OURS,...",
                description = "e.g. PERSON=PERSON,ORGANISATION=ORGANIZATION,PLACE=LOCATION")
        String map;

        @Option(names = "--model", paramLabel = "FILE", description = "A trained model (default: the shipped one).")
        Path model;

        @Override
        public Integer call() throws IOException {
            NameTagger tagger = model != null ? NameTagger.load(model) : NameTagger.indonesian();
            var out = Console.out();
            out.println(EntityEvaluation.run(tagger, ConllCorpus.read(conll), TagMapping.parse(map)));
            out.flush();
            return 0;
        }
    }

    @Command(name = "attribution", mixinStandardHelpOptions = true,
            description = {"Quotes and attribution against PFSA-ID BILOU data: speaker (PERSON, PERSONCOREF), cue",
                "(CUE, CUECOREF) and statement (STATEMENT) spans, exact match, per label and per role.",
                "Last line: f1=F (micro over speaker, cue and statement)."})
    static final class Attribution implements Callable<Integer> {

        @Option(names = "--conll", paramLabel = "FILE",
                description = "BILOU token/label file (default: ../shared/data/attribution/pfsa-id/dev.txt).")
        Path conll;

        @Override
        public Integer call() throws IOException {
            Path file = conll != null ? conll : Locations.requireData("attribution/pfsa-id/dev.txt");
            var out = Console.out();
            out.println(AttributionEvaluation.run(file, Pipeline.indonesian(), QuoteFinder.indonesian()));
            out.flush();
            return 0;
        }
    }

    @Command(name = "corpus", mixinStandardHelpOptions = true,
            description = {"The whole analysis over a news corpus: events per geopolitical article, the type "
                    + "distribution, and seeded random samples of events and of coded persons and organizations "
                    + "with their sentences for a hand check.",
                "Last line: articles=N events=E events_per_article=R."})
    static final class Corpus implements Callable<Integer> {

        @Option(names = "--articles", defaultValue = "300", description = "Geopolitical articles to survey (default 300).")
        int articles;

        @Option(names = "--sample", defaultValue = "50", description = "Events to print for a hand check (default 50).")
        int sample;

        @Option(names = "--actors", defaultValue = "0",
                description = "Coded persons and organizations to print for a hand check (default 0).")
        int actors;

        @Option(names = "--seed", defaultValue = "2026", description = "Seed of the samples (default 2026).")
        long seed;

        @Parameters(arity = "0..*", paramLabel = "FILE",
                description = "JSON Lines corpus files (default: every .jsonl under ../shared/data/corpus).")
        List<Path> files = List.of();

        @Override
        public Integer call() throws IOException {
            List<Path> inputs = files;
            if (inputs.isEmpty()) {
                try (var list = java.nio.file.Files.list(Locations.requireData("corpus"))) {
                    inputs = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
                }
            }
            CorpusSurvey.run(inputs, Pipeline.indonesian(), articles, sample, actors, seed, Console.out());
            return 0;
        }
    }
}
