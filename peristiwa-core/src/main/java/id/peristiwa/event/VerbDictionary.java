package id.peristiwa.event;

import id.peristiwa.lang.LanguagePackFile;
import id.peristiwa.text.WordLookup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event dictionary ({@code events/verb-patterns.txt}): verb patterns indexed by every surface form of their
 * first word, built once at load, so that finding the event words of a sentence costs one hash look-up per token.
 */
final class VerbDictionary {

    /** A pattern matched at tokens {@code [from, to)} of a sentence, in the voice its affixes give. */
    record Match(VerbPattern pattern, int from, int to, Voice voice) {
    }

    private static final Comparator<Match> BEST_FIRST = Comparator
            .comparingInt((Match m) -> m.to() - m.from()).reversed()
            .thenComparing(Comparator.comparingInt((Match m) -> m.pattern().weight()).reversed());

    private final List<VerbPattern> patterns;
    private final Map<String, VerbPattern> byId;
    private final WordLookup<List<VerbPattern>> byFirstForm;

    private VerbDictionary(List<VerbPattern> patterns) {
        this.patterns = List.copyOf(patterns);
        Map<String, VerbPattern> ids = new LinkedHashMap<>();
        Map<String, List<VerbPattern>> index = new HashMap<>();
        for (VerbPattern p : patterns) {
            if (ids.put(p.id(), p) != null) {
                throw new IllegalArgumentException("duplicate pattern id " + p.id());
            }
            for (String form : p.words().getFirst().forms().keySet()) {
                index.computeIfAbsent(form, f -> new ArrayList<>()).add(p);
            }
        }
        for (VerbPattern p : patterns) {
            requireKnown(ids, p.options().jointAs(), p);
            requireKnown(ids, p.options().targetAs(), p);
        }
        this.byId = ids;
        this.byFirstForm = WordLookup.of(index, 16);
    }

    /** The Indonesian pack's dictionary. */
    static VerbDictionary indonesian() {
        return parse(LanguagePackFile.entries("events/verb-patterns.txt"));
    }

    /**
     * A dictionary from entry lines ({@code id | pattern | type | mode | context | cameo | options | example}).
     *
     * @throws IllegalArgumentException on a malformed line, an unknown option, type or cross-reference
     */
    static VerbDictionary parse(List<String> lines) {
        List<VerbPattern> patterns = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\\|", -1);
            if (f.length != 8) {
                throw new IllegalArgumentException("event pattern needs 8 fields: " + line);
            }
            PatternOptions options = PatternOptions.parse(f[6]);
            List<VerbPattern.Word> words = new ArrayList<>();
            for (String w : f[1].strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                words.add(word(w, options));
            }
            patterns.add(new VerbPattern(f[0].strip(), words, PloverType.valueOf(f[2].strip()), dash(f[3]),
                    dash(f[4]), f[5].strip(), options, f[7].strip()));
        }
        return new VerbDictionary(patterns);
    }

    /** Every entry, in file order. */
    List<VerbPattern> patterns() {
        return patterns;
    }

    /** The entry with this id, or null. */
    VerbPattern byId(String id) {
        return byId.get(id);
    }

    /**
     * The patterns that match {@code words} (normalized tokens, clitics removed) starting at {@code i}, the most
     * specific first: more tokens, then longer words, then file order.
     */
    List<Match> matchesAt(List<String> words, int i) {
        List<VerbPattern> candidates = byFirstForm.get(words.get(i));
        if (candidates == null) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>(candidates.size());
        for (VerbPattern p : candidates) {
            Match m = match(p, words, i);
            if (m != null) {
                matches.add(m);
            }
        }
        matches.sort(BEST_FIRST);
        return matches;
    }

    private static Match match(VerbPattern p, List<String> words, int i) {
        List<VerbPattern.Word> pattern = p.words();
        if (i + pattern.size() > words.size()) {
            return null;
        }
        Voice rootVoice = null;
        Voice literalVoice = null;
        for (int k = 0; k < pattern.size(); k++) {
            VerbPattern.Word w = pattern.get(k);
            Voice v = w.forms().get(words.get(i + k));
            if (v == null) {
                return null;
            }
            if (w.root() && rootVoice == null) {
                rootVoice = v;
            } else if (!w.root() && literalVoice == null) {
                literalVoice = v;
            }
        }
        Voice voice = rootVoice != null ? rootVoice : literalVoice;
        return p.options().voices().contains(voice) ? new Match(p, i, i + pattern.size(), voice) : null;
    }

    private static VerbPattern.Word word(String written, PatternOptions options) {
        if (written.startsWith("=")) {
            String literal = written.substring(1);
            return new VerbPattern.Word(literal, Map.of(literal, literalVoice(literal, options)), false);
        }
        Map<String, Voice> forms = new HashMap<>(Inflections.forms(written, options.bare(), options.bareNoun(),
                options.per(), options.ber(), options.nouns()));
        forms.keySet().removeAll(options.excluded());
        return new VerbPattern.Word(written, Map.copyOf(forms), true);
    }

    /** A literal's voice from its shape: di- is passive, a noun by option or by -an is nominal, else a predicate. */
    private static Voice literalVoice(String literal, PatternOptions options) {
        if (literal.startsWith("di") && literal.length() > 4) {
            return Voice.PASSIVE;
        }
        if (options.bareNoun() || literal.endsWith("an") && literal.length() > 5) {
            return Voice.NOMINAL;
        }
        return Voice.ACTIVE;
    }

    private static String dash(String field) {
        String s = field.strip();
        return s.equals("-") ? null : s;
    }

    private static void requireKnown(Map<String, VerbPattern> ids, String ref, VerbPattern from) {
        if (ref != null && !ids.containsKey(ref)) {
            throw new IllegalArgumentException(from.id() + " refers to unknown entry " + ref);
        }
    }
}
