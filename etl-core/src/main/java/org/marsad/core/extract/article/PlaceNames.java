package org.marsad.core.extract.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.marsad.core.extract.entity.ArabicMatchKey;

/** Places that open datelines, from the data file {@code places.txt} beside this class. */
final class PlaceNames {

    private final Set<String> keys = new HashSet<>();

    static PlaceNames standard() {
        PlaceNames places = new PlaceNames();
        try (InputStream in = PlaceNames.class.getResourceAsStream("places.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    for (String name : line.split("\\|")) {
                        places.keys.add(ArabicMatchKey.of(name.startsWith("?") ? name.substring(1) : name));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("places.txt could not be read", e);
        }
        return places;
    }

    boolean isPlace(String name) {
        return name != null && keys.contains(ArabicMatchKey.of(name));
    }
}
