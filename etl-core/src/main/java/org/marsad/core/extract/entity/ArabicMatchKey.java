package org.marsad.core.extract.entity;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The key under which spelling variants of a name meet: diacritics and tatweel dropped, the alef
 * forms (أ إ آ ٱ) made ا, final ى made ي, ة made ه, Latin letters lower-cased, spaces single.
 * {@code سورية} and {@code سوريه}, {@code إيران} and {@code ايران} get one key.
 */
public final class ArabicMatchKey {

    private static final Pattern MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ArabicMatchKey() {
    }

    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا')
                .replace('ى', 'ي').replace('ة', 'ه');
        return SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
