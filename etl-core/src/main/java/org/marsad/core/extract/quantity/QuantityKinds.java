package org.marsad.core.extract.quantity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.Lexicon;
import org.marsad.core.text.WordAlternation;

/**
 * What a count covers ({@code quantity-kinds.tsv}): a RATE when a rate phrase follows it or the sentence
 * says per day; a CUMULATIVE toll when the sentence counts since a start ({@code منذ 2011}, {@code منذ بدء
 * الحرب}) or counts what a war or conflict caused ({@code أسفر النزاع عن مقتل 3640}); a PERIOD_TOTAL when it names a period ({@code هذا العام}, {@code منذ يناير}); else an EVENT.
 */
final class QuantityKinds {

    private final Map<QuantityKind, Pattern> after = new EnumMap<>(QuantityKind.class);
    private final Map<QuantityKind, Pattern> sentence = new EnumMap<>(QuantityKind.class);
    private final Pattern since;
    private final List<String> tollNouns = new ArrayList<>();
    /** A war's or conflict's toll: the count is what it caused (أسفر النزاع عن مقتل 3640) or is counted in it (في الصراع). */
    private final Pattern tollOf;
    /** The verbs that make a count what its subject caused, folded (أسفر, أدت, أوقع, خلفت, تسببت). */
    private static final String RESULT_VERBS = "و?(?:اسفر|ادي|ادت|اوقع|خلف|تسبب)\\p{L}{0,2}";
    private final List<QuantityKind> sinceKinds = new ArrayList<>();
    /** A superlative up to seven words before منذ in its clause (الأسوأ من نوعه منذ, لأول مرة منذ): how rare, not since when. */
    private final Pattern rarityBefore;
    /** A word right before a sum that makes it a price or a level (أغلق عند 31.18 ريالا, بسعر 5 دولارات). */
    private final Pattern priceBefore;
    private static final Pattern YEAR_AFTER_SINCE = Pattern.compile("(?<![\\p{L}])منذ\\s+(?:عام\\s+|العام\\s+|سنه\\s+)?((?:19|20)\\d\\d)(?!\\d)");

    QuantityKinds() {
        Map<QuantityKind, List<String>> afterWords = new EnumMap<>(QuantityKind.class);
        Map<QuantityKind, List<String>> sentenceWords = new EnumMap<>(QuantityKind.class);
        Map<String, QuantityKind> sinceWords = new java.util.LinkedHashMap<>();
        List<String> rarityWords = new ArrayList<>();
        List<String> moneyBeforeWords = new ArrayList<>();
        for (String[] row : Lexicon.table("quantity-kinds").rows()) {
            QuantityKind kind = QuantityKind.valueOf(row[0]);
            String phrase = ArabicMatchKey.of(row[2]);
            switch (row[1]) {
                case "after" -> afterWords.computeIfAbsent(kind, k -> new ArrayList<>()).add(phrase);
                case "sentence" -> sentenceWords.computeIfAbsent(kind, k -> new ArrayList<>()).add(phrase);
                case "since" -> sinceWords.put(phrase, kind);
                case "toll-of" -> tollNouns.add(phrase);
                case "rarity" -> rarityWords.add(phrase);
                case "before-money" -> moneyBeforeWords.add(phrase);
                default -> throw new IllegalStateException("quantity-kinds.tsv: unknown place " + row[1]);
            }
        }
        for (String[] row : Lexicon.table("months").rows()) {
            sinceWords.putIfAbsent(ArabicMatchKey.of(row[2]), QuantityKind.PERIOD_TOTAL);
        }
        for (String[] row : Lexicon.table("weekdays").rows()) {
            sinceWords.putIfAbsent(ArabicMatchKey.of(row[1]), QuantityKind.PERIOD_TOTAL);
        }
        priceBefore = Pattern.compile("(?<![\\p{L}])(?:" + WordAlternation.of(moneyBeforeWords) + ")\\s*$");
        rarityBefore = Pattern.compile("(?<![\\p{L}])[وفل]?(?:" + WordAlternation.of(rarityWords) + ")(?![\\p{L}])(?:\\s+[^\\s،,.؛:]+){0,7}\\s*$");
        String nouns = "(?:ال)?(?:" + WordAlternation.of(tollNouns) + ")";
        tollOf = Pattern.compile("(?<![\\p{L}])(?:" + RESULT_VERBS + ")\\s+(?:\\S+\\s+){0,3}?" + nouns + "(?![\\p{L}])"
                + "|(?<![\\p{L}])" + nouns + "\\s+(?:\\S+\\s+){0,6}?(?:" + RESULT_VERBS + ")(?![\\p{L}])"
                + "|(?<![\\p{L}])في\\s+" + nouns + "(?![\\p{L}])");
        afterWords.forEach((k, words) -> after.put(k, Pattern.compile("^\\s*(?:\\S+\\s+){0,2}?(" + WordAlternation.of(words) + ")(?![\\p{L}])")));
        sentenceWords.forEach((k, words) -> sentence.put(k, Pattern.compile("(?<![\\p{L}])" + WordAlternation.of(words) + "(?![\\p{L}])")));
        // longest first, so منذ بداية العام is a period and منذ بداية الحرب a toll
        List<String> phrases = new ArrayList<>(sinceWords.keySet());
        phrases.sort((a, b) -> b.length() - a.length());
        StringBuilder alternation = new StringBuilder();
        for (String p : phrases) {
            alternation.append(alternation.isEmpty() ? "" : "|").append("(").append(Pattern.quote(p)).append(")");
            sinceKinds.add(sinceWords.get(p));
        }
        // منذ 30 آذار/مارس: a day's number may stand before the month
        since = Pattern.compile("(?<![\\p{L}])منذ\\s+(?:[0-9٠-٩]{1,2}\\s+)?(?:ال)?(?:" + alternation + ")(?![\\p{L}])");
    }

