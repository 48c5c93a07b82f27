package id.peristiwa.cli;

import id.peristiwa.store.EventExport;
import id.peristiwa.store.EventFilter;
import id.peristiwa.store.EventFormat;
import id.peristiwa.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code peristiwa export}: every stored event the filters select, as a file other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes every stored event the filters select, newest event date first.",
            "parquet: one row per event with its article's url, outlet, published and story_id and its cluster's "
                + "id and counts (needs --out); csv, jsonl, plover and gdelt as for 'events'. gdelt writes Event "
                + "rows, and Mentions rows to --mentions when given."})
final class ExportCommand extends StoreCommand {

    /** The export formats: the event formats and Parquet. */
    enum Format { parquet, csv, jsonl, plover, gdelt }

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "parquet, csv, jsonl, plover or gdelt.")
    Format format;

    @Option(names = "--out", defaultValue = "-", paramLabel = "FILE", description = "The file to write; - for "
            + "stdout (default; not for parquet).")
    String out;

    @Option(names = "--mentions", paramLabel = "FILE", description = "gdelt only: also write GDELT Mentions rows "
            + "(16 columns) to this file.")
    Path mentions;

    private EventFilter filter;

    @Override
    void check() {
        if (format == Format.parquet && out.equals("-")) {
            throw new ParameterException(spec.commandLine(), "parquet is written to a file: give --out FILE");
        }
        if (mentions != null && format != Format.gdelt) {
            throw new ParameterException(spec.commandLine(), "--mentions goes with --format gdelt only");
        }
        filter = filters.events();
    }

    @Override
    int run(Store store, PrintWriter stdout, PrintWriter err) {
        long written;
        if (format == Format.parquet) {
            written = EventExport.writeParquet(store, filter, Path.of(out));
        } else {
            EventFormat eventFormat = EventFormat.valueOf(format.name().toUpperCase(java.util.Locale.ROOT));
            try (Writer file = out.equals("-") ? null : Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8);
                 Writer mentionFile = mentions == null ? null
                         : Files.newBufferedWriter(mentions, StandardCharsets.UTF_8)) {
                written = EventExport.write(store, filter, Long.MAX_VALUE, eventFormat, file == null ? stdout : file,
                        mentionFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        err.println("peristiwa: export: " + written + " events" + (out.equals("-") ? "" : " to " + out));
        return 0;
    }
}
