package id.peristiwa.cli;

import id.peristiwa.export.AnalysisJson;
import id.peristiwa.ingest.Ingested;
import id.peristiwa.ingest.Ingestion;
import id.peristiwa.pipeline.AnalyzedArticle;
import id.peristiwa.pipeline.Pipeline;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code peristiwa analyze}: the extracted article with its sentences, mentions and actors, one JSON line each. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Reads pages and prints each article as JSON with its analysis: sentences, and mentions of "
                + "people, organizations, countries and places with their CAMEO-style actor codes and the earlier "
                + "mention each back-reference stands for.",
            "Inputs as for 'extract'."})
final class AnalyzeCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Option(names = "--tokens", description = "Add the tokens of every sentence.")
    boolean tokens;

    @Override
    public Integer call() {
        Pipeline pipeline = Pipeline.indonesian();
        PrintWriter out = Console.out();
        PrintWriter err = Console.err();
        ArticleRun<AnalyzedArticle> run = new ArticleRun<>(pipeline::analyze, err);
        try (Stream<Ingested> items = new Ingestion(input.ingestOptions()).read(input.inputs)) {
            run.process(items, analyzed -> out.println(AnalysisJson.toJson(analyzed, tokens)));
        }
        out.flush();
        err.flush();
        return run.articles() > 0 ? 0 : 1;
    }
}