    /** Whether a rate phrase follows the count and what it counts (1261 دولارا للأوقية). */
    boolean rateAfter(String foldedAfter) {
        if (!after.containsKey(QuantityKind.RATE)) {
            return false;
        }
        Matcher m = after.get(QuantityKind.RATE).matcher(foldedAfter);
        // في اليوم الثاني, في الشهر الماضي: a day or month named, not a rate (but في اليوم الواحد is one)
        return m.find() && !(m.group(1).startsWith("في ") && NAMED_TIME.matcher(foldedAfter.substring(m.end())).lookingAt());
    }

    /** Whether the words right before a sum of money make it a price or a level, a rate (أغلق السهم عند 31.18 ريالا). */
    boolean priceBefore(String foldedBefore) {
        return priceBefore.matcher(foldedBefore).find();
    }

    private static final Pattern NAMED_TIME = Pattern.compile("\\s+(?:ال(?!واحد)\\p{L}+|ذاته|ذاتها|نفسه|نفسها)");

    /**
     * What the counts of a sentence cover when no rate phrase follows one.
     *
     * @param foldedSentence the sentence, folded
     * @param publishedYear  the year of publication, or 0 when unknown
     */
    QuantityKind ofSentence(String foldedSentence, int publishedYear) {
        if (sentence.containsKey(QuantityKind.RATE) && sentence.get(QuantityKind.RATE).matcher(foldedSentence).find()) {
            return QuantityKind.RATE;
        }
        QuantityKind sinceKind = sinceKind(foldedSentence, publishedYear);
        if (sinceKind == QuantityKind.CUMULATIVE || sentence.containsKey(QuantityKind.CUMULATIVE)
                && sentence.get(QuantityKind.CUMULATIVE).matcher(foldedSentence).find()) {
            return QuantityKind.CUMULATIVE;
        }
        if (sinceKind == QuantityKind.PERIOD_TOTAL || sentence.get(QuantityKind.PERIOD_TOTAL).matcher(foldedSentence).find()) {
            return QuantityKind.PERIOD_TOTAL;
        }
        // a war's toll with no period stated runs from its start (في النصف الأول من العام, in the same war, is a period's)
        return tollOf.matcher(foldedSentence).find() ? QuantityKind.CUMULATIVE : QuantityKind.EVENT;
    }

    private QuantityKind sinceKind(String folded, int publishedYear) {
        Matcher year = YEAR_AFTER_SINCE.matcher(folded);
        while (year.find()) {
            if (!saysHowRare(folded, year.start())) {
                return Integer.parseInt(year.group(1)) == publishedYear ? QuantityKind.PERIOD_TOTAL : QuantityKind.CUMULATIVE;
            }
        }
        Matcher m = since.matcher(folded);
        while (m.find()) {
            if (saysHowRare(folded, m.start())) {
                continue;
            }
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    return sinceKinds.get(g - 1);
                }
            }
        }
        return null;
    }

    /** Whether the منذ at {@code at} dates a superlative (اليوم الأكثر دموية في العاصمة منذ سنوات), not the count. */
    private boolean saysHowRare(String folded, int at) {
        return rarityBefore.matcher(folded.substring(Math.max(0, at - 120), at)).find();
    }
}
