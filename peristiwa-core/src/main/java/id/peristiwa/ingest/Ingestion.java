package id.peristiwa.ingest;

import id.peristiwa.document.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The front door of ingestion: turns files, directories, stdin, streams and URLs into a lazy stream of
 * {@link Ingested} items, each a {@link Ingested.Document} or a {@link Ingested.Skipped} with its reason.
 *
 * <p>The stream is ordered and sequential, reads one input at a time and holds at most one document (bounded
 * by {@link IngestOptions#maxDocumentBytes()}) in memory. It never throws for bad input: unreadable, damaged,
 * binary, empty or oversized content becomes a skip, and every input yields at least one item. Close the
 * stream (try-with-resources) to release the file it is reading. An {@code Ingestion} holds no mutable state
 * and may be shared between threads; each returned stream belongs to one thread.
 *
 * <pre>{@code
 * try (Stream<Ingested> items = new Ingestion(IngestOptions.defaults()).read(List.of("arsip/"))) {
 *     items.forEach(item -> ...);
 * }
 * }</pre>
 */
public final class Ingestion {

    private static final String STDIN = "-";

    private final SizeLimit limit;
    private final PageReader pages;
    private final WarcArchiveReader warcs;
    private final JsonLinesReader jsonLines;
    private final FeedReader feeds;
    private final UrlFetcher urls;

    /** An ingestion reading with the given options. */
    public Ingestion(IngestOptions options) {
        Objects.requireNonNull(options, "options");
        this.limit = new SizeLimit(options.maxDocumentBytes());
        ContentGate gate = new ContentGate(limit);
        this.pages = new PageReader(limit, gate);
        this.warcs = new WarcArchiveReader(limit, gate);
        this.jsonLines = new JsonLinesReader(limit, options.jsonFields(), gate);
        this.feeds = new FeedReader(limit, gate);
        this.urls = new UrlFetcher(options, limit, gate, feeds);
    }

    /**
     * Reads the inputs in order. Each is a file (format chosen by extension, else sniffed from its first bytes),
     * a directory (all its non-hidden files, recursively, in sorted order), {@code -} for stdin, or an
     * {@code http://} / {@code https://} URL. A missing or unreadable input yields an UNREADABLE skip naming it.
     *
     * @param inputs paths, {@code -} or URLs; neither the list nor an element may be null
     * @return a lazy stream that must be closed
     */
    public Stream<Ingested> read(List<String> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        List<String> copy = List.copyOf(inputs);
        Iterator<ItemCursor> cursors = copy.stream().map(this::guardedInput).iterator();
        return stream(new SequenceCursor(cursors));
    }

    /**
     * Reads one stream whose format is sniffed from its first bytes (an HTML or text page, a WARC, JSON Lines,
     * a feed). The caller keeps ownership of {@code in}: closing the returned stream does not close it.
     *
     * @param in     the content; not null
     * @param origin its name in items and messages, such as {@code stdin}; not null
     * @return a lazy stream that must be closed
     */
    public Stream<Ingested> read(InputStream in, String origin) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(origin, "origin");
        return stream(new GuardedCursor(origin, () -> sniffed(Source.stream(in, origin), false)));
    }

    private ItemCursor guardedInput(String input) {
        return new GuardedCursor(input, () -> open(input));
    }

    private ItemCursor open(String input) throws IOException {
        if (input.equals(STDIN)) {
            return sniffed(Source.stream(System.in, "stdin"), false);
        }
        if (UrlFetcher.isUrl(input)) {
            return urls.fetch(input);
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            return ItemCursor.of(new Ingested.Skipped(input, SkipReason.UNREADABLE, "not a valid path: " + input));
        }
        if (!Files.exists(path)) {
            return ItemCursor.of(new Ingested.Skipped(input, SkipReason.UNREADABLE,
                    "no such file or directory: " + input));
        }
        if (Files.isDirectory(path)) {
            return directory(path);
        }
        return file(path);
    }

    private ItemCursor directory(Path root) throws IOException {
        Iterator<ItemCursor> files = DirectoryWalker.walk(root).stream()
                .map(entry -> {
                    String origin = entry.path().toString();
                    return (ItemCursor) new GuardedCursor(origin, () -> {
                        if (entry.failure() != null) {
                            throw entry.failure();
                        }
                        return file(entry.path());
                    });
                })
                .iterator();
        return new SequenceCursor(files);
    }

    private ItemCursor file(Path path) throws IOException {
        Source source = Source.file(path);
        Path name = path.getFileName();
        Format format = name == null ? null : FormatSniffer.byName(name.toString());
        if (format == null) {
            boolean xml = name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
            return sniffed(source, xml);
        }
        return read(source, format);
    }

    private ItemCursor sniffed(Source source, boolean xmlExpected) throws IOException {
        long size = source.knownSize();
        if (size == 0) {
            return ItemCursor.of(new Ingested.Skipped(source.origin(), SkipReason.EMPTY, "file is empty"));
        }
        return read(source, FormatSniffer.sniff(source.head(), xmlExpected));
    }

    private ItemCursor read(Source source, Format format) throws IOException {
        return switch (format) {
            case HTML -> ItemCursor.of(pages.read(source, ContentType.HTML));
            case TEXT -> ItemCursor.of(pages.read(source, ContentType.TEXT));
            case WARC -> warcs.open(source);
            case JSON_LINES -> jsonLines.open(source);
            case FEED -> feeds.open(source);
            case OTHER_XML, OTHER_GZIP ->
                    ItemCursor.of(new Ingested.Skipped(source.origin(), SkipReason.UNSUPPORTED, format.refusal()));
        };
    }

    /** A lazy, ordered stream over a cursor; closing the stream closes the cursor. */
    private static Stream<Ingested> stream(ItemCursor cursor) {
        Spliterator<Ingested> items = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super Ingested> action) {
                Ingested next;
                try {
                    next = cursor.next();
                } catch (IOException e) {
                    // Unreachable in practice: every input is wrapped in a GuardedCursor, which never throws.
                    throw new UncheckedIOException(e);
                }
                if (next == null) {
                    return false;
                }
                action.accept(next);
                return true;
            }
        };
        return StreamSupport.stream(items, false).onClose(() -> {
            try {
                cursor.close();
            } catch (IOException ignored) {
                // Guarded cursors close quietly; nothing useful can be done with a failure to close here.
            }
        });
    }
}
