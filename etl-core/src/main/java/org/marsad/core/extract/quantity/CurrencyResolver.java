package org.marsad.core.extract.quantity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.Lexicon;
import org.marsad.core.text.WordAlternation;

/**
 * Which currency an amount is in ({@code currencies.tsv}): the country adjective after the word says it
 * ({@code دينار أردني}, {@code جنيه إسترليني}); else, for a word several countries use, the country the
 * sentence names, else the dateline's place, else the country the article names first, else the outlet's
 * country; else the word's default
 * ({@code دولار} is USD); else the word itself, so no guess is stored as a fact.
 */
final class CurrencyResolver {

    private record Currency(String code, boolean isDefault, Pattern country, String word, List<String> countryWords, String isoCountry) {
    }

    /** For each currency word, one pattern of every country word of its currencies, and which currency each belongs to. */
    private record Countries(Pattern anyCountry, Map<String, String> codeOf) {
    }

    private final Map<String, Countries> countriesByWord = new java.util.HashMap<>();

    /** Currency words (folded) to the currencies they may be, in file order. */
    private final Map<String, List<Currency>> byWord = new LinkedHashMap<>();
    CurrencyResolver() {
        for (String[] row : Lexicon.table("currencies").rows()) {
            List<String> countryWords = List.of(row[3].split("\\|")).stream().map(ArabicMatchKey::of).toList();
            Currency c = new Currency(row[0], row[1].equals("default"),
                    Pattern.compile("(?<![\\p{L}])(?:و|ب|ل)?" + WordAlternation.of(countryWords) + "(?:ا|ه|ين|ون)?(?![\\p{L}])"),
                    ArabicMatchKey.of(row[2].split("\\|")[0]), countryWords, row[4]);
            for (String word : row[2].split("\\|")) {
                byWord.computeIfAbsent(ArabicMatchKey.of(word), w -> new ArrayList<>()).add(c);
            }
        }
        byWord.forEach((word, currencies) -> {
            Map<String, String> codeOf = new java.util.HashMap<>();
            for (Currency c : currencies) {
                if (!c.isDefault()) {
                    c.countryWords().forEach(w -> codeOf.putIfAbsent(w, c.code()));
                }
            }
            if (!codeOf.isEmpty()) {
                countriesByWord.put(word, new Countries(Pattern.compile("(?<![\\p{L}])(?:و|ب|ل)?(" + WordAlternation.of(codeOf.keySet())
                        + ")(?:ا|ه|ين|ون)?(?![\\p{L}])"), codeOf));
            }
        });
    }

    /**
     * @param word     the currency word as matched (folded)
     * @param after    the folded text after it (a country adjective there decides)
     * @param sentence the folded sentence
     * @param article  the folded article, folded only if needed
     * @param context  the article's dateline and outlet
     */
    String resolve(String word, String after, String sentence, java.util.function.Supplier<String> article, CountingContext context) {
        List<Currency> candidates = byWord.get(word);
        if (candidates == null) {
            return word;
        }
        String adjective = String.join(" ", firstWords(after, 2));
        for (Currency c : candidates) {
            if (c.country().matcher(adjective).lookingAt()) {
                return c.code();
            }
        }
        // a word with a default (دولار) changes only with its adjective: دولار كندي
        if (candidates.stream().noneMatch(Currency::isDefault)) {
            Countries countries = countriesByWord.get(word);
            String found = named(countries, sentence);
            if (found == null && context.dateline() != null) {
                found = named(countries, ArabicMatchKey.of(context.dateline()));
            }
            if (found == null) {
                found = named(countries, article.get());
            }
            if (found == null && context.outletCountry() != null) {
                found = candidates.stream().filter(c -> context.outletCountry().equals(c.isoCountry())).map(Currency::code)
                        .findFirst().orElse(null);
            }
            if (found != null) {
                return found;
            }
        }
        return candidates.stream().filter(Currency::isDefault).map(Currency::code).findFirst().orElse(candidates.get(0).word());
    }

    /** The currency of the country the folded text names first, one scan for all of them. */
    private static String named(Countries countries, String text) {
        Matcher m = countries.anyCountry().matcher(text);
        return m.find() ? countries.codeOf().get(m.group(1)) : null;
    }

    private static List<String> firstWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return List.of(words).subList(0, Math.min(n, words.length));
    }
}
