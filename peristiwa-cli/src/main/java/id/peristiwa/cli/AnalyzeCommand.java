package id.peristiwa.cli;

import id.peristiwa.entity.Dictionaries;
import id.peristiwa.document.Article;
import id.peristiwa.export.AnalysisJson;
import id.peristiwa.export.EventCsv;
import id.peristiwa.export.GdeltRows;
import id.peristiwa.export.PloverRecords;
import id.peristiwa.ingest.Ingested;
import id.peristiwa.ingest.Ingestion;
import id.peristiwa.pipeline.AnalyzedArticle;
import id.peristiwa.pipeline.Pipeline;
import id.peristiwa.text.Sentence;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code peristiwa analyze}: the extracted article with its sentences, mentions and actors, one JSON line each. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Reads pages and prints each article as JSON with its analysis: sentences, and mentions of "
                + "people, organizations, countries and places with their CAMEO-style actor codes and the earlier "
                + "mention each back-reference stands for.",
            "Inputs as for 'extract'."})
final class AnalyzeCommand implements Callable<Integer> {

    /** What is printed for each article. */
    enum Format {
        /** The whole analysis, one JSON object per article. */
        jsonl,
        /** One PLOVER JSON record per event. */
        plover,
        /** GDELT 2.0 Event table rows, tab-separated, no header. */
        gdelt,
        /** GDELT 2.0 Mentions table rows, tab-separated, no header. */
        gdelt_mentions,
        /** One CSV row per event, the header first. */
        csv
    }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--tokens", description = "Add the tokens of every sentence (jsonl only).")
    boolean tokens;

    @Option(names = "--format", defaultValue = "jsonl",
            description = "jsonl (default: the whole analysis), plover (a PLOVER record per event), gdelt (GDELT 2.0 "
                    + "Event rows), gdelt_mentions (GDELT 2.0 Mentions rows) or csv (an event table).")
    Format format;

    @Option(names = "--dict", paramLabel = "DIR",
            description = {"A directory of the user's own dictionaries, read after the language pack (repeatable): "
                    + "files named like the pack's gazetteer files (countries.txt, places.txt, organizations.txt, "
                    + "sector-words.txt, office-holders.txt, cues.txt, news-outlets.txt) add entries or override "
                    + "the pack's for the same name; *.actors.txt files are read as PETRARCH/Phoenix actor "
                    + "dictionaries."})
    List<Path> dictionaries = List.of();

    @Override
    public Integer call() {
        for (Path dir : dictionaries) {
            if (!Files.isDirectory(dir)) {
                throw new ParameterException(spec.commandLine(), "--dict " + dir + ": not a directory");
            }
        }
        Pipeline pipeline = Pipeline.indonesian(Dictionaries.load(dictionaries));
        PrintWriter out = Console.out();
        PrintWriter err = Console.err();
        ArticleRun<AnalyzedArticle> run = new ArticleRun<>(pipeline::analyze, err);
        try (Stream<Ingested> items = new Ingestion(input.ingestOptions()).read(input.inputs)) {
            if (format == Format.csv) {
                out.print(EventCsv.header() + "\r\n");
            }
            run.process(items, analyzed -> print(analyzed, out));
        }
        out.flush();
        err.flush();
        return run.articles() > 0 ? 0 : 1;
    }

    private void print(AnalyzedArticle analyzed, PrintWriter out) {
        Article article = analyzed.article();
        switch (format) {
            case jsonl -> out.println(AnalysisJson.toJson(analyzed, tokens));
            case plover -> PloverRecords.write(article, analyzed.events(), out);
            case gdelt -> GdeltRows.writeEvents(article, analyzed.events(), out);
            case gdelt_mentions -> GdeltRows.writeMentions(article, analyzed.events(),
                    analyzed.sentences().stream().map(Sentence::span).toList(), out);
            case csv -> EventCsv.write(article, analyzed.events(), out, false);
        }
    }
}
