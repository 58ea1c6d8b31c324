package org.marsad.core.text;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A regular expression that matches any of a list of words, written as a trie
 * ({@code قال|قالت|قام} becomes {@code قا(?:ل(?:ت)?|م)}). Java's regex engine tries the branches of a
 * plain alternation one by one at every position of the text; the trie rejects a position on its
 * first character. Longer words are still preferred, as with a longest-first alternation.
 */
public final class WordAlternation {

    private WordAlternation() {
    }

    /** A non-capturing group matching exactly the given words. */
    public static String of(Collection<String> words) {
        return trie(words, false);
    }

    /**
     * A non-capturing group matching the given words in any of the spellings {@link ArabicMatchKey}
     * folds together: each alef, final ya or ta marbuta of a word matches every form of it in the text
     * ({@code الأمير} matches {@code الامير} and {@code الإمير}), diacritics and tatweel are let through
     * ({@code مبيّن}, {@code أيضاً}), and the text need not be folded first. Latin letters match lower case.
     */
    public static String folded(Collection<String> words) {
        return trie(words.stream().map(ArabicMatchKey::of).toList(), true);
    }

    private static String trie(Collection<String> words, boolean anySpelling) {
        Node root = new Node();
        for (String word : words) {
            if (word.isEmpty()) {
                throw new IllegalArgumentException("empty word in alternation");
            }
            Node node = root;
            for (int i = 0; i < word.length(); i++) {
                node = node.children.computeIfAbsent(word.charAt(i), c -> new Node());
            }
            node.terminal = true;
        }
        return "(?:" + branches(root, anySpelling) + ")";
    }

    private static String branches(Node node, boolean anySpelling) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Character, Node> child : node.children.entrySet()) {
            if (!out.isEmpty()) {
                out.append('|');
            }
            out.append(anySpelling ? spellings(child.getKey()) : literal(child.getKey())).append(rest(child.getValue(), anySpelling));
        }
        return out.toString();
    }

    private static String rest(Node node, boolean anySpelling) {
        if (node.children.isEmpty()) {
            return "";
        }
        String tail = node.children.size() == 1 && !node.terminal ? branches(node, anySpelling) : "(?:" + branches(node, anySpelling) + ")";
        return node.terminal ? "(?:" + branches(node, anySpelling) + ")?" : tail;
    }

    /** The letters a folded letter stands for in the text, with the diacritics and tatweel the text may carry after it. */
    private static String spellings(char folded) {
        String letter = switch (folded) {
            case 'ا' -> "[اأإآٱ]";
            case 'ي' -> "[يى]";
            case 'ه' -> "[هة]";
            default -> literal(folded);
        };
        return folded >= '\u0621' && folded <= '\u064A' ? letter + MARKS : letter;
    }

    /** What {@link ArabicMatchKey} drops: harakat, superscript alef, tatweel. */
    private static final String MARKS = "[\\u064B-\\u065F\\u0670\\u0640]*+";

    private static String literal(char c) {
        return Character.isLetterOrDigit(c) || c == ' ' ? String.valueOf(c) : "\\" + (c < 128 ? String.valueOf(c) : String.format("x{%04X}", (int) c));
    }

    private static final class Node {
        private final Map<Character, Node> children = new TreeMap<>();
        private boolean terminal;
    }
}
