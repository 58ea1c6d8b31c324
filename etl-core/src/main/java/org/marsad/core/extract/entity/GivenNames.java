package org.marsad.core.extract.entity;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.ArabicMorphology;
import java.util.HashSet;
import java.util.Set;

import org.marsad.core.text.DataFile;

/**
 * The given names of {@code given-names.txt} beside this class: a word that is one (behind و or ف too)
 * most often begins a person's name. Compared on the match key, so spelling variants of alef and ya meet.
 * Names marked {@code ?} are also common words.
 */
public final class GivenNames {

    private static final GivenNames STANDARD = load();

    private final Set<String> keys = new HashSet<>();
    private final Set<String> alsoWords = new HashSet<>();

    public static GivenNames standard() {
        return STANDARD;
    }

    private static GivenNames load() {
        GivenNames names = new GivenNames();
        DataFile.lines(GivenNames.class, "given-names.txt").forEach(line -> {
            String key = ArabicMatchKey.of(DataFile.unmarked(line));
            names.keys.add(key);
            if (DataFile.isMarked(line)) {
                names.alsoWords.add(key);
            }
        });
        return names;
    }

    /** A given name marked {@code ?} in the file: also a common word ({@code حسن}, {@code صالح}), weak evidence alone. */
    public boolean isAlsoAWord(String word) {
        return alsoWords.contains(ArabicMatchKey.of(word));
    }

    public boolean isGivenName(String word) {
        String key = ArabicMatchKey.of(word);
        return keys.contains(key) || keys.contains(ArabicMorphology.withoutConjunction(key));
    }
}
