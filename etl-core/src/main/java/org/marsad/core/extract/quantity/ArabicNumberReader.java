package org.marsad.core.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.core.text.ArabicMatchKey;

/**
 * Reads the numbers of Arabic news copy: digits (Arabic-Indic and Persian too, with thousands
 * separators and decimals), number words ({@code ثلاثين}, {@code أربعة}, {@code مئة}/{@code مائة},
 * {@code ثلاثمئة}), compounds joined by {@code و} ({@code خمسة وعشرين}), scale words ({@code ألف},
 * {@code آلاف}, {@code مليون}, {@code مليار}: {@code 88 مليار} is 88000000000, {@code ثلاثة آلاف} 3000),
 * and the vague plurals {@code عشرات}, {@code مئات}, {@code آلاف} (the lower bound, marked approximate).
 */
final class ArabicNumberReader {

    /** A number found in text. */
    record Number(BigDecimal value, boolean vague, int start, int end) {
    }

    private static final Map<String, Long> WORDS = new HashMap<>();
    private static final Map<String, Long> SCALES = new HashMap<>();
    private static final Map<String, Long> VAGUE = new HashMap<>();

    static {
        words(1, "واحد", "واحده", "احد");
        words(2, "اثنان", "اثنين", "اثنتين", "اثنتان");
        words(3, "ثلاثه", "ثلاث");
        words(4, "اربعه", "اربع");
        words(5, "خمسه", "خمس");
        words(6, "سته", "ست");
        words(7, "سبعه", "سبع");
        words(8, "ثمانيه", "ثماني", "ثمان");
        words(9, "تسعه", "تسع");
        words(10, "عشره", "عشر");
        words(20, "عشرون", "عشرين");
        words(30, "ثلاثون", "ثلاثين");
        words(40, "اربعون", "اربعين");
        words(50, "خمسون", "خمسين");
        words(60, "ستون", "ستين");
        words(70, "سبعون", "سبعين");
        words(80, "ثمانون", "ثمانين");
        words(90, "تسعون", "تسعين");
        words(100, "مئه", "مائه");
        words(200, "مئتان", "مئتين", "مائتان", "مائتين", "مئتي", "مائتي");
        String[] units = {"ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int i = 0; i < units.length; i++) {
            words((i + 3) * 100L, units[i] + "مئه", units[i] + "مائه");
        }
        SCALES.put("الف", 1_000L);
        SCALES.put("الفا", 1_000L);
        SCALES.put("الاف", 1_000L);
        SCALES.put("الفين", 2_000L);
        SCALES.put("الفان", 2_000L);
        SCALES.put("مليون", 1_000_000L);
        SCALES.put("ملايين", 1_000_000L);
        SCALES.put("مليونا", 1_000_000L);
        SCALES.put("مليار", 1_000_000_000L);
        SCALES.put("مليارات", 1_000_000_000L);
        SCALES.put("بليون", 1_000_000_000L);
        VAGUE.put("عشرات", 10L);
        VAGUE.put("مئات", 100L);
        VAGUE.put("الاف", 1_000L);
        VAGUE.put("ملايين", 1_000_000L);
    }

    private static final Pattern TOKEN = Pattern.compile("[0-9٠-٩۰-۹]+(?:[,٬][0-9٠-٩۰-۹]{3})*(?:[.٫][0-9٠-٩۰-۹]+)?|[\\p{L}\\p{M}]+");

    /** Every number in {@code text}, in order. */
    static List<Number> all(String text) {
        List<Number> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            tokens.add(m.group());
        }
        for (int i = 0; i < tokens.size(); i++) {
            Parsed p = parse(tokens, i);
            if (p != null) {
                out.add(new Number(p.value, p.vague, spans.get(i)[0], spans.get(p.next - 1)[1]));
                i = p.next - 1;
            }
        }
        return out;
    }

    private record Parsed(BigDecimal value, boolean vague, int next) {
    }

    private static Parsed parse(List<String> tokens, int i) {
        String token = tokens.get(i);
        BigDecimal value;
        int next = i + 1;
        if (Character.isDigit(token.charAt(0))) {
            value = new BigDecimal(digits(token));
        } else {
            String key = key(token);
            Long vague = VAGUE.get(withoutArticle(key));
            if (vague != null && (i + 1 >= tokens.size() || SCALES.get(key(tokens.get(i + 1))) == null)) {
                Long times = i + 1 < tokens.size() ? VAGUE.get(withoutArticle(key(tokens.get(i + 1)))) : null;
                if (times != null && times > vague) {
                    // مئات الآلاف, عشرات الملايين: hundreds of thousands
                    return new Parsed(BigDecimal.valueOf(vague * times), true, next + 1);
                }
                return new Parsed(BigDecimal.valueOf(vague), true, next);
            }
            Long word = WORDS.get(key);
            if (word == null) {
                // a scale word alone is a number (ألف شخص, مليون دولار); its plural alone is vague, handled above
                Long scale = SCALES.get(key);
                return scale == null || VAGUE.containsKey(key) || key.equals("مليارات") ? null
                        : new Parsed(BigDecimal.valueOf(scale), false, next);
            }
            long total = word;
            // compounds: خمسة وعشرين, مئة وخمسون
            while (next < tokens.size() && key(tokens.get(next)).startsWith("و") && WORDS.containsKey(key(tokens.get(next)).substring(1))) {
                total += WORDS.get(key(tokens.get(next)).substring(1));
                next++;
            }
            value = BigDecimal.valueOf(total);
        }
        if (next < tokens.size()) {
            Long scale = SCALES.get(key(tokens.get(next)));
            if (scale != null) {
                value = value.multiply(BigDecimal.valueOf(scale));
                next++;
            }
        }
        return new Parsed(value, false, next);
    }

    private static void words(long value, String... names) {
        for (String name : names) {
            WORDS.put(name, value);
        }
    }

    private static String withoutArticle(String key) {
        return key.startsWith("ال") ? key.substring(2) : key;
    }

    static String key(String word) {
        return ArabicMatchKey.of(word);
    }

    private static String digits(String token) {
        StringBuilder out = new StringBuilder();
        for (char c : token.toCharArray()) {
            if (Character.isDigit(c)) {
                out.append(Character.digit(c, 10));
            } else if (c == '.' || c == '٫') {
                out.append('.');
            }
        }
        return out.toString();
    }
}
