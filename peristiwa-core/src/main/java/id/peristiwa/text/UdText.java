package id.peristiwa.text;

import id.peristiwa.document.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The running text of a Universal Dependencies CoNLL-U file, rebuilt as the UD tools rebuild a document's raw
 * text: every sentence's {@code # text} in file order, joined with one space, or with none where the
 * sentence's last token carries {@code SpaceAfter=No}. With it come the gold sentence spans and gold
 * surface-token spans in that text. A multiword token ("3-4 menyetujuinya") is one gold token, its surface form,
 * since clitics stay attached here.
 *
 * @param unaligned gold tokens whose form could not be found in the sentence text (counted as missed)
 */
record UdText(String text, List<Span> sentences, List<Span> tokens, int unaligned) {

    static UdText read(Path conllu) throws IOException {
        StringBuilder text = new StringBuilder();
        List<Span> sentences = new ArrayList<>();
        List<Span> tokens = new ArrayList<>();
        int unaligned = 0;
        String sentence = null;
        int base = 0;
        int cursor = 0;
        int skipThrough = 0;
        boolean spaceAfter = true;
        try (BufferedReader in = Files.newBufferedReader(conllu, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("# text =")) {
                    sentence = line.substring("# text =".length()).strip();
                    if (!text.isEmpty() && spaceAfter) {
                        text.append(' ');
                    }
                    base = text.length();
                    text.append(sentence);
                    sentences.add(new Span(base, text.length()));
                    cursor = 0;
                    skipThrough = 0;
                } else if (sentence != null && !line.isEmpty() && Character.isDigit(line.charAt(0))) {
                    int tab = line.indexOf('\t');
                    String id = line.substring(0, tab);
                    if (id.indexOf('.') >= 0) {
                        continue;
                    }
                    int dash = id.indexOf('-');
                    int last = Integer.parseInt(dash >= 0 ? id.substring(dash + 1) : id);
                    if (dash < 0 && last <= skipThrough) {
                        continue;
                    }
                    if (dash >= 0) {
                        skipThrough = last;
                    }
                    // The words inside a multiword token do not decide spacing; the token's own line does.
                    spaceAfter = !line.substring(line.lastIndexOf('\t') + 1).contains("SpaceAfter=No");
                    String form = line.substring(tab + 1, line.indexOf('\t', tab + 1));
                    while (cursor < sentence.length() && Character.isWhitespace(sentence.charAt(cursor))) {
                        cursor++;
                    }
                    int at = sentence.startsWith(form, cursor) ? cursor : sentence.indexOf(form, cursor);
                    if (at < 0) {
                        unaligned++;
                    } else {
                        tokens.add(new Span(base + at, base + at + form.length()));
                        cursor = at + form.length();
                    }
                }
            }
        }
        return new UdText(text.toString(), List.copyOf(sentences), List.copyOf(tokens), unaligned);
    }
}
