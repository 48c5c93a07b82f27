package id.peristiwa.entity;

import id.peristiwa.document.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The mentions of one article as {@link Coreference} walks it: what has been named so far, which of it lay
 * inside quotation marks, and the names a later surname or repetition may stand for. One per article.
 */
final class ArticleReferences {

    private final List<Mention> mentions = new ArrayList<>();
    private final BitSet quoted = new BitSet();
    /** Full names and the surnames of people named so far, lower case, to the mention that named them. */
    private final Map<String, Integer> people = new HashMap<>();

    /** Takes a name found by an earlier stage; a bare repetition or surname of a known person is linked to it. */
    void name(Mention mention, boolean inQuotation) {
        if (mention.kind() == MentionKind.PERSON && mention.actor() == null && mention.refersTo().isEmpty()) {
            Integer earlier = people.get(mention.text().toLowerCase(Locale.ROOT));
            if (earlier != null) {
                add(new Mention(mention.span(), mention.text(), MentionKind.PERSON, mentions.get(earlier).actor(),
                        List.of(earlier)), inQuotation);
                return;
            }
        }
        int index = add(mention, inQuotation);
        if (mention.kind() == MentionKind.PERSON && mention.refersTo().isEmpty()) {
            remember(mention, index);
        }
    }

    /** A capitalized word that may be the surname of a person named before; ignored when it is none. */
    void surname(Span span, String text, String key, boolean inQuotation) {
        Integer earlier = people.get(key);
        if (earlier != null) {
            add(new Mention(span, text, MentionKind.PERSON, mentions.get(earlier).actor(), List.of(earlier)),
                    inQuotation);
        }
    }

    /** A reference expression; becomes a mention when its referents are found before it. */
    void refer(Span span, String text, ReferenceKind kind, boolean inQuotation) {
        List<Integer> referents = referents(kind);
        if (referents.size() < kind.arity()) {
            return;
        }
        Mention first = mentions.get(referents.get(0));
        MentionKind mentionKind = switch (kind) {
            case PERSON, SPEAKER, PERSONS -> MentionKind.PERSON;
            case COUNTRIES, COUNTRY -> MentionKind.COUNTRY;
            case ORGANIZATION -> MentionKind.ORGANIZATION;
            case PAIR, PARTY -> first.kind();
        };
        Actor actor = referents.size() == 1 ? first.actor() : null;
        add(new Mention(span, text, mentionKind, actor, referents), inQuotation);
    }

    /** All mentions so far, in text order. */
    List<Mention> mentions() {
        return List.copyOf(mentions);
    }

    private int add(Mention mention, boolean inQuotation) {
        mentions.add(mention);
        int index = mentions.size() - 1;
        quoted.set(index, inQuotation);
        return index;
    }

    /** Remembers a person's full name and, for a name of several words, the word a later text calls them by. */
    private void remember(Mention person, int index) {
        String name = person.text().toLowerCase(Locale.ROOT);
        keep(name, index);
        String[] words = name.split("\\s+");
        if (words.length > 1) {
            keep(words[words.length - 1], index);
            if (words[1].indexOf('-') > 0) {
                // Korean names put the family name first: "Lee Jong-sup" is later "Lee".
                keep(words[0], index);
            }
        }
    }

    private void keep(String key, int index) {
        Integer known = people.get(key);
        if (known == null || mentions.get(known).actor() == null) {
            people.put(key, index);
        }
    }

    private List<Integer> referents(ReferenceKind kind) {
        return switch (kind) {
            case PERSON -> nearest(1, m -> m.kind() == MentionKind.PERSON, false);
            case SPEAKER -> nearest(1, m -> m.kind() == MentionKind.PERSON, true);
            case PERSONS -> nearest(2, m -> m.kind() == MentionKind.PERSON, false);
            case COUNTRIES -> countries();
            case PAIR -> {
                List<Integer> last = nearest(1, m -> m.actor() != null, false);
                yield last.isEmpty() || mentions.get(last.get(0)).kind() != MentionKind.PERSON
                        ? countries() : nearest(2, m -> m.kind() == MentionKind.PERSON, false);
            }
            case COUNTRY -> nearest(1, m -> m.kind() == MentionKind.COUNTRY && m.actor() != null, false);
            case ORGANIZATION -> nearest(1, m -> m.kind() == MentionKind.ORGANIZATION && m.actor() != null, false);
            case PARTY -> nearest(1, m -> m.actor() != null, false);
        };
    }

    /** The two nearest mentions of actors of different countries. */
    private List<Integer> countries() {
        List<Integer> found = new ArrayList<>(2);
        String firstCountry = null;
        for (int i = mentions.size() - 1; i >= 0 && found.size() < 2; i--) {
            Mention m = mentions.get(i);
            if (m.actor() == null || m.actor().country() == null || m.refersTo().size() > 1) {
                continue;
            }
            if (firstCountry == null) {
                firstCountry = m.actor().country();
                found.add(root(i));
            } else if (!firstCountry.equals(m.actor().country())) {
                found.add(root(i));
            }
        }
        return found.stream().sorted().toList();
    }

    /**
     * The {@code count} nearest distinct single mentions that pass {@code test}, earliest first, each taken back
     * to the name it refers to; {@code outsideQuotation} skips those that lay inside quotation marks.
     */
    private List<Integer> nearest(int count, Predicate<Mention> test, boolean outsideQuotation) {
        List<Integer> found = new ArrayList<>(count);
        for (int i = mentions.size() - 1; i >= 0 && found.size() < count; i--) {
            Mention m = mentions.get(i);
            if (m.refersTo().size() > 1 || !test.test(m) || (outsideQuotation && quoted.get(i))) {
                continue;
            }
            int root = root(i);
            if (!found.contains(root) && found.stream().noneMatch(f -> sameActor(f, root))) {
                found.add(root);
            }
        }
        return found.stream().sorted().toList();
    }

    private boolean sameActor(int a, int b) {
        Actor x = mentions.get(a).actor();
        Actor y = mentions.get(b).actor();
        return x != null && y != null && Objects.equals(x.name(), y.name()) && x.code().equals(y.code());
    }

    private int root(int index) {
        int i = index;
        while (mentions.get(i).refersTo().size() == 1) {
            i = mentions.get(i).refersTo().get(0);
        }
        return i;
    }
}
