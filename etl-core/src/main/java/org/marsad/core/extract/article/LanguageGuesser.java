package org.marsad.core.extract.article;

import java.util.Locale;
import java.util.Set;

/**
 * The language of an article from its script and, for Latin text, its commonest words: {@code ar},
 * {@code en}, {@code fr}, or null when it cannot tell. Enough for an Arabic news archive, where other
 * languages are the exception to flag, not to analyse.
 */
final class LanguageGuesser {

    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said");
    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "et", "est", "une", "du", "que", "dans", "pour", "a");

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
