package org.marsad.core.extract.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.DataFile;

/**
 * Where places lie ({@code place-hierarchy.tsv} beside {@code places.txt}): each place's kind, first-level
 * region and country, found under any spelling {@code places.txt} gives it. A name with two readings
 * (طرابلس, عمان, رفح) is resolved by the countries the article names elsewhere.
 */
public final class PlaceHierarchy {

    private static final String FOLDER = "/org/marsad/core/extract/article/";
    private static final PlaceHierarchy STANDARD = load();

    /** One reading of a place: {@code kind} is country, region, city, town or area; region and country may be null. */
    public record Place(String name, String kind, String region, String country) {

        boolean isCountry() {
            return kind.equals("country");
        }

        /** How specific the place is: an area or town 3, a city 2, a region 1, a country 0. */
        int specificity() {
            return switch (kind) {
                case "town", "area" -> 3;
                case "city" -> 2;
                case "region" -> 1;
                default -> 0;
            };
        }
    }

    private final Map<String, List<Place>> byKey = new HashMap<>();
    private final java.util.Set<String> listed = new java.util.HashSet<>();

    private PlaceHierarchy() {
    }

    public static PlaceHierarchy standard() {
        return STANDARD;
    }

    private static PlaceHierarchy load() {
        PlaceHierarchy hierarchy = new PlaceHierarchy();
        Map<String, List<Place>> byName = new HashMap<>();
        for (String line : DataFile.lines(PlaceHierarchy.class, FOLDER + "place-hierarchy.tsv")) {
            String[] c = line.split("\t", -1);
            if (c.length != 4) {
                throw new IllegalStateException("place-hierarchy.tsv: four columns expected: " + line);
            }
            Place place = new Place(c[0], c[1], blankToNull(c[2]), blankToNull(c[3]));
            byName.computeIfAbsent(c[0], k -> new ArrayList<>()).add(place);
        }
        for (String line : DataFile.lines(PlaceHierarchy.class, FOLDER + "places.txt")) {
            String[] spellings = line.split("\\|");
            for (String spelling : spellings) {
                hierarchy.listed.add(ArabicMatchKey.of(DataFile.unmarked(spelling)));
            }
            List<Place> readings = byName.get(DataFile.unmarked(spellings[0]));
            if (readings != null) {
                for (String spelling : spellings) {
                    List<Place> known = hierarchy.byKey.computeIfAbsent(ArabicMatchKey.of(DataFile.unmarked(spelling)), k -> new ArrayList<>());
                    readings.stream().filter(p -> !known.contains(p)).forEach(known::add); // قره جوغ and قرة جوغ fold to one key
                }
            }
        }
        return hierarchy;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    /** Whether {@code places.txt} lists the name, with a row here or not (seas and continents have none). */
    public boolean isListed(String name) {
        return listed.contains(ArabicMatchKey.of(name));
    }

    /**
     * Every reading of a name, in file order; empty for a name the table does not hold. A name written with the place
     * it lies in (تشاتانوغا (الولايات المتحدة), as datelines give a town no list has) is read as a town there.
     */
    public List<Place> readings(String name) {
        List<Place> readings = byKey.getOrDefault(ArabicMatchKey.of(name), List.of());
        Matcher within = readings.isEmpty() ? WITHIN.matcher(name.strip()) : null;
        if (within == null || !within.matches()) {
            return readings;
        }
        List<Place> own = byKey.getOrDefault(ArabicMatchKey.of(within.group(1)), List.of());
        if (!own.isEmpty()) {
            return own;
        }
        return byKey.getOrDefault(ArabicMatchKey.of(within.group(2)), List.of()).stream()
                .map(wider -> new Place(within.group(1).strip(), "town", wider.isCountry() ? null : wider.kind().equals("region") ? wider.name() : wider.region(), wider.country()))
                .toList();
    }

    private static final Pattern WITHIN = Pattern.compile("(.+?)\\s*\\((.+)\\)");

    /** Whether one reading of the name is a country (عمان is Oman and Amman). */
    public boolean mayBeACountry(String name) {
        return readings(name).stream().anyMatch(Place::isCountry);
    }

    /**
     * The reading of a name the article supports: the one in a country it names elsewhere, else the first
     * the table gives.
     */
    public Optional<Place> resolve(String name, Collection<String> articleCountries) {
        List<Place> readings = readings(name);
        for (Place p : readings) {
            if (p.country() != null && articleCountries.contains(p.country())) {
                return Optional.of(p);
            }
        }
        return readings.stream().findFirst();
    }
}
