package id.peristiwa.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * An entity read off a BIO label sequence: words {@code [from, to)} of one type.
 *
 * @param from first word
 * @param to   one past the last word
 * @param type the entity type, e.g. {@code PERSON}
 */
record EntityChunk(int from, int to, String type) {

    /**
     * The chunks of {@code labels} as conlleval reads them: a chunk starts at {@code B-X}, or at {@code I-X} after
     * {@code O} or after a label of another type, and ends before {@code O}, before any {@code B-}, and before a
     * label of another type.
     */
    static List<EntityChunk> of(List<String> labels) {
        List<EntityChunk> chunks = new ArrayList<>();
        int start = -1;
        String open = null;
        for (int i = 0; i <= labels.size(); i++) {
            String label = i < labels.size() ? labels.get(i) : "O";
            boolean entity = label.length() > 2 && label.charAt(1) == '-';
            String type = entity ? label.substring(2) : null;
            boolean begin = entity && (label.charAt(0) == 'B' || !type.equals(open));
            if (open != null && (!entity || begin)) {
                chunks.add(new EntityChunk(start, i, open));
                open = null;
            }
            if (begin) {
                start = i;
                open = type;
            }
        }
        return chunks;
    }
}
