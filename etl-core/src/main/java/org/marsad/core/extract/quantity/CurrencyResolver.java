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
 * sentence names, else the dateline's place, else the nearest country named before the sentence that the article
 * names again, else the country the article names most (the outlet's counting as one more mention); else the word's default
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
    /** Nationality adjectives, folded, with the article: a country they name may be a person's. */
    private final java.util.Set<String> nationalities;

    /** @param nationalities the nationality adjectives, folded, with the article (nationality-adjectives.txt) */
    CurrencyResolver(java.util.Set<String> nationalities) {
        this.nationalities = nationalities;
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
     * @param article  the article's sentences, folded only if needed
     * @param index    which of them the sentence is
     * @param context  the article's dateline and outlet
     */
    String resolve(String word, String after, String sentence, FoldedArticle article, int index, CountingContext context) {
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
            String found = country(word, candidates, countriesByWord.get(word), sentence, article, index, context);
            if (found != null) {
                return found;
            }
        }
        return candidates.stream().filter(Currency::isDefault).map(Currency::code).findFirst().orElse(candidates.get(0).word());
    }

    /** The currency of the country the context names, nearest first; null if none does. */
    private String country(String word, List<Currency> candidates, Countries countries, String sentence, FoldedArticle article,
            int index, CountingContext context) {
        String found = namedByName(countries, sentence);
        if (found == null && context.dateline() != null) {
            found = named(countries, ArabicMatchKey.of(context.dateline()));
        }
        if (found != null) {
            return found;
        }
        Map<String, Integer> mentions = article.counted(word, whole -> mentions(countries, whole));
        // a market round-up goes from country to country: the nearest sentence before that names one says which,
        // if the article names that country again (an Iranian statement in passing leaves a Saudi share's riyal)
        for (int i = index - 1; found == null && i >= 0; i--) {
            found = lastNamed(countries, article.sentence(i));
            if (found != null && mentions.getOrDefault(found, 0) < 2) {
                found = null;
            }
        }
        return found != null ? found : mostNamed(candidates, mentions, context.outletCountry());
    }

    /** How often the folded article names each currency's country, in the order first named. */
    private static Map<String, Integer> mentions(Countries countries, String article) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        Matcher m = countries.anyCountry().matcher(article);
        while (m.find()) {
            mentions.merge(countries.codeOf().get(m.group(1)), 1, Integer::sum);
        }
        return mentions;
    }

    /**
     * The currency of the country the article names most, the outlet's country counted as one more mention and
     * winning a tie: a Saudi paper's riyal stays Saudi where Qatar is named once, BBC's جنيه is Egyptian in an
     * article about Egypt.
     */
    private static String mostNamed(List<Currency> candidates, Map<String, Integer> named, String outletCountry) {
        Map<String, Integer> mentions = new LinkedHashMap<>(named);
        String outlet = outletCountry == null ? null : candidates.stream().filter(c -> outletCountry.equals(c.isoCountry()))
                .map(Currency::code).findFirst().orElse(null);
        if (outlet != null) {
            mentions.merge(outlet, 1, Integer::sum);
        }
        String best = outlet;
        for (Map.Entry<String, Integer> e : mentions.entrySet()) {
            if (best == null || e.getValue() > mentions.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The currency of the country the folded text names last. */
    private static String lastNamed(Countries countries, String text) {
        Matcher m = countries.anyCountry().matcher(text);
        String last = null;
        while (m.find()) {
            last = countries.codeOf().get(m.group(1));
        }
        return last;
    }

    /**
     * The currency of the country the folded sentence names first by a country's or a place's name, else by a
     * nationality adjective: the adjective may be a person's (البائع العماني in عسير, سعد اليمني in الأحساء).
     */
    private String namedByName(Countries countries, String sentence) {
        Matcher m = countries.anyCountry().matcher(sentence);
        String adjective = null;
        while (m.find()) {
            String word = m.group(1);
            if (!nationalities.contains(word.startsWith("ال") ? word : "ال" + word)) {
                return countries.codeOf().get(word);
            }
            adjective = adjective != null ? adjective : countries.codeOf().get(word);
        }
        return adjective;
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
