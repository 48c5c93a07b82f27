package id.peristiwa.entity;

import id.peristiwa.document.Span;
import id.peristiwa.document.TextOrder;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The mentions of one article as {@link Coreference} walks it: what has been named so far, in which sentence,
 * which of it lay inside quotation marks or was coordinated with the name before it ("AS dan Korsel"), and the
 * names a later surname or repetition may stand for. One per article.
 */
final class ArticleReferences {
    private static final String MEDIA = "MED";
    /**
     * How many mentions back (or forward, within a sentence) a reference looks for what it stands for. News text
     * refers within a few paragraphs; the bound keeps a page of references with nothing to refer to ("keduanya"
     * ten thousand times) from reading every earlier mention each time.
     */
    static final int LOOKBACK = 512;

    private final Map<String, String> countryNames;
    private final List<Mention> mentions = new ArrayList<>();
    private final BitSet quoted = new BitSet();
    /** Mentions joined to the one before them by a comma or "dan" only. */
    private final BitSet joined = new BitSet();
    /** The index of the first mention of each sentence begun so far. */
    private final List<Integer> sentenceStarts = new ArrayList<>();
    /** Full names and the surnames of people named so far, lower case, to the mention that named them. */
    private final Map<String, Integer> people = new HashMap<>();
    /** By country: the first mention of an actor of it. */
    private final Map<String, Integer> firstOfCountry = new HashMap<>();
    /** By country: the last single mention of the bare country, and the last single mention of any actor of it. */
    private final Map<String, Integer> lastBareCountry = new HashMap<>();
    private final Map<String, Integer> lastOfCountry = new HashMap<>();

    /** @param countryNames canonical country names by alpha-3 code, for the countries references stand for */
    ArticleReferences(Map<String, String> countryNames) {
        this.countryNames = countryNames;
    }

    /** Marks the start of a sentence: mentions taken from now on belong to it. */
    void startSentence() {
        sentenceStarts.add(mentions.size());
    }

    /**
     * Takes a name found by an earlier stage; a bare repetition or surname of a known person is linked to it.
     *
     * @param coordinated whether only a comma or a conjunction separates it from the name before it
     */
    void name(Mention mention, boolean inQuotation, boolean coordinated) {
        // An uncoded name that repeats a person named before is that person, whatever kind the tagger guessed:
        // "Austin" after "Lloyd Austin" is no city.
        if (mention.actor() == null && mention.refersTo().isEmpty()) {
            Integer earlier = people.get(mention.text().toLowerCase(Locale.ROOT));
            if (earlier != null) {
                add(new Mention(mention.span(), mention.text(), MentionKind.PERSON, mentions.get(earlier).actor(),
                        List.of(earlier)), inQuotation, coordinated);
                return;
            }
        }
        int index = add(mention, inQuotation, coordinated);
        if (mention.kind() == MentionKind.PERSON && mention.refersTo().isEmpty()) {
            remember(mention, index);
        }
    }

    /** A capitalized word that may be the surname of a person named before; ignored when it is none. */
    void surname(Span span, String text, String key, boolean inQuotation) {
        Integer earlier = people.get(key);
        if (earlier != null) {
            add(new Mention(span, text, MentionKind.PERSON, mentions.get(earlier).actor(), List.of(earlier)),
                    inQuotation, false);
        }
    }

    /**
     * A reference expression; becomes a mention when its referents are found before it (and, for a kind read
     * only outside quotations, when it stands outside one).
     *
     * @return whether it did
     */
    boolean refer(Span span, String text, ReferenceExpressions.Found found, boolean inQuotation) {
        ReferenceKind kind = found.kind();
        if (inQuotation && kind.outsideQuotationOnly()) {
            return false;
        }
        List<Integer> referents = referents(found);
        if (referents.size() < found.arity()) {
            return false;
        }
        Mention first = mentions.get(referents.getFirst());
        Actor actor = referents.size() > 1 ? null : switch (kind) {
            case COUNTRY, OWN_COUNTRY, HALF -> bareCountry(first.actor());
            default -> first.actor();
        };
        add(new Mention(span, text, kind.mentionKind(first.kind()), actor, referents), inQuotation, false);
        return true;
    }

