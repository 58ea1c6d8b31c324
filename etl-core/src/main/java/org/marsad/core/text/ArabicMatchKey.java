package org.marsad.core.text;

import java.text.Normalizer;

/**
 * The key under which spelling variants of a name meet: diacritics and tatweel dropped, the alef
 * forms (أ إ آ ٱ) made ا, final ى made ي, ة made ه, Latin letters lower-cased, spaces single.
 * {@code سورية} and {@code سوريه}, {@code إيران} and {@code ايران} get one key.
 */
public final class ArabicMatchKey {


    private ArabicMatchKey() {
    }

    public static String of(String name) {
        if (isKey(name)) {
            return name; // most words of clean text are keys already: no copy, no normalisation check
        }
        // NFKC only changes presentation forms and the like, rare in clean text: checking is far cheaper than normalising,
        // and a word of basic Arabic letters and marks needs no check at all
        String s = basicArabic(name) || Normalizer.isNormalized(name, Normalizer.Form.NFKC) ? name : Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isMark(c)) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = !key.isEmpty();
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(folded(c));
        }
        return key.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether the text is its own key: only basic Arabic letters that do not fold, ASCII lower-case
     * letters, digits and punctuation, and single spaces between words.
     */
    private static boolean isKey(String s) {
        char previous = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean arabic = c >= '\u0621' && c <= '\u063A' || c >= '\u0641' && c <= '\u064A';
            boolean ascii = c < 128 && !(c >= 'A' && c <= 'Z') && (c > ' ' || c == ' ' && previous != ' ' && i + 1 < s.length());
            if (!(arabic && folded(c) == c || ascii)) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** Letters, hamza forms, marks and tatweel of the basic Arabic block, and ASCII: text NFKC leaves as it is. */
    private static boolean basicArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '\u0621' && c <= '\u065F' || c == '\u0640' || c == '\u0670' || c < 128)) {
                return false;
            }
        }
        return true;
    }

    /** Diacritics (harakat, superscript alef, Quranic marks) and tatweel. */
    private static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c >= '\u06D6' && c <= '\u06ED' || c == '\u0640';
    }

    private static char folded(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى' -> 'ي';
            case 'ة' -> 'ه';
            default -> c;
        };
    }
}
