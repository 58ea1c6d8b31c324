package org.marsad.core.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The given names of {@code given-names.txt} beside this class: a word that is one (behind و or ف too)
 * most often begins a person's name. Compared on the match key, so spelling variants of alef and ya meet.
 */
public final class GivenNames {

    private static final GivenNames STANDARD = load();

    private final Set<String> keys = new HashSet<>();

    public static GivenNames standard() {
        return STANDARD;
    }

    private static GivenNames load() {
        GivenNames names = new GivenNames();
        try (InputStream in = GivenNames.class.getResourceAsStream("given-names.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.keys.add(ArabicMatchKey.of(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("given-names.txt could not be read", e);
        }
        return names;
    }

    public boolean isGivenName(String word) {
        String key = ArabicMatchKey.of(word);
        return keys.contains(key) || key.length() > 3 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف') && keys.contains(key.substring(1));
    }
}
