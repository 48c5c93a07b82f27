package id.peristiwa.lang.id;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads one of the Indonesian language pack's data files from the classpath
 * ({@code id/peristiwa/lang/id/NAME}). The files are UTF-8, human-edited, and use {@code #} to start a comment
 * that runs to the end of the line; blank lines are ignored.
 */
public final class LanguagePackFile {
    private static final String ROOT = "/id/peristiwa/lang/id/";

    private LanguagePackFile() {
    }

    /**
     * The meaningful lines of a pack file, comments removed and whitespace trimmed, in file order.
     *
     * @param name file name inside the pack, e.g. {@code months.txt}
     * @return the entries, never empty lines
     * @throws IllegalStateException if the file is missing from the classpath (a packaging error, not bad input)
     */
    public static List<String> entries(String name) {
        Objects.requireNonNull(name, "name");
        try (InputStream in = LanguagePackFile.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("language pack file missing from classpath: " + ROOT + name);
            }
            return entries(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language pack file " + name, e);
        }
    }

    /** The meaningful lines of any text in the pack's format (used for evaluation files kept outside the pack). */
    static List<String> entries(BufferedReader reader) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return List.copyOf(entries);
    }
}
