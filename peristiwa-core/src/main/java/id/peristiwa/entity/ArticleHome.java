package id.peristiwa.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Gives the bodies the press names without a country ("polisi", "para demonstran", "aparat") the country the
 * article is about when that is not the pack's default: an article that names Pakistan and Punjab and nothing
 * Indonesian means Pakistan's police by "polisi". The article's country is the one its actors and places name most;
 * a body keeps its default whenever the article names anything of the default country, or names no country at all.
 * A titled person coded through such a body ("Kepala kepolisian") moves with it; actors of the defaulted codes do not
 * count as naming the default country.
 * Immutable; safe to share between threads.
 */
public final class ArticleHome {
    /**
     * How often a country must be named for the article to be about it: a domestic report that names a neighbour
     * once ("dipulangkan dari Malaysia") keeps its police Indonesian.
     */
    static final int MIN_NAMED = 2;

    private final Dictionaries dictionaries;

    /** A pass over the given dictionaries' bodies and places. */
    public ArticleHome(Dictionaries dictionaries) {
        this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    }

    /**
     * The mentions with defaulted bodies moved to the article's country, or the same list when none moves.
     *
     * @param mentions an article's mentions, in text order
     */
    public List<Mention> apply(List<Mention> mentions) {
        Set<String> defaulted = new HashSet<>();
        for (Mention m : mentions) {
            if (dictionaries.defaulted(m)) {
                defaulted.add(m.actor().code());
            }
        }
        if (defaulted.isEmpty()) {
            return mentions;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : mentions) {
            Actor a = m.actor();
            if (a != null && defaulted.contains(a.code())) {
                continue;
            }
            String country = a != null ? a.country()
                    : m.kind() == MentionKind.LOCATION ? dictionaries.place(m.text()).map(Place::country).orElse(null)
                    : null;
            if (country != null && (a == null || !"MED".equals(a.sector()))) {
                counts.merge(country, 1, Integer::sum);
            }
        }
        String home = counts.entrySet().stream().filter(e -> e.getValue() >= MIN_NAMED)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (home == null || defaulted.stream().anyMatch(code -> counts.containsKey(code.substring(0, 3)))) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Actor a = m.actor();
            out.add(a != null && defaulted.contains(a.code())
                    && (dictionaries.defaulted(m) || m.kind() == MentionKind.PERSON && a.role() != null)
                    ? new Mention(m.span(), m.text(), m.kind(),
                            new Actor(home + a.sector(), home, a.sector(), a.name(), a.role()), m.refersTo())
                    : m);
        }
        return List.copyOf(out);
    }
}
