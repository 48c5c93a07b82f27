package id.peristiwa.entity;

import id.peristiwa.lang.LanguagePackFile;
import id.peristiwa.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The back-reference expressions of the language pack ({@code references.txt}), found in a sentence's tokens
 * by whole-token match, the longest expression winning where several start at one token.
 */
final class ReferenceExpressions {

    /** An expression found at tokens {@code [first, last]}. */
    record Found(int first, int last, ReferenceKind kind) {
    }

    private record Expression(String[] words, ReferenceKind kind) {
    }

    private final Map<String, List<Expression>> byFirstWord;

    private ReferenceExpressions(Map<String, List<Expression>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    static ReferenceExpressions indonesian() {
        Map<String, List<Expression>> index = new HashMap<>();
        LanguagePackFile.groups("id/peristiwa/lang/id/references.txt").forEach((group, lines) -> {
            if (group.isEmpty()) {
                return;
            }
            ReferenceKind kind = ReferenceKind.ofGroup(group);
            for (String line : lines) {
                String[] words = line.toLowerCase(Locale.ROOT).split("\\s+");
                index.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Expression(words, kind));
            }
        });
        index.values().forEach(list -> list.sort(Comparator.comparingInt((Expression e) -> -e.words().length)));
        return new ReferenceExpressions(index);
    }

    /** The expression that starts at token {@code k}, or null. */
    Found at(List<Token> tokens, int k) {
        List<Expression> candidates = byFirstWord.get(tokens.get(k).normalized());
        if (candidates == null) {
            return null;
        }
        for (Expression e : candidates) {
            if (matches(tokens, k, e.words())) {
                return new Found(k, k + e.words().length - 1, e.kind());
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int k, String[] words) {
        if (k + words.length > tokens.size()) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (!tokens.get(k + i).normalized().equals(words[i])) {
                return false;
            }
        }
        return true;
    }
}
