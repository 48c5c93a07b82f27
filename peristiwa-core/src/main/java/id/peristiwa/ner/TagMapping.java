package id.peristiwa.ner;

import id.peristiwa.entity.MentionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a data set's entity types map onto the kinds the tagger names, e.g. {@code PLACE=LOCATION}. A type the
 * mapping does not name is read as no entity ({@code O}).
 */
public record TagMapping(Map<String, MentionKind> types) {
    /** NERGrit and NERP types onto ours: the mapping that builds the shipped model. */
    public static final TagMapping INDONLU = parse(
            "PERSON=PERSON,ORGANISATION=ORGANIZATION,PLACE=LOCATION,PPL=PERSON,PLC=LOCATION,IND=ORGANIZATION");

    public TagMapping {
        types = Map.copyOf(types);
    }

    /**
     * Parses {@code GOLD=OURS,GOLD=OURS...} where OURS is PERSON, ORGANIZATION or LOCATION.
     *
     * @throws IllegalArgumentException for a malformed pair or a kind the tagger does not name
     */
    public static TagMapping parse(String spec) {
        Map<String, MentionKind> types = new LinkedHashMap<>();
        for (String pair : spec.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("not GOLD=OURS: " + pair.strip());
            }
            MentionKind kind = MentionKind.valueOf(pair.substring(eq + 1).strip());
            if (!EntityTags.KINDS.contains(kind)) {
                throw new IllegalArgumentException("the tagger does not name " + kind);
            }
            types.put(pair.substring(0, eq).strip(), kind);
        }
        return new TagMapping(types);
    }

    /** The labels with their types mapped: {@code B-PLACE} becomes {@code B-LOCATION}, unmapped types {@code O}. */
    public List<String> apply(List<String> labels) {
        List<String> out = new ArrayList<>(labels.size());
        for (String label : labels) {
            MentionKind kind = label.length() > 2 && label.charAt(1) == '-' ? types.get(label.substring(2)) : null;
            out.add(kind == null ? "O" : label.substring(0, 2) + kind.name());
        }
        return out;
    }

    /** The sentence with its labels mapped by {@link #apply}. */
    public LabeledSentence apply(LabeledSentence sentence) {
        return new LabeledSentence(sentence.words(), apply(sentence.labels()));
    }

    /** Predicted labels of our kinds, with the kinds no gold type maps to made {@code O}. */
    public List<String> keepMapped(List<String> labels) {
        List<String> out = new ArrayList<>(labels.size());
        for (String label : labels) {
            boolean keep = label.length() > 2 && types.containsValue(MentionKind.valueOf(label.substring(2)));
            out.add(keep ? label : "O");
        }
        return out;
    }
}
