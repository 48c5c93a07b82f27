package id.peristiwa.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import id.peristiwa.testing.SharedData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clean corpus texts (JSON Lines, no site chrome) must come through the captured-text reader almost whole.
 * Reads the shared evaluation data in place and skips when it is absent.
 */
class CapturedTextCorpusTest {

    private static final List<String> FILES = List.of("detik-stki2025.jsonl", "detik-summ1000.jsonl",
            "indosum-dev.jsonl");
    private static final int ARTICLES = 1000;

    @Test
    void cleanCorpusTextsKeepAlmostEveryCharacter() throws IOException {
        Path corpus = SharedData.root().resolve("data/corpus");
        assumeTrue(FILES.stream().allMatch(f -> Files.isRegularFile(corpus.resolve(f))),
                "shared corpus not available");
        List<String> texts = new ArrayList<>();
        int perFile = (ARTICLES + FILES.size() - 1) / FILES.size();
        ObjectMapper json = new ObjectMapper();
        for (String file : FILES) {
            try (BufferedReader in = Files.newBufferedReader(corpus.resolve(file), StandardCharsets.UTF_8)) {
                int taken = 0;
                for (String record = in.readLine(); record != null && taken < perFile
                        && texts.size() < ARTICLES; record = in.readLine()) {
                    JsonNode text = json.readTree(record).get("text");
                    if (text != null && !text.asText().isBlank()) {
                        texts.add(text.asText());
                        taken++;
                    }
                }
            }
        }
        CapturedTextReader reader = CapturedTextReader.indonesian();
        long linesIn = 0;
        long linesKept = 0;
        long charsIn = 0;
        long charsKept = 0;
        int articlesLosingLines = 0;
        for (String text : texts) {
            List<String> lines = text.lines().map(CapturedLine::normalize).filter(l -> !l.isEmpty()).toList();
            CapturedText read = reader.read(text);
            linesIn += lines.size();
            linesKept += read.paragraphs().size();
            charsIn += lines.stream().mapToLong(String::length).sum();
            charsKept += read.paragraphs().stream().mapToLong(String::length).sum();
            if (read.paragraphs().size() < lines.size()) {
                articlesLosingLines++;
            }
        }
        double lineShare = (double) linesKept / linesIn;
        double charShare = (double) charsKept / charsIn;
        System.out.printf("captured-text corpus check: %d articles, lines kept %d/%d = %.4f, characters kept"
                        + " %d/%d = %.4f, articles losing a line %d%n", texts.size(), linesKept, linesIn,
                lineShare, charsKept, charsIn, charShare, articlesLosingLines);
        assertThat(texts).hasSize(ARTICLES);
        assertThat(charShare).isGreaterThanOrEqualTo(0.99);
    }
}
