package org.marsad.core.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.core.extract.date.ArabicDateParser;
import org.marsad.core.text.Sentences;
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
        after(QuantityCategory.AIRSTRIKES, null, "ضربه جويه", "ضربات جويه", "غاره جويه", "غارات جويه", "غاره", "غارات", "ضربه", "ضربات");
        after(QuantityCategory.AREA, "KM2", "كيلومتر مربع", "كيلومترا مربعا", "كيلو متر مربع", "كلم مربع", "كم مربع", "كم2");
        after(QuantityCategory.AREA, "M2", "متر مربع", "مترا مربعا");
        after(QuantityCategory.AREA, "HA", "هكتار", "هكتارا");
        after(QuantityCategory.AREA, "DUNAM", "دونم", "دونما");
        after(QuantityCategory.MONEY, "USD", "دولار", "دولارا", "دولارات");
        after(QuantityCategory.MONEY, "EUR", "يورو");
        after(QuantityCategory.MONEY, "IQD", "دينار عراقي", "دينار");
        after(QuantityCategory.MONEY, "SAR", "ريال سعودي", "ريال", "ريالا", "ريالات");
        after(QuantityCategory.MONEY, "EGP", "جنيه مصري", "جنيه", "جنيها");
        after(QuantityCategory.MONEY, "AED", "درهم اماراتي", "درهم", "درهما");
        after(QuantityCategory.MONEY, "SYP", "ليره سوريه");
        after(QuantityCategory.MONEY, "TRY", "ليره تركيه");
        after(QuantityCategory.MONEY, "LBP", "ليره لبنانيه");
        after(QuantityCategory.MONEY, "GBP", "جنيه استرليني");
        after(QuantityCategory.OPERATIONS, null, "عمليه", "عمليات");
        after(QuantityCategory.COUNTRIES, null, "دوله", "دول", "بلدا", "بلد", "بلدان");
        after(QuantityCategory.KILLED, null, "قتيلا", "قتيل", "قتلى");
        after(QuantityCategory.WOUNDED, null, "جريحا", "جريح", "جرحى", "مصابا", "مصاب", "مصابين");
        after(QuantityCategory.ARRESTED, null, "معتقلا", "معتقل", "معتقلين", "موقوفا", "موقوفين");
        after(QuantityCategory.PEOPLE, null, "شخصا", "شخص", "اشخاص", "مواطنا", "مواطن", "مواطنين", "مدنيا", "مدنيين", "نسمه",
                "لاجئ", "لاجئا", "لاجئين", "نازح", "نازحا", "نازحين", "طفلا", "اطفال", "امراه", "نساء", "عنصرا", "عناصر",
                "مقاتلا", "مقاتلين", "مسلحا", "مسلحين", "جنديا", "جنود", "ارهابيا", "ارهابيين", "مطلوبا", "مطلوبين");
        before(QuantityCategory.KILLED, "قتل", "مقتل", "مصرع", "قتلت", "قتلوا", "حصيله القتلى");
        before(QuantityCategory.WOUNDED, "اصابه", "اصيب", "جرح", "اصابات");
        before(QuantityCategory.ARRESTED, "اعتقال", "اعتقل", "القبض علي", "توقيف", "اوقف", "اعتقلت", "احتجاز");
    }

    private static final List<Map.Entry<String, Cue>> AFTER_LONGEST_FIRST = AFTER.entrySet().stream()
            .sorted((a, b) -> b.getKey().length() - a.getKey().length()).toList();

    /** What follows عملية when it is not a security operation (normalised, without the article). */
    private static final java.util.Set<String> CIVIL_OPERATIONS = java.util.Set.of("شراء", "بيع", "دفع", "تحويل", "سحب", "ايداع",
            "جراحيه", "جراحه", "تجميل", "ولاده", "زرع", "قلب", "حسابيه", "بحث", "تصويت", "اقتراع", "انتخابيه", "تداول", "حجز", "تسجيل");

    private static final Pattern HEDGE = Pattern.compile("(نحو|قرابه|حوالي|حوالى|اكثر من|ازيد من|ما يقرب من|ما يزيد علي|ما يزيد عن|زهاء|اقل من|ما لا يقل عن|اكثر من)\\s*$");
    private static final Pattern YEAR_CONTEXT = Pattern.compile("(عام|سنه|العام|منذ|مطلع|اواخر|اوائل)\\s*$");
    private static final Pattern AGE_CONTEXT = Pattern.compile("(العمر|عمره|عمرها|البالغ|البالغه|يبلغ|تبلغ|بعمر|سن)\\s*$");

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

    private static void after(QuantityCategory category, String unit, String... nouns) {
        for (String noun : nouns) {
            AFTER.putIfAbsent(noun, new Cue(category, unit));
        }
    }

    private static void before(QuantityCategory category, String... words) {
        for (String word : words) {
            BEFORE.put(word, category);
        }
    }
}
