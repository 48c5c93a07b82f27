package id.peristiwa.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One readable input: a local file, or a stream such as stdin that can be read only once. Either way the first
 * bytes can be peeked for sniffing without losing them.
 */
final class Source {

    /** How many leading bytes format sniffing and binary detection look at. */
    static final int HEAD_BYTES = 8192;

    private final String origin;
    private final Path path;
    private final BufferedInputStream stream;

    private Source(String origin, Path path, BufferedInputStream stream) {
        this.origin = origin;
        this.path = path;
        this.stream = stream;
    }

    /**
     * A local file, named by its path. Something that is not a regular file — a pipe, {@code /dev/stdin},
     * {@code /proc} entries — has no size and can be read only once, so it is opened here and read as a stream,
     * which this source owns and closes when read.
     */
    static Source file(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return new Source(path.toString(), path, null);
        }
        return new Source(path.toString(), null, new BufferedInputStream(Files.newInputStream(path), 64 * 1024));
    }

    /** A stream owned by the caller: reading it through this source never closes it. */
    static Source stream(InputStream in, String origin) {
        InputStream keepOpen = new FilterInputStream(in) {
            @Override
            public void close() {
                // The caller opened it and closes it (stdin must stay open for the process).
            }
        };
        return new Source(origin, null, new BufferedInputStream(keepOpen, 64 * 1024));
    }

    /** Name for messages and for {@link id.peristiwa.document.RawDocument#origin()}. */
    String origin() {
        return origin;
    }

    /** The local file, or null for a stream. */
    Path path() {
        return path;
    }

    /** The file path as a string for {@link id.peristiwa.document.RawDocument#path()}, or null for a stream. */
    String pathText() {
        return path == null ? null : path.toString();
    }

    /** The size of a file in bytes, or -1 when the source is a stream of unknown length. */
    long knownSize() throws IOException {
        return path == null ? -1 : Files.size(path);
    }

    /** Up to {@link #HEAD_BYTES} leading bytes, leaving the source readable from its start. */
    byte[] head() throws IOException {
        if (path != null) {
            try (InputStream in = Files.newInputStream(path)) {
                return in.readNBytes(HEAD_BYTES);
            }
        }
        stream.mark(HEAD_BYTES + 1);
        byte[] head = stream.readNBytes(HEAD_BYTES);
        stream.reset();
        return head;
    }

    /**
     * A whole source read into memory within the limit.
     *
     * @param bytes    the content, or null when it was too large
     * @param tooLarge the skip to report instead, or null when the content was read
     */
    record Whole(byte[] bytes, Ingested.Skipped tooLarge) {
    }

    /**
     * Reads the whole content if it fits the limit. A file's size is checked before any byte is read; a stream is
     * read only until it passes the limit.
     */
    Whole readWithin(SizeLimit limit) throws IOException {
        long size = knownSize();
        if (size >= 0 && limit.exceededBy(size)) {
            return new Whole(null, new Ingested.Skipped(origin, SkipReason.TOO_LARGE, limit.describeExcess(size)));
        }
        try (InputStream in = open()) {
            byte[] bytes = limit.readAtMost(in);
            return bytes != null ? new Whole(bytes, null)
                    : new Whole(null, new Ingested.Skipped(origin, SkipReason.TOO_LARGE, limit.describeUnknownExcess()));
        }
    }

    /** Opens the content from its start; the caller closes what it gets (for a stream, closing is a no-op). */
    InputStream open() throws IOException {
        return path != null ? Files.newInputStream(path) : stream;
    }
}
