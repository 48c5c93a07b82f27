package id.peristiwa.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The ingestion journal of a data directory: an append-only text file that says which runs began and ended and
 * which documents each run started and committed, so that a run killed at any moment can be rerun and skip what
 * is already stored.
 *
 * <p>Each line is {@code KIND<TAB>field...<TAB>crc32}, fields escaped so that they hold no tab or newline:
 * {@code RUN id time inputs}, {@code START origin fingerprint} (written when a document is begun, not forced to
 * disk), {@code DONE origin fingerprint outcome} (written and forced to disk after the DuckDB and Lucene commits
 * that hold the document) and {@code END id}. A line whose checksum does not match, or a last line cut short by a
 * crash, is reported and ignored; a cut last line is also trimmed, so appending resumes on a clean line.
 *
 * <p>Documents committed since the last {@code END} are what a rerun skips. A run that begins after a clean end
 * starts a fresh journal, so the file never grows beyond one run and its interrupted predecessors.
 */
final class Journal implements AutoCloseable {

    static final String FILE = "ingest.journal";

    private final Path file;
    private final Set<String> committed;
    private final List<String> problems;
    private final boolean finished;
    private final String lastInFlight;
    private FileChannel out;

    private Journal(Path file, Set<String> committed, List<String> problems, boolean finished,
                    String lastInFlight) {
        this.file = file;
        this.committed = committed;
        this.problems = problems;
        this.finished = finished;
        this.lastInFlight = lastInFlight;
    }

    /** Reads the journal in {@code dir} (an absent one is empty), trimming a cut last line. */
    static Journal read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Set<String> committed = new HashSet<>();
        List<String> problems = new ArrayList<>();
        boolean finished = true;
        String started = null;
        if (Files.exists(file)) {
            byte[] bytes = Files.readAllBytes(file);
            int complete = bytes.length;
            while (complete > 0 && bytes[complete - 1] != '\n') {
                complete--;
            }
            if (complete < bytes.length) {
                problems.add(file + ": the last line was cut short (" + (bytes.length - complete)
                        + " bytes, a crash while writing it); ignored");
                try (FileChannel trim = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    trim.truncate(complete);
                    trim.force(true);
                }
            }
            String[] lines = new String(bytes, 0, complete, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length - 1; i++) {
                List<String> fields = parse(lines[i]);
                if (fields == null) {
                    problems.add(file + ":" + (i + 1) + ": corrupt line (checksum mismatch); ignored");
                    continue;
                }
                switch (fields.getFirst()) {
                    case "RUN" -> finished = false;
                    case "START" -> started = fields.get(1);
                    case "DONE" -> {
                        committed.add(key(fields.get(1), fields.get(2)));
                        if (fields.get(1).equals(started)) {
                            started = null;
                        }
                    }
                    case "END" -> {
                        finished = true;
                        committed.clear();
                        started = null;
                    }
                    default -> problems.add(file + ":" + (i + 1) + ": unknown line kind " + fields.getFirst()
                            + "; ignored");
                }
            }
        }
        return new Journal(file, committed, problems, finished, finished ? null : started);
    }

    /** Problems met reading the journal, as messages for the user. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** How many documents an interrupted run committed, which a resumed run skips. */
    int resumable() {
        return committed.size();
    }

    /** The document an interrupted run had begun but not committed when it stopped, or null. */
    String lastInFlight() {
        return lastInFlight;
    }

    /** Whether an interrupted run committed this document. */
    boolean committed(String origin, String fingerprint) {
        return committed.contains(key(origin, fingerprint));
    }

    /** Begins a run: resumes an interrupted one, else starts the file afresh. Forced to disk. */
    void begin(String runId, List<String> inputs) throws IOException {
        if (out == null) {
            List<StandardOpenOption> options = new ArrayList<>(List.of(StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE));
            options.add(finished ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
            out = FileChannel.open(file, options.toArray(StandardOpenOption[]::new));
        }
        append(List.of("RUN", runId, Instant.now().toString(), String.join(" ", inputs)));
        out.force(false);
    }

    /** Notes that a document is begun; not forced to disk, it only helps to name a document a crash interrupted. */
    void started(String origin, String fingerprint) throws IOException {
        append(List.of("START", origin, fingerprint));
    }

    /** Notes that documents are committed to DuckDB and Lucene, and forces the journal to disk. */
    void committed(List<Entry> entries) throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        for (Entry e : entries) {
            append(List.of("DONE", e.origin(), e.fingerprint(), e.outcome()));
            committed.add(key(e.origin(), e.fingerprint()));
        }
        out.force(false);
    }

    /** Ends the run cleanly; a later run starts afresh. */
    void end(String runId) throws IOException {
        append(List.of("END", runId));
        out.force(false);
    }

    private void append(List<String> fields) throws IOException {
        if (out == null) {
            throw new IllegalStateException("no run begun");
        }
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            if (!line.isEmpty()) {
                line.append('\t');
            }
            line.append(escape(field));
        }
        String checksum = crc(line.toString());
        line.append('\t').append(checksum).append('\n');
        ByteBuffer bytes = ByteBuffer.wrap(line.toString().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    private static List<String> parse(String line) {
        int last = line.lastIndexOf('\t');
        if (last < 0 || !line.substring(last + 1).equals(crc(line.substring(0, last)))) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        for (String field : line.substring(0, last).split("\t", -1)) {
            fields.add(unescape(field));
        }
        int wanted = switch (fields.getFirst()) {
            case "RUN" -> 4;
            case "START" -> 3;
            case "DONE" -> 4;
            case "END" -> 2;
            default -> fields.size();
        };
        return fields.size() == wanted ? fields : null;
    }

    private static String crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    private static String escape(String field) {
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String key(String origin, String fingerprint) {
        return origin + '\u0000' + fingerprint;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    /** A committed document: where it came from, its fingerprint, and what storing it did. */
    record Entry(String origin, String fingerprint, String outcome) {
    }
}
