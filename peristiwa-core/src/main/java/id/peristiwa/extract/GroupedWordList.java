package id.peristiwa.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a language-pack data file made of groups: {@code #} starts a comment, {@code [name]} starts a group,
 * every other non-blank line is one entry of the current group. Entries before the first header belong to
 * the group {@code ""}.
 */
final class GroupedWordList {

    private GroupedWordList() {
    }

    /**
     * Reads a classpath resource.
     *
     * @return entries by group name, each group in file order
     * @throws IllegalStateException when the resource is missing (a packaging error, not a data error)
     */
    static Map<String, List<String>> read(String resource) {
        InputStream in = GroupedWordList.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing language resource " + resource);
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        String group = "";
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (entry.isEmpty()) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    group = entry.substring(1, entry.length() - 1).strip();
                    groups.computeIfAbsent(group, g -> new ArrayList<>());
                } else {
                    groups.computeIfAbsent(group, g -> new ArrayList<>()).add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        groups.replaceAll((name, entries) -> List.copyOf(entries));
        return Map.copyOf(groups);
    }
}
