package org.marsad.core.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.Lexicon;

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

    /** Scales in the plural: they multiply a number before them but name none alone (مليارات). */
    private static final Set<String> PLURAL_SCALES = new HashSet<>();

    static {
        for (String[] row : Lexicon.table("number-words").rows()) {
            String word = ArabicMatchKey.of(row[2]);
            long value = Long.parseLong(row[1]);
            switch (row[0]) {
                case "unit" -> WORDS.put(word, value);
                case "scale" -> SCALES.put(word, value);
                case "plural-scale" -> {
                    SCALES.put(word, value);
                    PLURAL_SCALES.add(word);
                }
                case "vague" -> VAGUE.put(word, value);
                default -> throw new IllegalStateException("number-words.tsv: unknown kind " + row[0]);
            }
        }
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
                return scale == null || PLURAL_SCALES.contains(key) ? null
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
