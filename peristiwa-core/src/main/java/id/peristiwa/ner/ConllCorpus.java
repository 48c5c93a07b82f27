package id.peristiwa.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a two-column CoNLL file: one {@code word<TAB>label} per line (the label is the last whitespace-separated
 * field), a blank line between sentences.
 */
public final class ConllCorpus {
    private ConllCorpus() {
    }

    /**
     * The sentences of {@code file} with their labels as written.
     *
     * @throws IOException when the file cannot be read or a line has no label
     */
    public static List<LabeledSentence> read(Path file) throws IOException {
        List<LabeledSentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                if (line.isBlank()) {
                    flush(words, labels, sentences);
                    continue;
                }
                int cut = line.lastIndexOf('\t');
                if (cut < 0) {
                    cut = line.strip().lastIndexOf(' ');
                    line = line.strip();
                }
                if (cut <= 0) {
                    throw new IOException(file + ":" + number + ": no label");
                }
                words.add(line.substring(0, cut).strip());
                labels.add(line.substring(cut + 1).strip());
            }
        }
        flush(words, labels, sentences);
        return sentences;
    }

    private static void flush(List<String> words, List<String> labels, List<LabeledSentence> into) {
        if (!words.isEmpty()) {
            into.add(new LabeledSentence(words, labels));
            words.clear();
            labels.clear();
        }
    }
}
