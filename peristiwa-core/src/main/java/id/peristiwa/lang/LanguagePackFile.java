package id.peristiwa.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the data files that hold Peristiwa's language and markup knowledge: UTF-8, human-edited, {@code #}
 * starts a comment that runs to the end of the line, blank lines are ignored, and a line {@code [name]} starts
 * a group. The Indonesian pack lives under {@code id/peristiwa/lang/id/}. The one reader for all such files.
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
    public static List<String> entries(BufferedReader reader) throws IOException {
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

    /**
     * A grouped data file from the classpath: entries by group, each group in file order; entries before the
     * first {@code [name]} header belong to the group {@code ""}.
     *
     * @param resource classpath path, e.g. {@code id/peristiwa/lang/id/interface-vocabulary.txt}
     * @throws IllegalStateException when the resource is missing (a packaging error, not a data error)
     */
    public static Map<String, List<String>> groups(String resource) {
        Objects.requireNonNull(resource, "resource");
        try (InputStream in = LanguagePackFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from classpath: " + resource);
            }
            return groups(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * A grouped data file from disk (a user's own dictionary directory), read exactly like {@link #groups(String)}.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Map<String, List<String>> groups(Path file) {
        Objects.requireNonNull(file, "file");
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return groups(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Map<String, List<String>> groups(BufferedReader reader) throws IOException {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        String group = "";
        for (String entry : entries(reader)) {
            if (entry.startsWith("[") && entry.endsWith("]")) {
                group = entry.substring(1, entry.length() - 1).strip();
                groups.computeIfAbsent(group, g -> new ArrayList<>());
            } else {
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(entry);
            }
        }
        groups.replaceAll((name, list) -> List.copyOf(list));
        // Insertion order is file order, which later readers may rely on (the last line for a form wins).
        return Collections.unmodifiableMap(groups);
    }
}
