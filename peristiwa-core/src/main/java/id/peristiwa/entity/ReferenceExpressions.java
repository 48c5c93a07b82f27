package id.peristiwa.entity;

import id.peristiwa.lang.LanguagePackFile;
import id.peristiwa.text.Token;
import id.peristiwa.text.WordLookup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The back-reference expressions of the language pack ({@code references.txt}), found in a sentence's tokens
 * by whole-token match, the longest expression winning where several start at one token; the capitalized
 * words that are never taken for a surname (group {@code [not-surname]}); and the words that coordinate names
 * (group {@code [joiner]}).
 */
final class ReferenceExpressions {
    private static final String NOT_SURNAME = "not-surname";
    private static final String JOINER = "joiner";

    /**
     * An expression found at tokens {@code [first, last]}.
     *
     * @param arity how many referents it needs
     * @param head  its first word, lower case ("kementerian" in "kementerian itu")
     */
    record Found(int first, int last, ReferenceKind kind, int arity, String head) {
    }

    private record Expression(String[] words, ReferenceKind kind, int arity) {
    }

    private final WordLookup<List<Expression>> byFirstWord;
    private final Set<String> notSurname;
    private final Set<String> joiners;

    private ReferenceExpressions(Map<String, List<Expression>> byFirstWord, Set<String> notSurname,
                                 Set<String> joiners) {
        this.byFirstWord = WordLookup.of(byFirstWord, 12);
        this.notSurname = Set.copyOf(notSurname);
        this.joiners = Set.copyOf(joiners);
    }

    /**
     * The pack's expressions. A line is the expression, optionally followed by {@code => N}, the number of
     * referents it needs when that differs from its group's ("ketiga negara itu => 3").
     */
    static ReferenceExpressions indonesian() {
        Map<String, List<Expression>> index = new HashMap<>();
        Set<String> notSurname = new HashSet<>();
        Set<String> joiners = new HashSet<>();
        LanguagePackFile.groups("id/peristiwa/lang/id/references.txt").forEach((group, lines) -> {
            if (group.equals(NOT_SURNAME) || group.equals(JOINER)) {
                Set<String> words = group.equals(JOINER) ? joiners : notSurname;
                lines.forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
                return;
            }
            if (group.isEmpty()) {
                return;
            }
            ReferenceKind kind = ReferenceKind.ofGroup(group);
            for (String line : lines) {
                int arrow = line.indexOf("=>");
                String expression = arrow < 0 ? line : line.substring(0, arrow).strip();
                int arity = arrow < 0 ? kind.arity() : Integer.parseInt(line.substring(arrow + 2).strip());
                String[] words = expression.toLowerCase(Locale.ROOT).split("\\s+");
                index.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Expression(words, kind, arity));
            }
        });
        index.values().forEach(list -> list.sort(Comparator.comparingInt((Expression e) -> -e.words().length)));
        return new ReferenceExpressions(index, notSurname, joiners);
    }

    /** The expression that starts at token {@code k}, or null. */
    Found at(List<Token> tokens, int k) {
        List<Expression> candidates = byFirstWord.get(tokens.get(k).normalized());
        if (candidates == null) {
            return null;
        }
        for (Expression e : candidates) {
            if (matches(tokens, k, e.words())) {
                return new Found(k, k + e.words().length - 1, e.kind(), e.arity(), e.words()[0]);
            }
        }
        return null;
    }

    /** Whether a capitalized word with this normalized form may be a surname ("Lalu" opening a clause is not). */
    boolean maySurname(String normalized) {
        return !notSurname.contains(normalized);
    }

    /** Whether a token with this normalized form may stand between two coordinated names (",", "dan"). */
    boolean joins(String normalized) {
        return joiners.contains(normalized);
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
