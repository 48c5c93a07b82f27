package id.peristiwa.entity;

import id.peristiwa.document.Span;
import id.peristiwa.lang.LanguagePackFile;
import id.peristiwa.testing.WordOccurrences;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-coded actor gold: articles whose sentences list every expected actor mention with its CAMEO-style
 * code. The file format is documented in the header of {@code entity/actor-gold.txt}; this reader resolves
 * every expected mention to a span of its document's text, so a scorer can compare by offsets.
 *
 * @param documents the articles in file order
 */
record ActorGold(List<Document> documents) {
    /** The classpath resource holding the project's actor gold. */
    static final String RESOURCE = "/entity/actor-gold.txt";

    /** The rule names a mention line may carry (see the file header). */
    static final Set<String> RULES = Set.of("country", "press-form", "adjectival", "metonym", "place", "igo",
            "body", "military", "agency", "officeholder", "role", "surname", "pronoun", "plural", "anaphor");

    private static final Pattern MENTION = Pattern.compile(
            "(?<text>.+?)(?:\\s+\\[(?<nth>\\d+)])?\\s+=\\s+(?<codes>\\S+)\\s+(?<kind>[A-Z]+)\\s+(?<rule>[a-z-]+)");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3,12}");

    ActorGold {
        documents = List.copyOf(documents);
    }

    /**
     * One article: its sentences joined by one space form {@code text}, the document a system is given.
     *
     * @param published the publication date, or null when the file gives none
     */
    record Document(String id, LocalDate published, String text, List<Sentence> sentences) {
        Document {
            sentences = List.copyOf(sentences);
        }
    }

    /** A sentence of a document, located in its text, with the mentions expected in it. */
    record Sentence(Span span, String text, List<Expected> mentions) {
        Sentence {
            mentions = List.copyOf(mentions);
        }
    }

    /**
     * One expected mention.
     *
     * @param span    where it is, into the document's text
     * @param members the referents' acceptable codes, one set per referent (several for "kedua negara");
     *                empty when the mention is no actor
     * @param rule    the coding rule it exercises, one of {@link #RULES}
     */
    record Expected(Span span, String text, List<Set<String>> members, MentionKind kind, String rule) {
        Expected {
            members = List.copyOf(members);
        }

        /** Whether the mention is expected to be coded as an actor (rather than a place). */
        boolean isActor() {
            return !members.isEmpty();
        }
    }

    /** The project's gold from the test classpath. */
    static ActorGold load() {
        try (InputStream in = ActorGold.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gold in the file format from a string (for tests of the scorer). */
    static ActorGold parse(String content) {
        try {
            return parse(new BufferedReader(new StringReader(content)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads gold in the file format.
     *
     * @throws IllegalArgumentException naming the offending line when a line is malformed, a mention is not
     *                                  found in its sentence, or a code, kind or rule is unknown
     */
    static ActorGold parse(BufferedReader reader) throws IOException {
        var builder = new Builder();
        for (String line : LanguagePackFile.entries(reader)) {
            try {
                builder.accept(line);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("bad gold line: " + line + " (" + e.getMessage() + ")", e);
            }
        }
        return new ActorGold(builder.finish());
    }

    /** Every expected mention of every document, in file order. */
    List<Expected> expected() {
        return documents.stream().flatMap(d -> d.sentences().stream()).flatMap(s -> s.mentions().stream())
                .toList();
    }

    /**
     * Where the {@code nth} (1-based) occurrence of {@code needle} starts in {@code haystack}, counting only
     * occurrences on word boundaries, or -1.
     */
    static int occurrence(String haystack, String needle, int nth) {
        List<Integer> starts = WordOccurrences.starts(haystack, needle);
        return nth >= 1 && nth <= starts.size() ? starts.get(nth - 1) : -1;
    }

    /** Accumulates lines into documents; one instance per parse. */
    private static final class Builder {
        private final List<Document> done = new ArrayList<>();
        private String id;
        private LocalDate published;
        private final StringBuilder text = new StringBuilder();
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<Expected> mentions = new ArrayList<>();
        private Span sentence;

        void accept(String line) {
            if (line.startsWith("@doc")) {
                closeDocument();
                id = line.substring(4).strip();
            } else if (line.startsWith("@date")) {
                published = LocalDate.parse(line.substring(5).strip());
            } else if (line.startsWith(">")) {
                if (id == null) {
                    throw new IllegalArgumentException("sentence before any @doc");
                }
                closeSentence();
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(line.substring(1).strip());
                sentence = new Span(start, text.length());
            } else {
                mention(line);
            }
        }

        private void mention(String line) {
            Matcher m = MENTION.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a mention line");
            }
            if (sentence == null) {
                throw new IllegalArgumentException("mention before any sentence");
            }
            String mention = m.group("text").strip();
            int nth = m.group("nth") == null ? 1 : Integer.parseInt(m.group("nth"));
            int at = occurrence(sentence.of(text), mention, nth);
            if (at < 0) {
                throw new IllegalArgumentException("occurrence " + nth + " of '" + mention + "' not in sentence");
            }
            String rule = m.group("rule");
            if (!RULES.contains(rule)) {
                throw new IllegalArgumentException("unknown rule " + rule);
            }
            List<Set<String>> members = members(m.group("codes"));
            if (rule.equals("place") != members.isEmpty()) {
                throw new IllegalArgumentException("'-' goes with rule place and only with it");
            }
            int start = sentence.start() + at;
            mentions.add(new Expected(new Span(start, start + mention.length()), mention, members,
                    MentionKind.valueOf(m.group("kind")), rule));
        }

        private static List<Set<String>> members(String codes) {
            if (codes.equals("-")) {
                return List.of();
            }
            return Arrays.stream(codes.split(",")).map(member -> {
                Set<String> alternatives = Set.of(member.split("\\|"));
                alternatives.forEach(code -> {
                    if (!CODE.matcher(code).matches()) {
                        throw new IllegalArgumentException("malformed code " + code);
                    }
                });
                return alternatives;
            }).toList();
        }

        private void closeSentence() {
            if (sentence != null) {
                sentences.add(new Sentence(sentence, sentence.of(text), mentions));
                mentions.clear();
                sentence = null;
            }
        }

        private void closeDocument() {
            closeSentence();
            if (id != null) {
                done.add(new Document(id, published, text.toString(), sentences));
            }
            id = null;
            published = null;
            text.setLength(0);
            sentences.clear();
        }

        List<Document> finish() {
            closeDocument();
            return done;
        }
    }
}
