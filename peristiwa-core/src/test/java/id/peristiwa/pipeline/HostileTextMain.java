package id.peristiwa.pipeline;

import id.peristiwa.document.RawDocument;
import id.peristiwa.text.Sentence;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Run by {@link HostileTextTest} in a JVM with a small heap: analyzes texts built to hurt a segmenter, a tagger,
 * a gazetteer and the readers of speakers and events, and prints one line per text: name, sentences, tokens,
 * longest sentence in tokens, mentions, quotes, events.
 */
public final class HostileTextMain {

    public static void main(String[] args) {
        Pipeline pipeline = Pipeline.indonesian();
        for (Map.Entry<String, String> text : texts().entrySet()) {
            AnalyzedArticle analyzed = pipeline.analyze(RawDocument.text(text.getKey(), text.getValue()));
            int tokens = 0;
            int longest = 0;
            for (Sentence sentence : analyzed.sentences()) {
                tokens += sentence.tokens().size();
                longest = Math.max(longest, sentence.tokens().size());
            }
            System.out.println(text.getKey() + "\t" + analyzed.sentences().size() + "\t" + tokens + "\t" + longest
                    + "\t" + analyzed.mentions().size() + "\t" + analyzed.quotes().size() + "\t"
                    + analyzed.events().size());
        }
    }

    static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("tanpa-tanda-baca", repeat(new String[] {"pemerintah", "daerah", "menyalurkan", "bantuan", "beras",
            "kepada", "warga", "yang", "terdampak", "banjir", "di", "kawasan", "pesisir", "utara"}, 5_000_000));
        texts.put("angka", repeat(new String[] {"2023", "28.500", "1,5", "31/1", "10.15", "-7", "100"}, 1_000_000));
        texts.put("emoji", repeat(new String[] {"\uD83D\uDE00", "\uD83C\uDDEE\uD83C\uDDE9", "\uD83D\uDD25\uD83D\uDD25",
            "\u2764\uFE0F"}, 1_000_000));
        texts.put("nama", names(100_000));
        // Pages that ask the speaker and event readers about every earlier quote, name or place.
        texts.put("kutipan", quotes(QUOTES));
        texts.put("penutur", cues(20_000));
        texts.put("rujukan", references(20_000));
        texts.put("tanda-kutip", quotationMarks(20_000));
        texts.put("kemlu", ministry(6_000));
        texts.put("peristiwa", repeat(new String[] {"Indonesia", "mengecam", "Malaysia", "dan", "Rusia", "mendukung",
            "Korea", "Utara", "di", "Jakarta", "serta"}, 1_000_000));
        return texts;
    }

    /** How many quotations {@code kutipan} holds, each with a speaker of its own. */
    static final int QUOTES = 20_000;

    /** Short quotations, each closed by a verb of saying and a made-up two-word name. */
    private static String quotes(int count) {
        Random random = new Random(23);
        StringBuilder text = new StringBuilder(count * 56);
        for (int i = 0; i < count; i++) {
            text.append("\"Kami siap membantu warga,\" kata ").append(name(random)).append(' ')
                    .append(name(random)).append(". ");
        }
        return text.toString();
    }

    /** Verbs of saying, each before a made-up two-word name, with no quotation marks and no sentence end. */
    private static String cues(int count) {
        Random random = new Random(29);
        StringBuilder text = new StringBuilder(count * 48);
        for (int i = 0; i < count; i++) {
            text.append("warga ").append(i % 2 == 0 ? "kata " : "mengatakan ").append(name(random)).append(' ')
                    .append(name(random)).append(" bahwa banjir ");
        }
        return text.toString();
    }

    /** Quotation marks of every kind, never closed in order, each after a name and a verb of saying: one sentence. */
    private static String quotationMarks(int count) {
        String[] marks = {"\u201C", "\u201D", "\"", "'"};
        Random random = new Random(37);
        StringBuilder text = new StringBuilder(count * 24);
        for (int i = 0; i < count; i++) {
            text.append('\u201C').append(name(random)).append(" berkata ").append(marks[random.nextInt(marks.length)])
                    .append(' ');
        }
        return text.toString();
    }

    /** One sentence of a ministry's statements and references, each with an event word, commas between. */
    private static String ministry(int count) {
        String[] middles = {"mengatakan pihaknya", "menyebut kedua pejabat tersebut", "menilai negara ini",
            "menyatakan keduanya"};
        Random random = new Random(41);
        StringBuilder text = new StringBuilder(count * 56);
        for (int i = 0; i < count; i++) {
            text.append("Kemlu ").append(middles[i % middles.length]).append(" mendukung ").append(name(random))
                    .append(", ");
        }
        return text.toString();
    }

    /** Sentences opened by references to people and countries the text never names, each with a new name. */
    private static String references(int count) {
        String[] openers = {"Dia", "Ia", "Beliau", "Keduanya", "Kedua negara", "Pihaknya"};
        Random random = new Random(31);
        StringBuilder text = new StringBuilder(count * 56);
        for (int i = 0; i < count; i++) {
            text.append(openers[i % openers.length]).append(" mengatakan ").append(name(random)).append(' ')
                    .append(name(random)).append(" datang, tambahnya. ");
        }
        return text.toString();
    }

    private static String repeat(String[] words, int length) {
        StringBuilder text = new StringBuilder(length + 32);
        for (int i = 0; text.length() < length; i++) {
            text.append(words[i % words.length]).append(' ');
        }
        return text.toString();
    }

    /** Capitalized made-up words, none a known name: syllables drawn with a fixed seed. */
    private static String names(int count) {
        Random random = new Random(17);
        StringBuilder text = new StringBuilder(count * 8);
        for (int i = 0; i < count; i++) {
            text.append(name(random)).append(' ');
        }
        return text.toString();
    }

    /** One capitalized made-up word of two or three syllables. */
    private static String name(Random random) {
        String[] syllables = {"ba", "ri", "ko", "sa", "ndu", "wi", "ja", "har", "to", "mu", "li", "nga", "pra", "se"};
        StringBuilder word = new StringBuilder();
        for (int s = 0, n = 2 + random.nextInt(2); s < n; s++) {
            word.append(syllables[random.nextInt(syllables.length)]);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private HostileTextMain() {
    }
}
