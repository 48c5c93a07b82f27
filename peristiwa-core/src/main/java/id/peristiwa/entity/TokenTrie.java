package id.peristiwa.entity;

import id.peristiwa.text.KeyFilter;
import id.peristiwa.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The gazetteer's forms in a trie keyed by normalized tokens, so that one left-to-right pass over a sentence
 * finds the longest form starting at each token with one map lookup per token visited. Built once, then
 * read-only and safe to share between threads.
 */
final class TokenTrie {
    private final Node root = new Node();
    /** The forms' first keys: most tokens start no form, and this says so without a lookup in the map. */
    private final KeyFilter firstKeys = new KeyFilter(16);
    private int size;

    private static final class Node {
        private final Map<String, Node> children = new HashMap<>(4);
        private final List<Form> forms = new ArrayList<>(1);
    }

    /** Adds a form; several forms may end at the same node (an exact-case and a capitalized one). */
    void add(Form form) {
        Node node = root;
        if (form.keys().length > 0) {
            firstKeys.add(form.keys()[0]);
        }
        for (String key : form.keys()) {
            node = node.children.computeIfAbsent(key, k -> new Node());
        }
        node.forms.add(form);
        size++;
    }

    /** Hands every form to {@code action}, in no particular order. */
    void forEach(Consumer<Form> action) {
        List<Node> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Node node = pending.removeLast();
            node.forms.forEach(action);
            pending.addAll(node.children.values());
        }
    }

    /** How many forms the trie holds. */
    int size() {
        return size;
    }

    /**
     * The longest form that starts at token {@code first}, does not run past {@code limit}, and agrees with the
     * text's case; among forms of equal length the last added wins (a later file overrides an earlier one).
     *
     * @return the form, or null when none starts here
     */
    Form longest(String text, List<Token> tokens, int first, int limit) {
        if (first < limit && !firstKeys.mayContain(tokens.get(first).normalized())) {
            return null;
        }
        Node node = root;
        Form best = null;
        for (int i = first; i < limit; i++) {
            node = node.children.get(tokens.get(i).normalized());
            if (node == null) {
                break;
            }
            for (int f = node.forms.size() - 1; f >= 0; f--) {
                Form form = node.forms.get(f);
                if (form.caseAgrees(text, tokens, first)) {
                    best = form;
                    break;
                }
            }
        }
        return best;
    }
}
