package id.peristiwa.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which JSON Lines field holds each piece of a document. Every component is the name of a field in the input
 * records; the component's own name is Peristiwa's name for it.
 *
 * @param text    field holding the page or article text
 * @param html    field holding the page's HTML (preferred over {@code text} when both are present)
 * @param url     field holding the page address
 * @param title   field holding the headline
 * @param date    field holding the publication date
 * @param outlet  field holding the outlet (site or newspaper) name
 * @param section field holding the rubric or section
 * @param author  field holding the byline
 */
public record JsonFields(String text, String html, String url, String title, String date, String outlet,
                         String section, String author) {

    /** Peristiwa's names for the fields, in component order; {@link #parse} accepts exactly these keys. */
    static final List<String> KEYS = List.of("text", "html", "url", "title", "date", "outlet", "section", "author");

    public JsonFields {
        for (String field : new String[] {text, html, url, title, date, outlet, section, author}) {
            Objects.requireNonNull(field, "JSON field names must not be null");
            if (field.isBlank()) {
                throw new IllegalArgumentException("JSON field names must not be blank");
            }
        }
    }

    /** Fields named as Peristiwa names them: text, html, url, title, date, outlet, section, author. */
    public static JsonFields defaults() {
        return new JsonFields("text", "html", "url", "title", "date", "outlet", "section", "author");
    }

    /**
     * Reads a mapping such as {@code text=body,date=published_at}: each {@code key=field} pair renames one
     * field, and keys not mentioned keep their defaults. A null or blank spec gives the defaults.
     *
     * @throws IllegalArgumentException when a pair lacks {@code =}, names an unknown key, repeats a key, or maps
     *                                  a key to an empty field name; the message says which and lists the keys
     */
    public static JsonFields parse(String spec) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String key : KEYS) {
            names.put(key, key);
        }
        if (spec != null && !spec.isBlank()) {
            Map<String, String> seen = new LinkedHashMap<>();
            for (String pair : spec.split(",")) {
                int eq = pair.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("JSON field mapping \"" + pair.trim()
                            + "\" is not of the form key=field (keys: " + String.join(", ", KEYS) + ")");
                }
                String key = pair.substring(0, eq).trim();
                String field = pair.substring(eq + 1).trim();
                if (!KEYS.contains(key)) {
                    throw new IllegalArgumentException("unknown JSON field key \"" + key + "\"; known keys: "
                            + String.join(", ", KEYS));
                }
                if (field.isEmpty()) {
                    throw new IllegalArgumentException("JSON field key \"" + key + "\" is mapped to an empty name");
                }
                if (seen.put(key, field) != null) {
                    throw new IllegalArgumentException("JSON field key \"" + key + "\" is mapped twice");
                }
                names.put(key, field);
            }
        }
        return new JsonFields(names.get("text"), names.get("html"), names.get("url"), names.get("title"),
                names.get("date"), names.get("outlet"), names.get("section"), names.get("author"));
    }

    /** Peristiwa's metadata names (title, date, url, outlet, section, author) mapped to the input's field names. */
    Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("date", date);
        m.put("url", url);
        m.put("outlet", outlet);
        m.put("section", section);
        m.put("author", author);
        return m;
    }
}
