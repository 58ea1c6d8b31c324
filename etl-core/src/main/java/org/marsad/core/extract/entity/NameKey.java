package org.marsad.core.extract.entity;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.ArabicMorphology;

/**
 * The key under which spellings of one name meet, in an article and in the warehouse's {@code dim_entity}:
 * {@link ArabicMatchKey} (hamza and alef forms, final ya, ta marbuta, diacritics) with the compound
 * names written apart or together made one ({@code عبد العزيز} and {@code عبدالعزيز}, {@code أبو بكر} and
 * {@code أبوبكر}); in a person's name, a transliterated word is keyed without its inner long vowels
 * ({@code نتنياهو} and {@code نتانياهو}, {@code ترامب} and {@code ترمب}, {@code بوتين} and {@code بوتن}).
 * A word is taken for a transliteration when it is no Arabic given name ({@code سلمان} and {@code سليمان}
 * stay two), carries no article (Arabic family names do: {@code السعدان}, {@code السعدون}) and has four
 * letters or more; organisations and places are never keyed so ({@code جامعة} and {@code جمعية} differ only
 * in their vowels).
 */
public final class NameKey {

    private static final GivenNames GIVEN_NAMES = GivenNames.standard();

    private NameKey() {
    }

    /** The key of any name: orthography and compound spacing only. */
    public static String of(String name) {
        String key = ArabicMatchKey.of(name);
        if (key.indexOf("عبد ") < 0 && key.indexOf("ابو ") < 0) {
            return key;
        }
        return (" " + key).replace(" عبد ", " عبد").replace(" ابو ", " ابو").substring(1);
    }

    /** The key of a name of the given type (see the class comment for people's names). */
    public static String of(EntityType type, String name) {
        String key = of(name);
        if (type != EntityType.PERSON) {
            return key;
        }
        StringBuilder b = new StringBuilder(key.length());
        for (String word : key.split(" ")) {
            b.append(b.isEmpty() ? "" : " ").append(isTransliteration(word) ? withoutInnerLongVowels(word) : word);
        }
        return b.toString();
    }

    private static boolean isTransliteration(String word) {
        return word.length() >= 4 && !ArabicMorphology.startsWithArticle(word) && !GIVEN_NAMES.isGivenName(word)
                && word.chars().allMatch(c -> c >= 0x0621 && c <= 0x064A);
    }

    private static String withoutInnerLongVowels(String word) {
        StringBuilder b = new StringBuilder(word.length());
        b.append(word.charAt(0));
        for (int i = 1; i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if (c != 'ا' && c != 'و' && c != 'ي') {
                b.append(c);
            }
        }
        return b.append(word.charAt(word.length() - 1)).toString();
    }
}