    /** All mentions so far, in text order. */
    List<Mention> mentions() {
        return List.copyOf(mentions);
    }

    private int add(Mention mention, boolean inQuotation, boolean coordinated) {
        mentions.add(mention);
        int index = mentions.size() - 1;
        quoted.set(index, inQuotation);
        joined.set(index, coordinated);
        Actor actor = mention.actor();
        if (actor != null && actor.country() != null) {
            firstOfCountry.putIfAbsent(actor.country(), index);
            if (single(index)) {
                lastOfCountry.put(actor.country(), index);
                if (actor.sector() == null && actor.code().equals(actor.country())) {
                    lastBareCountry.put(actor.country(), index);
                }
            }
        }
        return index;
    }

    /** The earliest mention a backward search reads. */
    private int lookbackStart() {
        return Math.max(0, mentions.size() - LOOKBACK);
    }

    /**
     * Remembers a person's full name and the words a later text may call them by: the last word (a Western
     * family name, "Austin"), and the first (an East Asian family name, "Yoon", "Xi"; or an Indonesian name,
     * "Dahnil", "Aan"), the first taken second so that a surname never gives way to a given name.
     */
    private void remember(Mention person, int index) {
        String name = person.text().toLowerCase(Locale.ROOT);
        keep(name, index);
        String[] words = name.split("\\s+");
        boolean titleOnly = person.actor() != null && person.text().equals(person.actor().role());
        if (words.length > 1 && !titleOnly) { // "Ketua" is not what "Ketua MPR" is called
            keep(words[words.length - 1], index);
            keep(words[0], index);
        }
    }

    private void keep(String key, int index) {
        Integer known = people.get(key);
        if (known == null || mentions.get(known).actor() == null) {
            people.put(key, index);
        }
    }

    private List<Integer> referents(ReferenceExpressions.Found found) {
        Predicate<Mention> person = m -> m.kind() == MentionKind.PERSON;
        return switch (found.kind()) {
            case PERSON -> subject(person, false);
            case SPEAKER -> subject(person, true);
            case PERSONS -> nearest(found.arity(), person, false);
            case COUNTRIES -> countries(found.arity(), null);
            case OTHERS -> countries(found.arity(), subjectCountry());
            case PAIR -> {
                int subject = subjectIndex();
                yield subject >= 0 && mentions.get(subject).kind() == MentionKind.PERSON
                        ? nearest(2, person, false) : countries(2, null);
            }
            case COUNTRY -> {
                Predicate<Mention> country = m -> m.kind() == MentionKind.COUNTRY && hasCountry(m);
                List<Integer> found1 = nearest(1, country, false, currentSentence());
                if (found1.isEmpty()) {
                    found1 = nearest(1, ArticleReferences::hasCountry, false, currentSentence());
                }
                yield found1.isEmpty() ? nearest(1, country, false) : found1;
            }
            case OWN_COUNTRY -> nearest(1, ArticleReferences::hasCountry, false);
            case ORGANIZATION -> {
                Predicate<Mention> organization = m -> m.kind() == MentionKind.ORGANIZATION && notMedia(m);
                List<Integer> named = nearest(1, organization.and(m -> m.text().toLowerCase(Locale.ROOT)
                        .contains(found.head())), false);
                yield named.isEmpty() ? nearest(1, organization, false) : named;
            }
            case GROUP -> group();
            case HALF -> {
                String suffix = " " + found.head();
                yield nearest(1, m -> hasCountry(m) && countryNames.getOrDefault(m.actor().country(), "")
                        .toLowerCase(Locale.ROOT).endsWith(suffix), false);
            }
            case PARTY -> {
                // Whoever the subject is, coded or not: "Hermansyah menambahkan, pihaknya" is no earlier official's.
                Predicate<Mention> party = m -> m.kind() != MentionKind.LOCATION && notMedia(m);
                int subject = firstOfSentence(party);
                yield subject >= 0 ? List.of(root(subject)) : nearest(1, party, false);
            }
        };
    }

