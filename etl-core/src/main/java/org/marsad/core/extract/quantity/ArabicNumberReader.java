package org.marsad.core.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.Lexicon;

/**
 * Reads the numbers of Arabic news copy. Digits of every script with the press's notations: thousands
 * separated by {@code ,} or {@code ٬} (or by {@code .} in groups of three when no scale follows:
 * {@code 20.000}), decimals after {@code .}, {@code ٫}, a comma before one or two digits ({@code 4,4 مليارات},
 * {@code 1،5 مليار}) and the wire agencies' {@code ر} ({@code 5ر2} is 2.5). Number words ({@code أربعة},
 * {@code ثلاثين}, {@code ثلاثمئة}), 11 to 19 ({@code خمسة عشر}, {@code ثلاث عشرة}), compounds joined by
 * {@code و} ({@code خمسة وعشرين}, {@code مئة وخمسون}), scales after a number ({@code 88 مليار},
 * {@code ثلاثة آلاف}, {@code نصف مليون}), alone ({@code ألف شخص}) or dual ({@code ملياري}), a number after a
 * scale added to it ({@code 27 مليوناً 243 ألفاً و15}), and the vague plurals {@code عشرات}, {@code مئات},
 * {@code آلاف} (the lower bound, approximate; {@code مئات الآلاف}). A range ({@code بين 20 و30},
 * {@code من 50 إلى 75}) is one number, approximate, with its top. A number written with its thousands
 * separated is in full: no scale multiplies it. Values are exact decimals.
 */
final class ArabicNumberReader {

    private static final System.Logger LOG = System.getLogger(ArabicNumberReader.class.getName());

    /**
     * A number found in text; {@code high} is the top of a range, else null; {@code dualOf} what a dual
     * noun counts (جنديين is two people), else null.
     */
    record Number(BigDecimal value, BigDecimal high, boolean vague, int start, int end, QuantityCategory dualOf) {

        Number(BigDecimal value, BigDecimal high, boolean vague, int start, int end) {
            this(value, high, vague, start, end, null);
        }
    }

    private static final Map<String, BigDecimal> WORDS = new HashMap<>();
    private static final Map<String, BigDecimal> SCALES = new HashMap<>();
    private static final Map<String, BigDecimal> VAGUE = new HashMap<>();
    private static final Map<String, BigDecimal> FRACTIONS = new HashMap<>();
    private static final Set<String> TEENS = new HashSet<>();
    private static final Set<String> HUNDREDS = new HashSet<>();

    /** Scales in the plural: they multiply a number before them but name none alone (مليارات). */
    private static final Set<String> PLURAL_SCALES = new HashSet<>();

    /** Every folded form a number word may take (clitics, the article of vague plurals): a word not here is no number. */
    private static final Set<String> KNOWN = new HashSet<>();

    /** First letters (folded) of the words the reader looks at: number words with a clitic, and بين, من, إلى, حتى, و. */
    private static final Set<Character> FIRST_LETTERS = new HashSet<>();

    /** More digits than any count or budget has: a code, a phone number, a misprint. */
    private static final int MOST_DIGITS = 16;

    static {
        for (String[] row : Lexicon.table("number-words").rows()) {
            String word = ArabicMatchKey.of(row[2]);
            BigDecimal value = new BigDecimal(row[1]);
            switch (row[0]) {
                case "unit" -> WORDS.put(word, value);
                case "scale" -> SCALES.put(word, value);
                case "plural-scale" -> {
                    SCALES.put(word, value);
                    PLURAL_SCALES.add(word);
                }
                case "vague" -> VAGUE.put(word, value);
                case "teen" -> TEENS.add(word);
                case "fraction" -> FRACTIONS.put(word, value);
                case "hundred" -> HUNDREDS.add(word);
                default -> throw new IllegalStateException("number-words.tsv: unknown kind " + row[0]);
            }
            for (String form : List.of(word, "ال" + word)) {
                KNOWN.add(form);
                for (char clitic : "وبلفك".toCharArray()) {
                    KNOWN.add(clitic + form);
                }
            }
        }
        KNOWN.forEach(k -> FIRST_LETTERS.add(k.charAt(0)));
        for (char c : "بمحاو".toCharArray()) {
            FIRST_LETTERS.add(c);
        }
    }

    /** A word the reader may need folded: one that can begin like a number word (most words of a sentence cannot). */
    private static boolean mayMatter(String word) {
        char first = word.charAt(0);
        if (first < '\u0621' || first > '\u064A') {
            return true; // presentation forms (ﺳﺒﻌﺔ), other scripts: folding decides
        }
        char folded = first == 'أ' || first == 'إ' || first == 'آ' ? 'ا' : first;
        return word.length() <= 14 && FIRST_LETTERS.contains(folded);
    }

