package id.peristiwa.entity;

import id.peristiwa.document.Span;
import id.peristiwa.extract.DateVocabulary;
import id.peristiwa.lang.FormLine;
import id.peristiwa.lang.LanguagePackFile;
import id.peristiwa.text.Segmenter;
import id.peristiwa.text.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Everything the mention finder knows: country names (CLDR plus the pack's aliases), places, organizations,
 * news outlets, sector words and titles, office holders, and the cue words around them, all from the
 * Indonesian language pack, optionally extended by user directories and PETRARCH actor dictionaries.
 * Immutable and safe to share between threads.
 *
 * <p>Override rule: sources are read in order (the pack, then each user directory in the order given); where
 * two sources list the same form (same tokens, compared without case), the one read last wins wherever its
 * case rule accepts the text. A user file named like a pack file ({@code countries.txt}, {@code places.txt},
 * {@code organizations.txt}, {@code sector-words.txt}, {@code office-holders.txt}, {@code cues.txt},
 * {@code news-outlets.txt}) is read in the pack's format; a file ending in {@code .actors.txt} is read as a
 * PETRARCH actor dictionary; other files are ignored.
 */
public final class Dictionaries {
    static final String PACK = "id/peristiwa/lang/id/";
    static final List<String> FILES = List.of("gazetteer/places.txt", "news-outlets.txt",
            "gazetteer/organizations.txt", "gazetteer/sector-words.txt", "gazetteer/office-holders.txt",
            "gazetteer/countries.txt");
    private static final String CUES = "gazetteer/cues.txt";
    /** The mark of a body or organization whose country the article may decide (see {@link ArticleHome}). */
    private static final String LOCAL = "local";
    /** The mark of a head whose default holds only before a capitalized name. */
    private static final String NAMED = "named";
    /** The mark of a title whose office is a region's, named right after it. */
    private static final String REGION = "region";

    private final TokenTrie trie;
    private final Cues cues;
    private final Map<String, String> countryNames;
    private final PlaceIndex places;
    private final Segmenter segmenter;
    private final Set<String> localDefaults;
    private final Map<String, String> namedHeads;
    private final Map<String, Set<String>> spelledOut;

    private Dictionaries(TokenTrie trie, Cues cues, Map<String, String> countryNames, PlaceIndex places,
            Segmenter segmenter, Set<String> localDefaults, Map<String, String> namedHeads,
            Map<String, Set<String>> spelledOut) {
        this.trie = trie;
        this.cues = cues;
        this.countryNames = countryNames;
        this.places = places;
        this.segmenter = segmenter;
        this.localDefaults = Set.copyOf(localDefaults);
        this.namedHeads = Map.copyOf(namedHeads);
        Map<String, Set<String>> forms = new HashMap<>();
        spelledOut.forEach((key, names) -> forms.put(key, Set.copyOf(names)));
        this.spelledOut = Map.copyOf(forms);
    }

    /**
     * What the gazetteer says an acronym of an actor stands for: those of the names it lists for the actor's entry
     * whose words have the acronym's letters for initials ("Partai Kebangkitan Bangsa" for the party's "PKB"),
     * in {@link DefinedAcronyms#plain} form; empty when it lists none.
     */
    Set<String> spelledOut(Actor actor, String acronym) {
        return spelledOut.getOrDefault(acronymKey(actor.name(), acronym), Set.of());
    }

    /** The key of an entry's acronym: the entry's name and the letters. */
    private static String acronymKey(String entryName, String acronym) {
        return entryName + '\t' + acronym;
    }

    /**
     * Whether a mention's actor has the pack's default country only because the press names such a body in Indonesian
     * words whatever its country: a body found everywhere ("polisi", "demonstran") or an organization marked
     * {@code local} ("Mahkamah Agung") with its default code, or a capitalized name under a head marked
     * {@code named} ("Badan Pengawas Obat dan Makanan"). Another country's article may own it.
     */
    boolean defaulted(Mention mention) {
        Actor actor = mention.actor();
        if (actor == null) {
            return false;
        }
        if (localDefaults.contains(actor.name() + '\t' + actor.code())) {
            return true;
        }
        int space = mention.text().indexOf(' ');
        return mention.kind() == MentionKind.ORGANIZATION && space > 0
                && actor.code().equals(namedHeads.get(mention.text().substring(0, space).toLowerCase(Locale.ROOT)));
    }

    /** The Indonesian pack alone. */
    public static Dictionaries indonesian() {
        return load(List.of());
    }

    /**
     * The Indonesian pack extended by user directories, read in order (see the class comment for the
     * override rule). A missing directory is an error, not an empty one.
     *
     * @param dirs directories of data files, possibly empty
     * @throws UncheckedIOException when a directory or file cannot be read
     */
    public static Dictionaries load(List<Path> dirs) {
        Objects.requireNonNull(dirs, "dirs");
        Builder builder = new Builder();
        for (String file : FILES) {
            builder.file(file, LanguagePackFile.groups(PACK + file));
            if (file.equals("news-outlets.txt")) {
                builder.cldrCountries();
            }
        }
        builder.cues(LanguagePackFile.groups(PACK + CUES));
        for (Path dir : dirs) {
            builder.directory(dir);
        }
        return builder.build();
    }

    /** How many written forms the gazetteer holds. */
    public int size() {
        return trie.size();
    }

    /**
     * Where a named place is: a city, region or country the gazetteer lists under that name in any case ("Seoul",
     * "semenanjung korea", "Korsel"), with its canonical name and coordinates. A country is located at its
     * capital. A name that is both a city and a country ("Singapura") is the city.
     *
     * @param name the place as written; null or blank gives empty
     */
    public Optional<Place> place(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String form = name.strip();
        return Optional.ofNullable(places.place(String.join(" ", Builder.keys(segmenter, form)), countryNames));
    }

    /**
     * A country as a place: its canonical Indonesian name, located at its capital (coordinates null when the
     * gazetteer lists no capital for it).
     *
     * @param alpha3 an ISO 3166 alpha-3 code; anything else gives empty
     */
    public Optional<Place> country(String alpha3) {
        return alpha3 != null && isCountry(alpha3)
                ? Optional.of(places.country(alpha3, countryName(alpha3))) : Optional.empty();
    }

    /**
     * Whether a place cue ({@code gazetteer/cues.txt}: [place] such as "di", "tiba di", "perairan", or
     * [capital-place] "ke") ends right before token {@code index}, so that what starts there is named as where
     * something happens.
     *
     * @param tokens a sentence's tokens
     * @param index  the index of a name's first token
     */
    public boolean placeCueBefore(List<Token> tokens, int index) {
        return cues.placeCueBefore(tokens, 0, index) || cues.capitalCueBefore(tokens, 0, index);
    }

    /**
     * The words of the names of one kind this gazetteer knows (see {@link NameWords}): countries (with their
     * aliases and CLDR names), other places, organizations (outlets included) or persons (office holders).
     * Sector words and titles are no names and are left out. Built on each call; callers keep it.
     *
     * @param kind what the names name
     */
    public NameWords nameWords(MentionKind kind) {
        Objects.requireNonNull(kind, "kind");
        NameWords.Builder words = new NameWords.Builder();
        trie.forEach(form -> {
            if (kindOf(form.entry().kind()) == kind) {
                words.add(form);
            }
        });
        return words.build();
    }

    private static MentionKind kindOf(EntryKind kind) {
        return switch (kind) {
            case COUNTRY -> MentionKind.COUNTRY;
            case PLACE -> MentionKind.LOCATION;
            case ORGANIZATION -> MentionKind.ORGANIZATION;
            case PERSON -> MentionKind.PERSON;
            case BODY, ROLE -> null;
        };
    }

    TokenTrie trie() {
        return trie;
    }

    Cues cues() {
        return cues;
    }

    /** The canonical name of a country by alpha-3 code, or the code itself when CLDR has none. */
    String countryName(String alpha3) {
        return countryNames.getOrDefault(alpha3, alpha3);
    }

    /** Whether {@code alpha3} is an ISO 3166 country code (so that {@code USAMIL} splits as USA + MIL). */
    boolean isCountry(String alpha3) {
        return countryNames.containsKey(alpha3);
    }

    /** Reads sources in order into one trie. */
    private static final class Builder {
        private final Segmenter segmenter = Segmenter.indonesian();
        private final TokenTrie trie = new TokenTrie();
        private final Map<String, String> countryNames = CountryNames.of(Locale.of("id"));
        private final Set<String> place = new HashSet<>();
        private final Set<String> capitalPlace = new HashSet<>();
        private final Set<String> afterName = new HashSet<>();
        private final Set<String> posting = new HashSet<>();
        private final Set<String> particle = new HashSet<>();
        private final Set<String> notName = new HashSet<>();
        private final PlaceIndex places = new PlaceIndex();
        private final Set<String> localDefaults = new HashSet<>();
        private final Map<String, String> namedHeads = new HashMap<>();
        private final Map<String, Set<String>> spelledOut = new HashMap<>();

        Builder() {
            // Weekday names end a person's name ("Lloyd Austin Selasa (31/1)"); read from the date files' pack.
            for (String weekday : DateVocabulary.load().weekdays().keySet()) {
                if (weekday.length() > 3) {
                    notName.add(weekday);
                }
            }
        }

        void cldrCountries() {
            countryNames.forEach((alpha3, name) -> {
                add(name, new GazetteerEntry(EntryKind.COUNTRY, name, List.of(DatedCode.always(alpha3)), null, null,
                        alpha3, false, "CLDR"));
                places.addCountry(key(name), alpha3);
            });
        }

        void directory(Path dir) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".actors.txt")) {
                        PetrarchActors.read(file, (names, entry) -> names.forEach(n -> add(n, entry, false)));
                    } else if (name.equals("cues.txt")) {
                        cues(LanguagePackFile.groups(file));
                    } else {
                        FILES.stream().filter(f -> f.endsWith("/" + name) || f.equals(name)).findFirst()
                                .ifPresent(f -> file(f, LanguagePackFile.groups(file)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list dictionary directory " + dir, e);
            }
        }

        void file(String file, Map<String, List<String>> groups) {
            Function<GazetteerLine, GazetteerEntry> reader = switch (file) {
                case "gazetteer/places.txt" -> line -> place(line, file);
                case "news-outlets.txt" -> line -> outlet(line, file);
                case "gazetteer/organizations.txt", "gazetteer/office-holders.txt" -> line -> coded(line, file);
                case "gazetteer/countries.txt" -> line -> country(line, file);
                default -> null;
            };
            groups.forEach((group, lines) -> {
                for (String text : lines) {
                    GazetteerLine line = GazetteerLine.parse(text);
                    GazetteerEntry entry = reader != null ? reader.apply(line)
                            : sectorWord(line, group.equals("role") ? EntryKind.ROLE : EntryKind.BODY, file);
                    if (entry != null && !(file.equals("news-outlets.txt") && group.equals("word"))) {
                        line.forms().forEach(form -> add(form, entry));
                        index(file, group, line, entry);
                    }
                }
            });
        }

        /** Adds the forms of a place or country line to the place index. */
        private void index(String file, String group, GazetteerLine line, GazetteerEntry entry) {
            List<String> keys = line.forms().stream().map(this::key).toList();
            if (entry.kind() == EntryKind.PLACE) {
                places.addPlace(group, line, entry.country(), keys);
            } else if (entry.kind() == EntryKind.COUNTRY && file.endsWith("countries.txt")) {
                keys.forEach(key -> places.addCountry(key, entry.country()));
            }
        }

        /** A form's lookup key: its normalized tokens, space-joined, without the exact-case mark. */
        private String key(String form) {
            return String.join(" ", keys(segmenter, FormLine.unmarked(form)));
        }

        private GazetteerEntry place(GazetteerLine line, String file) {
            String country = null;
            for (String value : line.values()) {
                if (value.length() == 3 && value.chars().allMatch(Character::isUpperCase)) {
                    country = value;
                }
            }
            return new GazetteerEntry(EntryKind.PLACE, line.name(), List.of(), null, null, country,
                    line.values().contains("metonym"), file);
        }

        private GazetteerEntry outlet(GazetteerLine line, String file) {
            if (line.values().isEmpty()) {
                return null; // an outlet with no country is known to datelines only
            }
            String country = line.values().getFirst();
            return new GazetteerEntry(EntryKind.ORGANIZATION, line.name(),
                    List.of(DatedCode.always(country + "MED")), "MED", null, country, false, file);
        }

        private GazetteerEntry coded(GazetteerLine line, String file) {
            List<DatedCode> codes = line.values().stream().filter(v -> !v.equals(LOCAL))
                    .map(GazetteerLine::datedCode).toList();
            if (line.values().contains(LOCAL)) {
                codes.forEach(c -> localDefaults.add(line.name() + '\t' + c.code()));
            }
            EntryKind kind = file.endsWith("office-holders.txt") ? EntryKind.PERSON : EntryKind.ORGANIZATION;
            return new GazetteerEntry(kind, line.name(), codes, null, null, null, false, file);
        }

        private GazetteerEntry country(GazetteerLine line, String file) {
            String alpha3 = line.values().getFirst();
            return new GazetteerEntry(EntryKind.COUNTRY, countryNames.getOrDefault(alpha3, line.name()),
                    List.of(DatedCode.always(alpha3)), null, null, alpha3, false, file);
        }

        private GazetteerEntry sectorWord(GazetteerLine line, EntryKind kind, String file) {
            String value = line.values().isEmpty() ? null : line.values().getFirst();
            boolean fullCode = value != null && value.length() > 3;
            String defaultCountry = line.option("default");
            GazetteerEntry.Unqualified unqualified = line.values().contains(LOCAL) ? GazetteerEntry.Unqualified.LOCAL
                    : line.values().contains(NAMED) ? GazetteerEntry.Unqualified.NAMED
                    : line.values().contains(REGION) ? GazetteerEntry.Unqualified.REGIONAL
                    : GazetteerEntry.Unqualified.DEFAULT;
            if (defaultCountry != null && !fullCode) {
                String code = defaultCountry + value;
                switch (unqualified) {
                    case LOCAL -> localDefaults.add(line.name() + '\t' + code);
                    case NAMED -> line.forms().forEach(form -> namedHeads.put(form.toLowerCase(Locale.ROOT), code));
                    case DEFAULT, REGIONAL -> {
                    }
                }
            }
            return new GazetteerEntry(kind, line.name(), fullCode ? List.of(DatedCode.always(value)) : List.of(),
                    fullCode ? null : value, defaultCountry, null, false, file, unqualified);
        }

        void cues(Map<String, List<String>> groups) {
            groups.forEach((group, words) -> {
                Set<String> target = switch (group) {
                    case "place" -> place;
                    case "capital-place" -> capitalPlace;
                    case "after-name" -> afterName;
                    case "posting" -> posting;
                    case "particle" -> particle;
                    case "not-name" -> notName;
                    default -> null;
                };
                if (target != null) {
                    words.forEach(w -> target.add(String.join(" ", keys(w))));
                }
            });
        }

        private void add(String written, GazetteerEntry entry) {
            add(written, entry, true);
        }

        /** Adds one form; {@code caseSensitive} false for PETRARCH names, which are written in capitals. */
        private void add(String written, GazetteerEntry entry, boolean caseSensitive) {
            String form = FormLine.unmarked(written);
            boolean exact = form.length() < written.length();
            String initials = DefinedAcronyms.initials(form);
            if (DefinedAcronyms.isAcronym(initials)) {
                spelledOut.computeIfAbsent(acronymKey(entry.name(), initials), k -> new HashSet<>())
                        .add(DefinedAcronyms.plain(form));
            }
            List<Token> tokens = segmenter.tokens(form, new Span(0, form.length()));
            if (tokens.isEmpty()) {
                return;
            }
            String[] keys = new String[tokens.size()];
            String[] text = new String[tokens.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = tokens.get(i).normalized();
                text[i] = form.substring(tokens.get(i).start(), tokens.get(i).end());
            }
            Form.CaseRule rule = exact ? Form.CaseRule.EXACT
                    : caseSensitive && Character.isUpperCase(form.codePointAt(0)) ? Form.CaseRule.CAPITAL
                    : Form.CaseRule.ANY;
            trie.add(new Form(keys, text, rule, entry));
        }

        private String[] keys(String words) {
            return keys(segmenter, words);
        }

        static String[] keys(Segmenter segmenter, String words) {
            return segmenter.tokens(words, new Span(0, words.length())).stream().map(Token::normalized)
                    .toArray(String[]::new);
        }

        Dictionaries build() {
            return new Dictionaries(trie, new Cues(place, capitalPlace, afterName, posting, particle, notName),
                    Map.copyOf(countryNames), places, segmenter, localDefaults, namedHeads, spelledOut);
        }
    }
}
