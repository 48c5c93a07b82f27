package id.peristiwa.lang.id;

import id.peristiwa.lang.LanguagePackFile;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Measures {@link LanguageIdentifier} against texts whose language is known, and reports accuracy per expected
 * language with a confusion count.
 */
public final class LanguageEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Expected code to the subdirectory of own texts that holds it. */
    private static final Map<String, String> OWN_TEXT_DIRECTORIES =
            Map.of("ms", "malay", "id", "indonesian", "en", "english");

    private final LanguageIdentifier identifier;

    /** An evaluation of the given identifier. */
    public LanguageEvaluation(LanguageIdentifier identifier) {
        this.identifier = Objects.requireNonNull(identifier, "identifier");
    }

    /**
     * Identifies every text and counts the answers.
     *
     * @param textsByExpectedCode texts grouped by the code they should get ("id", "ms", "en", ...)
     * @return per expected code, how often each code was answered
     */
    public Report evaluate(Map<String, List<String>> textsByExpectedCode) {
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        textsByExpectedCode.forEach((expected, texts) -> {
            Map<String, Integer> answers = confusion.computeIfAbsent(expected, k -> new TreeMap<>());
            for (String text : texts) {
                answers.merge(identifier.identify(text).code(), 1, Integer::sum);
            }
        });
        return new Report(confusion);
    }

    /**
     * Evaluates the standard identifier on the shared evaluation data and on a directory of own texts; parts
     * that are absent are skipped.
     *
     * <ul>
     *   <li>Indonesian: field {@code text} of {@code SHARED/data/corpus/*.jsonl};</li>
     *   <li>English: the {@code articleBody} values of
     *       {@code SHARED/data/extraction/scrapinghub-aeb/ground-truth.json}, except the pages that
     *       {@code OWN/scrapinghub-aeb-languages.txt} says a reader found to be in another language, which are
     *       expected to get that language;</li>
     *   <li>{@code OWN/malay/*.txt}, {@code OWN/indonesian/*.txt}, {@code OWN/english/*.txt}, one text a file.</li>
     * </ul>
     *
     * @param sharedDir   the shared directory (the one holding {@code data/}), or null
     * @param ownTextsDir the directory of own texts, or null
     * @throws UncheckedIOException if a present file cannot be read
     */
    public static Report run(Path sharedDir, Path ownTextsDir) {
        Map<String, List<String>> texts = new TreeMap<>();
        try {
            if (sharedDir != null) {
                texts.computeIfAbsent("id", k -> new ArrayList<>())
                        .addAll(jsonLinesTexts(sharedDir.resolve("data/corpus")));
                Map<String, String> pageLanguages = ownTextsDir == null
                        ? Map.of() : pageLanguages(ownTextsDir.resolve("scrapinghub-aeb-languages.txt"));
                articleBodies(sharedDir.resolve("data/extraction/scrapinghub-aeb/ground-truth.json")).forEach(
                        (page, body) -> texts.computeIfAbsent(pageLanguages.getOrDefault(page, "en"),
                                k -> new ArrayList<>()).add(body));
            }
            if (ownTextsDir != null) {
                for (Map.Entry<String, String> own : OWN_TEXT_DIRECTORIES.entrySet()) {
                    texts.computeIfAbsent(own.getKey(), k -> new ArrayList<>())
                            .addAll(textFiles(ownTextsDir.resolve(own.getValue())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        texts.values().removeIf(List::isEmpty);
        return new LanguageEvaluation(LanguageIdentifier.standard()).evaluate(texts);
    }

    static List<String> jsonLinesTexts(Path corpusDir) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path file : sortedFiles(corpusDir, ".jsonl")) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        String text = JSON.readTree(line).path("text").asText("");
                        if (!text.isBlank()) {
                            texts.add(text);
                        }
                    }
                }
            }
        }
        return texts;
    }

    /** Page id to article body, in id order; empty when the file is absent. */
    static Map<String, String> articleBodies(Path groundTruth) throws IOException {
        Map<String, String> bodies = new TreeMap<>();
        if (Files.isRegularFile(groundTruth)) {
            JSON.readTree(groundTruth.toFile()).properties().forEach(page -> {
                String body = page.getValue().path("articleBody").asText("");
                if (!body.isBlank()) {
                    bodies.put(page.getKey(), body);
                }
            });
        }
        return bodies;
    }

    /** Page id to the language a reader found it to be in ({@code PAGE_ID CODE} lines); empty when absent. */
    static Map<String, String> pageLanguages(Path file) throws IOException {
        Map<String, String> languages = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String entry : LanguagePackFile.entries(reader)) {
                    String[] fields = entry.split("\\s+");
                    if (fields.length != 2) {
                        throw new IllegalArgumentException("expected 'PAGE_ID CODE' in " + file + ": " + entry);
                    }
                    languages.put(fields[0], fields[1]);
                }
            }
        }
        return languages;
    }

    static List<String> textFiles(Path dir) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path file : sortedFiles(dir, ".txt")) {
            texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static List<Path> sortedFiles(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /**
     * The outcome of an evaluation.
     *
     * @param confusion per expected code, how many texts got each answered code (sorted by code)
     */
    public record Report(Map<String, Map<String, Integer>> confusion) {
        public Report {
            Map<String, Map<String, Integer>> copy = new TreeMap<>();
            confusion.forEach((expected, answers) -> copy.put(expected, Map.copyOf(new TreeMap<>(answers))));
            confusion = Collections.unmodifiableMap(copy);
        }

        /** Number of texts expected to be {@code code}. */
        public int count(String code) {
            return confusion.getOrDefault(code, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Share of the texts expected to be {@code code} that got it; 0 when there were none. */
        public double accuracy(String code) {
            int n = count(code);
            return n == 0 ? 0.0 : (double) confusion.get(code).getOrDefault(code, 0) / n;
        }

        /** Share of all texts that got their expected code. */
        public double accuracy() {
            int n = 0;
            int correct = 0;
            for (String code : confusion.keySet()) {
                n += count(code);
                correct += confusion.get(code).getOrDefault(code, 0);
            }
            return n == 0 ? 0.0 : (double) correct / n;
        }

        /**
         * One line per expected language ({@code ms n=60 accuracy=1.0000 answers={ms=60}}), then a last line
         * {@code accuracy=A} over all texts.
         */
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            for (String code : confusion.keySet()) {
                out.append(String.format(Locale.ROOT, "%s n=%d accuracy=%.4f answers=%s%n",
                        code, count(code), accuracy(code), new TreeMap<>(confusion.get(code))));
            }
            return out.append(String.format(Locale.ROOT, "accuracy=%.4f", accuracy())).toString();
        }
    }
}
