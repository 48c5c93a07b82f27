package id.peristiwa.cli;

import id.peristiwa.ingest.IngestOptions;
import id.peristiwa.ingest.JsonFields;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The inputs of every command that reads articles, and how they are read. */
final class InputOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, '-' or URLs.")
    List<String> inputs;

    @Option(names = "--fields", paramLabel = "SPEC",
            description = "JSON Lines field names, e.g. 'text=body,date=published_at' (defaults: text, html, url, "
                    + "title, date, outlet, section, author).")
    String fields;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest document read, in bytes (default 10 MB).")
    Long maxBytes;

    /** The ingestion options these flags ask for; a bad flag is reported as a usage error. */
    IngestOptions ingestOptions() {
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
        return options;
    }
}
