package id.peristiwa.cli;

import id.peristiwa.document.Article;
import id.peristiwa.export.ArticleJson;
import id.peristiwa.ingest.Ingested;
import id.peristiwa.ingest.Ingestion;
import id.peristiwa.pipeline.Pipeline;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code peristiwa extract}: one JSON object per article on stdout, problems on stderr. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads pages and prints one clean article per line as JSON (or as text).",
            "Inputs: files, directories (recursive), '-' for stdin, http(s) URLs. Formats: .html/.htm, .txt "
                + "(text captured from a page), .warc/.warc.gz, .jsonl, RSS/Atom feeds."})
final class ExtractCommand implements Callable<Integer> {

    enum Format { jsonl, text }

    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or text.")
    Format format;

    @Override
    public Integer call() {
        Pipeline pipeline = Pipeline.indonesian();
        PrintWriter out = Console.out();
        PrintWriter err = Console.err();
        ArticleRun<Article> run = new ArticleRun<>(pipeline::process, err);
        try (Stream<Ingested> items = new Ingestion(input.ingestOptions()).read(input.inputs)) {
            run.process(items, article -> print(article, out));
        }
        out.flush();
        err.flush();
        return run.articles() > 0 ? 0 : 1;
    }

    private void print(Article article, PrintWriter out) {
        if (format == Format.jsonl) {
            out.println(ArticleJson.toJson(article));
        } else {
            out.println(ArticleText.format(article));
        }
    }
}
