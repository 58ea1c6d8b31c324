package org.marsad.core.extract.entity;

import org.marsad.core.text.ArabicMatchKey;

/**
 * The key under which spellings of one name meet, in an article and in the warehouse's {@code dim_entity}:
 * {@link ArabicMatchKey} (hamza and alef forms, final ya, ta marbuta, diacritics) with the compound
 * names written apart or together made one ({@code عبد العزيز} and {@code عبدالعزيز}, {@code أبو بكر} and
 * {@code أبوبكر}).
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        String key = ArabicMatchKey.of(name);
        if (key.indexOf("عبد ") < 0 && key.indexOf("ابو ") < 0) {
            return key;
        }
        return (" " + key).replace(" عبد ", " عبد").replace(" ابو ", " ابو").substring(1);
    }
}
