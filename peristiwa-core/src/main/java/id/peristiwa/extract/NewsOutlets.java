package id.peristiwa.extract;

import id.peristiwa.lang.FormLine;
import id.peristiwa.lang.LanguagePackFile;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of news outlets and agencies, and the features that make an unknown name look like one: a web domain
 * ("Liputan6.com", "TEMPO.CO") or a typical publication word ("Warta", "Pos"). Loaded from a language-pack data
 * file; immutable and thread-safe. Public so that attribution reads relays ("dilansir Yonhap") from the same list.
 */
public final class NewsOutlets {

    static final String INDONESIAN = "id/peristiwa/lang/id/news-outlets.txt";

    private static final Pattern DOMAIN =
            Pattern.compile("[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final Set<String> names;
    private final Set<String> words;

    private NewsOutlets(Set<String> names, Set<String> words) {
        this.names = Set.copyOf(names);
        this.words = Set.copyOf(words);
    }

    /** The Indonesian pack's outlets and agencies ({@code news-outlets.txt}). */
    public static NewsOutlets indonesian() {
        return load(INDONESIAN);
    }

    /** Loads the groups "agency" and "outlet" as names and "word" as publication words. */
    static NewsOutlets load(String resource) {
        Set<String> names = new HashSet<>();
        Set<String> words = new HashSet<>();
        LanguagePackFile.groups(resource).forEach((group, entries) -> {
            Set<String> target = group.equals("word") ? words : names;
            // An outlet line may carry the outlet's country after "=>" and an exact-case mark ("=APA"), both for
            // the gazetteer; here only the name counts.
            entries.forEach(e -> FormLine.parse(e).forms().forEach(form -> target.add(key(FormLine.unmarked(form)))));
        });
        return new NewsOutlets(names, words);
    }

    /** True when the name is listed, as a whole or by its first word ("ANTARA News", "Kompas TV"). */
    public boolean isKnown(String name) {
        String key = key(name);
        int space = key.indexOf(' ');
        return names.contains(key) || (space > 0 && names.contains(key.substring(0, space)));
    }

    /** True when the name is listed, is a web domain, or contains a publication word. */
    boolean looksLikeOutlet(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        if (isKnown(trimmed) || DOMAIN.matcher(trimmed).matches()) {
            return true;
        }
        return List.of(SPACE.split(key(trimmed))).stream().anyMatch(words::contains);
    }

    /** The name in lower case with each run of white space made one space, trimmed; asked for often, so no regex. */
    private static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = key.length() > 0;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }
}
