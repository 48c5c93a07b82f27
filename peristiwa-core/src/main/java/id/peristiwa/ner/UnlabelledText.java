package id.peristiwa.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.peristiwa.document.Span;
import id.peristiwa.text.Segmenter;
import id.peristiwa.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Sentences of words as written from a directory of JSON Lines articles (the {@code text} field, paragraphs one
 * a line), for learning word classes. Files are read in name order so that the result is reproducible.
 */
final class UnlabelledText {
    private UnlabelledText() {
    }

    static List<String[]> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        Segmenter segmenter = Segmenter.indonesian();
        List<String[]> sentences = new ArrayList<>();
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        addArticle(json.readTree(line).path("text").asText(""), segmenter, sentences);
                    }
                }
            }
        }
        return sentences;
    }

    private static void addArticle(String text, Segmenter segmenter, List<String[]> into) {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) {
                    paragraphs.add(new Span(start, i));
                }
                start = i + 1;
            }
        }
        for (Span sentence : segmenter.sentences(text, paragraphs, null)) {
            List<Token> tokens = segmenter.tokens(text, sentence);
            String[] words = new String[tokens.size()];
            for (int i = 0; i < words.length; i++) {
                Token t = tokens.get(i);
                words[i] = text.substring(t.start(), t.end());
            }
            into.add(words);
        }
    }

    /** The words of labelled sentences in lower case, as unlabelled sentences. */
    static List<String[]> of(List<LabeledSentence> sentences) {
        List<String[]> out = new ArrayList<>(sentences.size());
        for (LabeledSentence s : sentences) {
            out.add(s.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new));
        }
        return out;
    }
}