    private static final String DIGIT = "[0-9٠-٩۰-۹]";
    /** A digit run with what the press writes inside numbers (. , ، ٬ ٫ and the agencies' ر), read by {@link #digits}; or a word. */
    private static final Pattern TOKEN = Pattern.compile(DIGIT + "+(?:[.,،٬٫ر]" + DIGIT + "+)*|[\\p{L}\\p{M}]+");
    private static final Pattern WIRE = Pattern.compile("(\\d+)ر(\\d+)");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+[,،]\\d{1,2}");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("\\d{1,3}(?:[,٬،]\\d{3})+(?:[.٫]\\d+)?");
    // 0.122 is a decimal: no number written with thousands separators begins with a lone 0
    private static final Pattern DOT_THOUSANDS = Pattern.compile("(?!0\\.)\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:[.٫]\\d+)?");
    private static final Pattern HYPHEN = Pattern.compile("\\s*[-–]\\s*");

    /** Every number in {@code text}, in order. */
    static List<Number> all(String text) {
        List<Number> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            String token = m.group();
            // words folded once here: every lookup below is on the folded form
            tokens.add(Character.isDigit(token.charAt(0)) || !mayMatter(token) ? token : ArabicMatchKey.of(token));
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && TEENS.contains(tokens.get(i)) && tokens.get(i - 1).startsWith("ال")) {
                continue; // الخامسة عشرة, التسعة عشر: the teen of an ordinal or of a definite numeral, no ten alone
            }
            Parsed p = parse(tokens, i);
            if (p == null) {
                continue;
            }
            BigDecimal high = null;
            int next = p.next;
            Parsed top = rangeTop(tokens, i, p);
            if (top == null) {
                top = hyphenTop(text, tokens, spans, i, p);
            }
            if (top != null) {
                high = top.value;
                next = top.next;
                p = sharingScale(p, top);
            }
            int end = spans.get(next - 1)[1];
            int restated = restatedInWords(text, tokens, spans, i, next, p.value);
            if (restated > 0) {
                end = spans.get(restated - 1)[1]; // (37) سبعة وثلاثون: one number, written twice
                next = restated;
            }
            if (p.value.precision() - p.value.scale() > MOST_DIGITS) {
                LOG.log(System.Logger.Level.DEBUG, "skipped an amount of more than {0} digits: {1}", MOST_DIGITS, p.value.toPlainString());
            } else {
                out.add(new Number(p.value, high, p.vague || high != null, spans.get(i)[0], end));
            }
            i = next - 1;
        }
        return out;
    }

    /**
     * Official statements write a count in digits between brackets and again in words ({@code (37) سبعة وثلاثون}):
     * the token index after the words when they follow the bracket and say the same number, else 0.
     */
    private static int restatedInWords(String text, List<String> tokens, List<int[]> spans, int i, int next, BigDecimal value) {
        if (next >= tokens.size() || tokens.get(next).isEmpty() || !Character.isDigit(tokens.get(i).charAt(0))
                || Character.isDigit(tokens.get(next).charAt(0))) { // a tatweel alone folds to an empty token
            return 0;
        }
        String open = text.substring(Math.max(0, spans.get(i)[0] - 2), spans.get(i)[0]).strip();
        String between = text.substring(spans.get(next - 1)[1], spans.get(next)[0]).strip();
        if (!open.endsWith("(") || !between.equals(")")) {
            return 0;
        }
        Parsed words = parse(tokens, next);
        return words != null && words.value.compareTo(value) == 0 ? words.next : 0;
    }

    private record Parsed(BigDecimal value, boolean vague, int next, BigDecimal scale) {
    }

    /** The top of a range whose bottom {@code low} starts at {@code i}: بين 20 و30, من 50 إلى 75. */
    private static Parsed rangeTop(List<String> tokens, int i, Parsed low) {
        if (i == 0 || low.next >= tokens.size()) {
            return null;
        }
        String before = (tokens.get(i - 1));
        String joiner = (tokens.get(low.next));
        int at = low.next + 1;
        boolean between = before.equals("بين") && joiner.equals("و");
        boolean fromTo = before.equals("من") && (joiner.equals("الى") || joiner.equals("حتى"));
        if (!between && !fromTo) {
            if (before.equals("بين") && joiner.startsWith("و") && numberWord(joiner.substring(1)) != null) {
                Parsed top = parse(withFirst(tokens, low.next, joiner.substring(1)), low.next);
                return top != null && top.value.compareTo(low.value) > 0 ? top : null; // بين عشرين وثلاثين
            }
            return null;
        }
        Parsed top = at < tokens.size() ? parse(tokens, at) : null;
        return top != null && top.value.compareTo(low.value) > 0 ? top : null;
    }

    /**
     * The top of a range written with a hyphen between digits, {@code 200-249 ألف}: only with a scale after the top or
     * بين before the bottom, since a score (4-1) and a season (2016-17) are written so too.
     */
    private static Parsed hyphenTop(String text, List<String> tokens, List<int[]> spans, int i, Parsed low) {
        int at = low.next;
        if (at >= tokens.size() || low.scale != null || !Character.isDigit(tokens.get(i).charAt(0))
                || tokens.get(at).isEmpty() || !Character.isDigit(tokens.get(at).charAt(0))
                || !HYPHEN.matcher(text.substring(spans.get(at - 1)[1], spans.get(at)[0])).matches()) {
            return null;
        }
        Parsed top = parse(tokens, at);
        boolean between = i > 0 && tokens.get(i - 1).equals("بين");
        return top != null && (top.scale != null || between) && top.value.compareTo(low.value) > 0 ? top : null;
    }

    /** بين 115 و125 مليار: the bottom of a range written without the top's scale has it too. */
    private static Parsed sharingScale(Parsed low, Parsed top) {
        if (low.scale != null || top.scale == null) {
            return low;
        }
        BigDecimal scaled = low.value.multiply(top.scale);
        return scaled.compareTo(top.value) < 0 ? new Parsed(scaled, low.vague, low.next, top.scale) : low;
    }

    private static Parsed parse(List<String> tokens, int i) {
        Parsed simple = parseSimple(tokens, i);
        if (simple == null || simple.scale == null) {
            return simple;
        }
        // 27 مليوناً 243 ألفاً و15: a smaller number after a scale adds to it
        Parsed total = simple;
        while (total.next < tokens.size()) {
            int at = total.next;
            List<String> rest = tokens;
            String key = (tokens.get(at));
            if (key.equals("و")) {
                at++;
            } else if (key.startsWith("و") && numberWord(key.substring(1)) != null) {
                rest = withFirst(tokens, at, key.substring(1));
            }
            if (at >= tokens.size()) {
                break;
            }
            Parsed more = parseSimple(rest, at);
            if (more == null || more.vague || more.value.compareTo(total.scale) >= 0) {
                break;
            }
            total = new Parsed(total.value.add(more.value), false, more.next, more.scale == null ? BigDecimal.ONE : more.scale);
        }
        return total;
    }

    /** A number and the scale after it, without what follows the scale. */
    private static Parsed parseSimple(List<String> tokens, int i) {
        String token = tokens.get(i);
        if (token.isEmpty()) {
            return null; // a tatweel or a diacritic alone folds to nothing
        }
        BigDecimal value;
        int next = i + 1;
        boolean separated = false;
        if (Character.isDigit(token.charAt(0))) {
            if (token.replaceAll("\\D", "").length() > 24) {
                return null;
            }
            boolean scaleAfter = next < tokens.size() && SCALES.containsKey((tokens.get(next)));
            value = digits(token, scaleAfter);
            if (value == null) {
                return null;
            }
            String latin = asLatinDigits(token);
            // 2,023.33 مليار has a fraction and 1,403 مليون one group of thousands: the scale multiplies them
            separated = COMMA_THOUSANDS.matcher(latin).matches() && latin.indexOf('.') < 0 && latin.indexOf('٫') < 0
                    && value.compareTo(BigDecimal.valueOf(1_000_000)) >= 0
                    || DOT_THOUSANDS.matcher(latin).matches() && (!scaleAfter || latin.indexOf('.') != latin.lastIndexOf('.'));
        } else {
            String key = token;
            if (!KNOWN.contains(key)) {
                return null;
            }
            BigDecimal vague = vagueWord(withoutClitic(key));
            if (vague != null) {
                return vague(tokens, next, vague);
            }
            BigDecimal fraction = FRACTIONS.get(key);
            if (fraction != null) {
                BigDecimal scale = next < tokens.size() ? SCALES.get((tokens.get(next))) : null;
                return scale == null ? null : new Parsed(fraction.multiply(scale), false, next + 1, scale);
            }
            BigDecimal word = numberWord(key);
            if (word == null) {
                // a scale word alone is a number (ألف شخص, مليون دولار); its plural alone is vague, handled above
                BigDecimal scale = SCALES.get(key);
                return scale == null || PLURAL_SCALES.contains(key) ? null : new Parsed(scale, false, next, scale);
            }
            boolean teen = next < tokens.size() && TEENS.contains((tokens.get(next)));
            value = word;
            if (teen && value.compareTo(BigDecimal.TEN) < 0) {
                value = value.add(BigDecimal.TEN); // خمسة عشر
                next++;
            } else if (next < tokens.size() && value.compareTo(BigDecimal.TEN) < 0 && HUNDREDS.contains((tokens.get(next)))) {
                value = value.multiply(BigDecimal.valueOf(100)); // ثلاث مئة
                next++;
            }
            // compounds: خمسة وعشرين, مئة وخمسون, مئة وخمسة وعشرين; never tens and tens (بين عشرين وثلاثين)
            BigDecimal last = value;
            while (next < tokens.size() && (tokens.get(next)).startsWith("و")) {
                BigDecimal part = WORDS.get((tokens.get(next)).substring(1));
                if (part == null || !joins(value, last, part)) {
                    break;
                }
                value = value.add(part);
                last = part;
                next++;
            }
        }
        if (next < tokens.size()) {
            BigDecimal scale = SCALES.get((tokens.get(next)));
            if (scale != null) {
                // (23,190,768) مليون: written in full already, the scale only repeats it
                return separated ? new Parsed(value, false, next + 1, null) : new Parsed(value.multiply(scale), false, next + 1, scale);
            }
        }
        return new Parsed(value, false, next, null);
    }

    /** Whether {@code part} after و continues a number whose total is {@code total} and last part {@code last}. */
    private static boolean joins(BigDecimal total, BigDecimal last, BigDecimal part) {
        boolean tens = part.compareTo(BigDecimal.valueOf(20)) >= 0 && part.compareTo(BigDecimal.valueOf(100)) < 0;
        return last.compareTo(BigDecimal.TEN) < 0 && tens || total.compareTo(BigDecimal.valueOf(100)) >= 0 && part.compareTo(BigDecimal.valueOf(100)) < 0
                && last.compareTo(BigDecimal.valueOf(100)) >= 0;
    }

    /** عشرات, مئات الآلاف, عشرات آلاف, بعشرات المليارات: the lower bound, approximate. */
    private static Parsed vague(List<String> tokens, int next, BigDecimal vague) {
        if (next < tokens.size()) {
            String after = (tokens.get(next));
            BigDecimal times = vagueWord(after);
            after = SCALES.containsKey(after) ? after : withoutArticle(after);
            if (times == null && PLURAL_SCALES.contains(after)) {
                times = SCALES.get(after);
            }
            if (times != null && times.compareTo(vague) > 0) {
                return new Parsed(vague.multiply(times), true, next + 1, null);
            }
        }
        return new Parsed(vague, true, next, null);
    }

    /** آلاف, الآلاف, عشرات, العشرات: the vague plural a word is, if any (آلاف begins like the article when folded). */
    private static BigDecimal vagueWord(String key) {
        BigDecimal v = VAGUE.get(key);
        return v != null ? v : VAGUE.get(withoutArticle(key));
    }

    /** A number word, alone or after one clitic letter (بخمسة, لثمانية); none with the article (الخمسين is an ordinal). */
    private static BigDecimal numberWord(String key) {
        BigDecimal word = WORDS.get(key);
        if (word == null && key.length() >= 4 && "وبلفك".indexOf(key.charAt(0)) >= 0) {
            word = WORDS.get(key.substring(1));
        }
        return word;
    }

    private static List<String> withFirst(List<String> tokens, int at, String replacement) {
        List<String> copy = new ArrayList<>(tokens.subList(0, Math.min(tokens.size(), at + 12)));
        copy.set(at, replacement);
        return copy;
    }

    private static String withoutArticle(String key) {
        return key.startsWith("ال") ? key.substring(2) : key;
    }

    private static String withoutClitic(String key) {
        return key.length() >= 5 && "وبلفك".indexOf(key.charAt(0)) >= 0 && vagueWord(key.substring(1)) != null ? key.substring(1) : key;
    }

    private static String asLatinDigits(String token) {
        StringBuilder latin = new StringBuilder(token.length());
        for (char c : token.toCharArray()) {
            latin.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        return latin.toString();
    }

    /** The value of a digit token in any of the press's notations, or null for none of them. */
    private static BigDecimal digits(String token, boolean scaleAfter) {
        String s = asLatinDigits(token);
        Matcher wire = WIRE.matcher(s);
        if (wire.matches()) {
            return new BigDecimal(wire.group(2) + "." + wire.group(1)); // 5ر2 is 2.5, as the agencies set it right to left
        }
        if (DECIMAL_COMMA.matcher(s).matches()) {
            return new BigDecimal(s.replaceAll("[,،]", "."));
        }
        if (DOT_THOUSANDS.matcher(s).matches() && (!scaleAfter || s.indexOf('.') != s.lastIndexOf('.'))) {
            return new BigDecimal(s.replace(".", "")); // 20.000, 1.000.000
        }
        if (COMMA_THOUSANDS.matcher(s).matches()) {
            return new BigDecimal(s.replaceAll("[,٬،]", "").replace('٫', '.'));
        }
        return DECIMAL.matcher(s).matches() ? new BigDecimal(s.replace('٫', '.')) : null;
    }
}
