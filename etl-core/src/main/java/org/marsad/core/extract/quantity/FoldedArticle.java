package org.marsad.core.extract.quantity;

import java.util.List;

import org.marsad.core.text.ArabicMatchKey;

/**
 * An article's sentences as a currency's country is looked for in them: folded only when a bare currency word
 * needs them, once for the whole article.
 */
final class FoldedArticle {

    private final List<String> sentences;
    private String[] folded;
    private String whole;
    /** What {@link CurrencyResolver} counted in the whole article, by currency word: once per article, not per sum. */
    private final java.util.Map<String, java.util.Map<String, Integer>> counted = new java.util.HashMap<>();

    FoldedArticle(List<String> sentences) {
        this.sentences = sentences;
    }

    /** The folded sentence {@code i}. */
    String sentence(int i) {
        if (folded == null) {
            folded = new String[sentences.size()];
        }
        if (folded[i] == null) {
            folded[i] = ArabicMatchKey.of(sentences.get(i));
        }
        return folded[i];
    }

    /** What {@code count} makes of the whole article, computed once for each key. */
    java.util.Map<String, Integer> counted(String key, java.util.function.Function<String, java.util.Map<String, Integer>> count) {
        return counted.computeIfAbsent(key, k -> count.apply(whole()));
    }

    /** The whole article folded. */
    String whole() {
        if (whole == null) {
            whole = ArabicMatchKey.of(String.join("\n", sentences));
        }
        return whole;
    }
}
