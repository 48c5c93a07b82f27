package id.peristiwa.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reads the visible text of a news page, as pasted or crawled with all its site chrome, into article parts:
 * title, section, byline, date line and body paragraphs. Lines are classified from their features (length,
 * punctuation, capitals, date-likeness, position around the body, share of interface vocabulary, repetition,
 * neighbours), not from any one site's strings; the interface vocabulary is language data. Clean text with no
 * chrome comes back whole.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class CapturedTextReader {

    private final BodyLocator bodyLocator = new BodyLocator();
    private final HeadlineLocator headlineLocator;
    private final BodySieve sieve;
    private final InterfaceVocabulary vocabulary;

    private CapturedTextReader(InterfaceVocabulary vocabulary, DatelineRecognizer datelines) {
        this.vocabulary = vocabulary;
        this.headlineLocator = new HeadlineLocator(vocabulary);
        this.sieve = new BodySieve(paragraph -> datelines.recognize(paragraph).isPresent());
    }

    /** A reader for Indonesian and English site chrome; loads the language data once per call. */
    public static CapturedTextReader indonesian() {
        InterfaceVocabulary vocabulary = InterfaceVocabulary.load(InterfaceVocabulary.INDONESIAN);
        return of(vocabulary, DatelineRecognizer.indonesian(vocabulary));
    }

    /** A reader sharing a vocabulary and a dateline recognizer already built. */
    static CapturedTextReader of(InterfaceVocabulary vocabulary, DatelineRecognizer datelines) {
        return new CapturedTextReader(vocabulary, datelines);
    }

    /**
     * Splits captured page text into article parts. Never throws: null or blank text, or text without any
     * prose, gives empty paragraphs.
     */
    public CapturedText read(String text) {
        if (text == null || text.isBlank()) {
            return new CapturedText(null, null, null, null, List.of(), 0);
        }
        CapturedPage page = CapturedPage.of(text, vocabulary);
        BodyRange core = bodyLocator.locate(page);
        PageHeader header = headlineLocator.locate(page, core);
        BodyRange body = bodyLocator.extend(page, core, header);
        List<String> paragraphs = new ArrayList<>();
        if (!body.isEmpty()) {
            for (int index : sieve.keep(page, body, header)) {
                paragraphs.add(page.get(index).text());
            }
        }
        int used = (int) IntStream.of(header.title(), header.section(), header.byline(),
                header.date()).filter(i -> i >= 0).distinct().count();
        return new CapturedText(textOf(page, header.title()), header.sectionText(), textOf(page, header.byline()),
                textOf(page, header.date()), paragraphs, page.size() - paragraphs.size() - used);
    }

    private static String textOf(CapturedPage page, int index) {
        return index < 0 ? null : page.get(index).text();
    }
}
