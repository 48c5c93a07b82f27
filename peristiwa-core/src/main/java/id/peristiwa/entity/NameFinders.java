package id.peristiwa.entity;

import id.peristiwa.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Several name finders in order of trust: what an earlier finder names stands, and a later one only adds names
 * that overlap none found before (a gazetteer before a statistical tagger).
 */
public final class NameFinders implements NameFinder {

    private final List<NameFinder> finders;

    /** The finders, most trusted first. */
    public NameFinders(List<NameFinder> finders) {
        this.finders = List.copyOf(finders);
    }

    @Override
    public List<Mention> find(String text, Sentence sentence, LocalDate asOf) {
        List<Mention> found = new ArrayList<>();
        for (NameFinder finder : finders) {
            for (Mention candidate : finder.find(text, sentence, asOf)) {
                if (found.stream().noneMatch(m -> m.start() < candidate.end() && candidate.start() < m.end())) {
                    found.add(candidate);
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }
}
