package org.marsad.core.extract.article;

import java.util.HashSet;
import java.util.Set;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.DataFile;

/** Places that open datelines, from the data file {@code places.txt} beside this class. */
final class PlaceNames {

    private final Set<String> keys = new HashSet<>();

    static PlaceNames standard() {
        PlaceNames places = new PlaceNames();
        for (String line : DataFile.lines(PlaceNames.class, "places.txt")) {
            for (String name : line.split("\\|")) {
                places.keys.add(ArabicMatchKey.of(DataFile.unmarked(name)));
            }
        }
        return places;
    }

    boolean isPlace(String name) {
        return name != null && keys.contains(ArabicMatchKey.of(name));
    }
}