    /**
     * A group acting as many ("mereka"): the nearest organization that is not a news outlet, unless people
     * coordinated after it ("Sheila Marcia dan rekannya Melodya") are nearer; then those people.
     */
    private List<Integer> group() {
        List<Integer> organization = nearest(1, m -> m.kind() == MentionKind.ORGANIZATION && notMedia(m), false);
        int after = organization.isEmpty() ? lookbackStart() : organization.getFirst() + 1;
        for (int i = mentions.size() - 1; i > after; i--) {
            if (joined.get(i) && isPerson(i) && isPerson(i - 1)) {
                return nearest(2, m -> m.kind() == MentionKind.PERSON, false, i + 1);
            }
        }
        return organization;
    }

    private boolean isPerson(int index) {
        return single(index) && mentions.get(index).kind() == MentionKind.PERSON;
    }

    /**
     * A person by salience: the nearest one in the current sentence; else the first one named in the nearest
     * earlier sentence that names any (its subject, as a rule, rather than an object named after it).
     */
    private List<Integer> subject(Predicate<Mention> test, boolean outsideQuotation) {
        List<Integer> nearest = nearest(1, test, outsideQuotation);
        if (nearest.isEmpty()) {
            return nearest;
        }
        int last = lastMatching(test, outsideQuotation);
        int start = sentenceStartOf(last);
        if (start == currentSentence()) {
            return nearest;
        }
        for (int i = Math.max(start, lookbackStart()); i <= last; i++) {
            if (single(i) && test.test(mentions.get(i)) && !(outsideQuotation && quoted.get(i))) {
                return List.of(root(i));
            }
        }
        return nearest;
    }

    /**
     * The subject the text is about at this point: the first actor of the current sentence, else the first actor
     * of the nearest earlier sentence that names one (news outlets left out); -1 when there is none.
     */
    private int subjectIndex() {
        Predicate<Mention> actor = m -> m.actor() != null && notMedia(m);
        int subject = firstOfSentence(actor);
        if (subject >= 0) {
            return subject;
        }
        int last = lastMatching(actor, true);
        if (last < 0) {
            return -1;
        }
        for (int i = Math.max(sentenceStartOf(last), lookbackStart()); i <= last; i++) {
            if (single(i) && !quoted.get(i) && actor.test(mentions.get(i))) {
                return i;
            }
        }
        return last;
    }

    /** The country of the sentence's first actor, or null. */
    private String subjectCountry() {
        int subject = firstOfSentence(m -> m.actor() != null && notMedia(m));
        return subject < 0 ? null : mentions.get(subject).actor().country();
    }

    /**
     * {@code count} countries, none of them {@code excluded}: those of the nearest coordination naming exactly
     * that many, else the nearest distinct ones; each taken back to a mention of the bare country if any, and
     * listed in the order the article first named them ("kedua negara" after Thailand and then Cambodia is
     * Thailand and Cambodia, whichever was named last).
     */
    private List<Integer> countries(int count, String excluded) {
        List<String> chosen = coordinatedCountries(count, excluded);
        if (chosen == null) {
            chosen = nearestCountries(count, excluded);
        }
        return chosen.stream().sorted(Comparator.comparingInt(this::firstNamed)).map(this::countryMention).toList();
    }

    /** The index of the first mention of an actor of the country. */
    private int firstNamed(String country) {
        return firstOfCountry.getOrDefault(country, mentions.size());
    }

    private List<String> coordinatedCountries(int count, String excluded) {
        int end = mentions.size() - 1;
        int earliest = lookbackStart();
        while (end >= earliest) {
            int start = end;
            while (start > earliest && joined.get(start)) {
                start--;
            }
            if (start < end) {
                Set<String> group = new LinkedHashSet<>();
                for (int i = start; i <= end; i++) {
                    if (single(i) && hasCountry(mentions.get(i))) {
                        group.add(mentions.get(i).actor().country());
                    }
                }
                if (group.size() == count && !group.contains(excluded)) {
                    return List.copyOf(group);
                }
            }
            end = start - 1;
        }
        return null;
    }

