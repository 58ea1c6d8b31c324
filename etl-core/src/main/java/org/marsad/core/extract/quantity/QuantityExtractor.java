package org.marsad.core.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.marsad.core.extract.date.ArabicDateParser;
import org.marsad.core.text.Lexicon;
import org.marsad.core.text.Sentences;
import org.marsad.core.text.WordAlternation;
import org.marsad.core.extract.date.ParsedDate;
import org.marsad.core.text.ArabicMatchKey;

/**
 * Finds the numbers an article states and ties each to what it counts: the noun after the number
 * ({@code 253 عملية}, {@code 133 ضربة جوية}, {@code 74 دولة}, {@code 88 مليار دولار}, {@code 110 آلاف
 * كيلومتر مربع}) or the word before it ({@code قتل 206}, {@code اعتقال 292}, {@code القبض على 431}).
 * Hedges ({@code نحو}, {@code قرابة}, {@code أكثر من}, {@code عشرات}) mark it approximate. Years, dates,
 * ages, percentages of nothing and phone numbers are not quantities.
 */
public final class QuantityExtractor {

    private record Cue(QuantityCategory category, String unit) {
    }

    /** Nouns after a number (normalised, without the article), longest first. */
    private static final Map<String, Cue> AFTER = new java.util.LinkedHashMap<>();
    /** Words before a number that say what it counts. */
    private static final Map<String, QuantityCategory> BEFORE = new java.util.LinkedHashMap<>();

    static {
        for (String[] row : Lexicon.table("quantity-cues").rows()) {
            QuantityCategory category = QuantityCategory.valueOf(row[1]);
            String phrase = ArabicMatchKey.of(row[3]);
            if (row[0].equals("after")) {
                AFTER.putIfAbsent(phrase, new Cue(category, row[2].isEmpty() ? null : row[2]));
            } else {
                BEFORE.put(phrase, category);
            }
        }
    }

    private static final List<Map.Entry<String, Cue>> AFTER_LONGEST_FIRST = AFTER.entrySet().stream()
            .sorted((a, b) -> b.getKey().length() - a.getKey().length()).toList();

    /** What follows عملية when it is not a security operation (normalised, without the article). */
    private static final Lexicon CIVIL_OPERATIONS = Lexicon.named("civil-operations");

    private static final Pattern HEDGE = folded("hedges");
    private static final Pattern YEAR_CONTEXT = folded("year-context");
    private static final Pattern AGE_CONTEXT = folded("age-context");

    /** A list's words at the end of folded text (the words before a number). */
    private static Pattern folded(String lexicon) {
        return Pattern.compile(WordAlternation.of(Lexicon.named(lexicon).foldedEntries()) + "\\s*$");
    }

    private final ArabicDateParser dates = new ArabicDateParser();

    /** The quantities of {@code text}; a figure repeated (same category, amount and unit) is listed once. */
    public List<Quantity> extract(String text) {
        List<Quantity> out = new ArrayList<>();
        for (String s : Sentences.of(text)) {
            extractFrom(s, out);
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        out.removeIf(q -> !seen.add(q.category() + " " + q.amount().stripTrailingZeros().toPlainString() + " " + q.unit()));
        return out;
    }

    private void extractFrom(String sentence, List<Quantity> out) {
        List<int[]> dateSpans = new ArrayList<>();
        for (ParsedDate d : dates.all(sentence)) {
            dateSpans.add(new int[] {d.start(), d.start() + d.expression().length()});
        }
        for (ArabicNumberReader.Number n : ArabicNumberReader.all(sentence)) {
            if (insideDate(n, dateSpans) || isNotAQuantity(sentence, n)) {
                continue;
            }
            String before = ArabicMatchKey.of(sentence.substring(Math.max(0, n.start() - 40), n.start()));
            String after = ArabicMatchKey.of(sentence.substring(n.end(), Math.min(sentence.length(), n.end() + 40))).strip();
            Cue cue = cueAfter(after);
            if (cue == null) {
                QuantityCategory category = cueBefore(before);
                if (category == null) {
                    continue; // a number that counts nothing nameable: a ranking, a score, a law number
                }
                cue = new Cue(category, null);
            } else if (cue.category() == QuantityCategory.PEOPLE) {
                QuantityCategory verb = cueBefore(before);
                if (verb != null) {
                    cue = new Cue(verb, null); // قتل 206 عناصر: the verb says what happened to them
                }
            }
            boolean approximate = n.vague() || HEDGE.matcher(before).find();
            out.add(new Quantity(cue.category(), n.value(), cue.unit(), approximate, sentence));
        }
    }

    private static Cue cueAfter(String after) {
        String stripped = after.replaceFirst("^(من\\s+)?(ال)?", "");
        for (Map.Entry<String, Cue> e : AFTER_LONGEST_FIRST) {
            String noun = e.getKey();
            if (stripped.startsWith(noun) && (stripped.length() == noun.length() || !Character.isLetter(stripped.charAt(noun.length())))) {
                if (e.getValue().category() == QuantityCategory.OPERATIONS && civilOperation(stripped.substring(noun.length()))) {
                    return null; // عملية شراء, عمليات جراحية: operations, but not the security kind analysts count
                }
                return e.getValue();
            }
        }
        return null;
    }

    private static boolean civilOperation(String afterNoun) {
        String[] words = afterNoun.strip().split("[^\\p{L}]+", 2);
        return words.length > 0 && CIVIL_OPERATIONS.contains(words[0].replaceFirst("^ال", ""));
    }

    private static QuantityCategory cueBefore(String before) {
        String[] words = before.strip().split("\\s+");
        String tail = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 4), words.length));
        QuantityCategory found = null;
        int at = -1;
        for (Map.Entry<String, QuantityCategory> e : BEFORE.entrySet()) {
            int i = tail.lastIndexOf(e.getKey());
            if (i > at) {
                at = i;
                found = e.getValue();
            }
        }
        return found;
    }

    private static boolean insideDate(ArabicNumberReader.Number n, List<int[]> spans) {
        for (int[] span : spans) {
            if (n.start() >= span[0] && n.end() <= span[1]) {
                return true;
            }
        }
        return false;
    }

    /** Years, ages and phone numbers. */
    private static boolean isNotAQuantity(String sentence, ArabicNumberReader.Number n) {
        String before = ArabicMatchKey.of(sentence.substring(Math.max(0, n.start() - 15), n.start()));
        BigDecimal v = n.value();
        boolean yearLike = v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(1900)) >= 0 && v.compareTo(BigDecimal.valueOf(2100)) <= 0
                && n.end() - n.start() == 4;
        String raw = sentence.substring(n.start(), n.end());
        boolean phone = raw.replaceAll("\\D", "").length() >= 8 && (raw.startsWith("0") || raw.startsWith("٠"));
        return yearLike && (YEAR_CONTEXT.matcher(before).find() || !followedByNoun(sentence, n)) || AGE_CONTEXT.matcher(before).find() || phone;
    }

    private static boolean followedByNoun(String sentence, ArabicNumberReader.Number n) {
        return cueAfter(ArabicMatchKey.of(sentence.substring(n.end(), Math.min(sentence.length(), n.end() + 40))).strip()) != null;
    }
}
