package org.marsad.core.extract.article;

import org.marsad.core.extract.event.PlaceHierarchy;

/**
 * Places that open datelines: every spelling the data file {@code places.txt} beside this class lists, as the
 * place hierarchy reads it (one reading of the file for both).
 */
final class PlaceNames {

    private final PlaceHierarchy places;

    private PlaceNames(PlaceHierarchy places) {
        this.places = places;
    }

    static PlaceNames standard() {
        return new PlaceNames(PlaceHierarchy.standard());
    }

    boolean isPlace(String name) {
        return name != null && places.isListed(name);
    }
}
