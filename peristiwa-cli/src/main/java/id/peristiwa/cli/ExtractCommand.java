package id.peristiwa.cli;

import id.peristiwa.document.Article;
import id.peristiwa.export.ArticleJson;
import id.peristiwa.ingest.IngestOptions;
import id.peristiwa.ingest.Ingested;
import id.peristiwa.ingest.Ingestion;
import id.peristiwa.ingest.JsonFields;
import id.peristiwa.pipeline.Pipeline;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code peristiwa extract}: one JSON object per article on stdout, problems on stderr. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads pages and prints one clean article per line as JSON (or as text).",
            "Inputs: files, directories (recursive), '-' for stdin, http(s) URLs. Formats: .html/.htm, .txt "
                + "(text captured from a page), .warc/.warc.gz, .jsonl, RSS/Atom feeds."})
final class ExtractCommand implements Callable<Integer> {

    enum Format { jsonl, text }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, '-' or URLs.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or text.")
    Format format;

    @Option(names = "--fields", paramLabel = "SPEC",
            description = "JSON Lines field names, e.g. 'text=body,date=published_at' (defaults: text, html, url, "
                    + "title, date, outlet, section, author).")
    String fields;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest document read, in bytes (default 10 MB).")
    Long maxBytes;

    @Override
    public Integer call() {
        IngestOptions options = IngestOptions.defaults();
        try {
            if (fields != null) {
                options = options.withJsonFields(JsonFields.parse(fields));
            }
            if (maxBytes != null) {
                options = options.withMaxDocumentBytes(maxBytes);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Pipeline pipeline = Pipeline.indonesian();
        PrintWriter out = Console.out();
        PrintWriter err = Console.err();
        ArticleRun run = new ArticleRun(pipeline, err);
        try (Stream<Ingested> items = new Ingestion(options).read(inputs)) {
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
