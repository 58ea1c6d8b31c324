package org.marsad.core.extract.article;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language of an article from its script and, for Latin text, its commonest words: {@code ar},
 * {@code en}, {@code fr}, or null when it cannot tell. Enough for an Arabic news archive, where other
 * languages are the exception to flag, not to analyse.
 */
final class LanguageGuesser {

    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said");
    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "et", "est", "une", "du", "que", "dans", "pour", "a");

    /** Scripts whose language the script tells, or a BCP 47 "undetermined, in this script" tag where it does not. */
    private static final Map<Character.UnicodeScript, String> SCRIPTS = Map.ofEntries(
            Map.entry(Character.UnicodeScript.CYRILLIC, "und-Cyrl"), Map.entry(Character.UnicodeScript.GREEK, "el"),
            Map.entry(Character.UnicodeScript.HEBREW, "he"), Map.entry(Character.UnicodeScript.HAN, "zh"),
            Map.entry(Character.UnicodeScript.HIRAGANA, "ja"), Map.entry(Character.UnicodeScript.KATAKANA, "ja"),
            Map.entry(Character.UnicodeScript.HANGUL, "ko"), Map.entry(Character.UnicodeScript.DEVANAGARI, "und-Deva"),
            Map.entry(Character.UnicodeScript.THAI, "th"), Map.entry(Character.UnicodeScript.ARMENIAN, "hy"),
            Map.entry(Character.UnicodeScript.GEORGIAN, "ka"), Map.entry(Character.UnicodeScript.ETHIOPIC, "und-Ethi"));

    /** The tag of the commonest other script when its letters outnumber the Arabic and Latin ones; else null. */
    private static String otherScript(String text, int arabicOrLatin) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (SCRIPTS.containsKey(script)) {
                counts.merge(script, 1, Integer::sum);
            }
        });
        // Japanese mixes kana with Han: any kana makes it Japanese
        int han = counts.getOrDefault(Character.UnicodeScript.HAN, 0);
        int kana = counts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0) + counts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
        if (kana > 0 && han + kana > arabicOrLatin) {
            return "ja";
        }
        return counts.entrySet().stream().filter(e -> e.getValue() > arabicOrLatin).max(Map.Entry.comparingByValue())
                .map(e -> SCRIPTS.get(e.getKey())).orElse(null);
    }

    String guess(String text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0621 && c <= 0x064A) {
                arabic++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x17F)) {
                latin++;
            }
        }
        String other = otherScript(text, arabic + latin);
        if (other != null) {
            return other;
        }
        if (arabic + latin == 0) {
            return null;
        }
        if (arabic >= latin) {
            return "ar";
        }
        int en = 0;
        int fr = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            en += ENGLISH.contains(word) ? 1 : 0;
            fr += FRENCH.contains(word) ? 1 : 0;
        }
        return en == fr ? null : en > fr ? "en" : "fr";
    }
}