    private List<String> nearestCountries(int count, String excluded) {
        Set<String> found = new LinkedHashSet<>();
        for (int i = mentions.size() - 1; i >= lookbackStart() && found.size() < count; i--) {
            if (single(i) && hasCountry(mentions.get(i))) {
                String country = mentions.get(i).actor().country();
                if (!country.equals(excluded)) {
                    found.add(country);
                }
            }
        }
        return List.copyOf(found);
    }

    /** The nearest mention of the bare country, else the nearest mention of any actor of it. */
    private int countryMention(String country) {
        Integer bare = lastBareCountry.get(country);
        Integer any = lastOfCountry.get(country);
        return bare != null ? root(bare) : any != null ? root(any) : -1;
    }

    /**
     * The {@code count} nearest distinct single mentions before index {@code before} that pass {@code test},
     * earliest first, each taken back to the name it refers to; {@code outsideQuotation} skips those that lay
     * inside quotation marks.
     */
    private List<Integer> nearest(int count, Predicate<Mention> test, boolean outsideQuotation, int before) {
        List<Integer> found = new ArrayList<>(count);
        for (int i = Math.min(before, mentions.size()) - 1; i >= lookbackStart() && found.size() < count; i--) {
            Mention m = mentions.get(i);
            if (!single(i) || !test.test(m) || (outsideQuotation && quoted.get(i))) {
                continue;
            }
            int root = root(i);
            if (!found.contains(root) && found.stream().noneMatch(f -> sameActor(f, root))) {
                found.add(root);
            }
        }
        return found.stream().sorted().toList();
    }

    private List<Integer> nearest(int count, Predicate<Mention> test, boolean outsideQuotation) {
        return nearest(count, test, outsideQuotation, mentions.size());
    }

    private int lastMatching(Predicate<Mention> test, boolean outsideQuotation) {
        for (int i = mentions.size() - 1; i >= lookbackStart(); i--) {
            if (single(i) && test.test(mentions.get(i)) && !(outsideQuotation && quoted.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The first mention of the current sentence that passes {@code test} outside quotations, or -1. */
    private int firstOfSentence(Predicate<Mention> test) {
        int from = currentSentence();
        for (int i = from; i < mentions.size() && i - from < LOOKBACK; i++) {
            if (single(i) && !quoted.get(i) && test.test(mentions.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private int currentSentence() {
        return sentenceStarts.isEmpty() ? 0 : sentenceStarts.getLast();
    }

    private int sentenceStartOf(int index) {
        // The last sentence starting at or before the index.
        int after = TextOrder.firstAtOrAfter(sentenceStarts.size(), sentenceStarts::get, index + 1);
        return after == 0 ? 0 : sentenceStarts.get(after - 1);
    }

    private boolean single(int index) {
        return mentions.get(index).refersTo().size() <= 1;
    }

    private static boolean hasCountry(Mention m) {
        return m.actor() != null && m.actor().country() != null;
    }

    private static boolean notMedia(Mention m) {
        return m.actor() == null || !MEDIA.equals(m.actor().sector());
    }

    /** The bare country of an actor ("KORGOV" gives "KOR"), or the actor itself when it has no country. */
    private Actor bareCountry(Actor actor) {
        if (actor == null || actor.country() == null || actor.sector() == null) {
            return actor;
        }
        String country = actor.country();
        return new Actor(country, country, null, countryNames.getOrDefault(country, country), null);
    }

    private boolean sameActor(int a, int b) {
        Actor x = mentions.get(a).actor();
        Actor y = mentions.get(b).actor();
        return x != null && y != null && Objects.equals(x.name(), y.name()) && x.code().equals(y.code());
    }

    /**
     * The name a mention refers back to, through chains of single references; a reference that carries an actor
     * of its own ("negaranya": the bare country of the person it points to) is its own root.
     */
    private int root(int index) {
        int i = index;
        while (mentions.get(i).refersTo().size() == 1) {
            Actor own = mentions.get(i).actor();
            int referent = mentions.get(i).refersTo().getFirst();
            Actor theirs = mentions.get(referent).actor();
            if (own != null && theirs != null && !own.code().equals(theirs.code())) {
                break;
            }
            i = referent;
        }
        return i;
    }
}
