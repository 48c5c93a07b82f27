package id.peristiwa.extract;

/**
 * Judges single blocks inside an article body: link lists, "Baca juga" boxes, ad labels and share prompts are
 * chrome even where they sit between paragraphs. Phrases come from the language pack's interface vocabulary,
 * the same one that cleans captured text.
 */
final class BoilerplateLines {

    private static final int LONGEST_LABELLED_LINE = 200;

    private final InterfaceVocabulary vocabulary;

    BoilerplateLines(InterfaceVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    boolean isChrome(TextBlock block) {
        String text = block.text();
        if (block.linkDensity() > 0.5 && (text.length() < 200 || block.punctuation() < 3)) {
            return true;
        }
        if (text.length() > LONGEST_LABELLED_LINE) {
            return false; // interface phrases are short; long prose is never one
        }
        VocabularyMatch match = vocabulary.match(text);
        if (match.wholeChrome()) {
            return true;
        }
        return match.label() != null && match.label().isChrome();
    }
}
