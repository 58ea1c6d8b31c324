package org.marsad.core.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.DataFile;

class PlaceHierarchyTest {

    private final PlaceHierarchy hierarchy = PlaceHierarchy.standard();

    @Test
    void everyPlaceAndCountryOfTheTableIsAPlaceOfThePlaceList() {
        Set<String> listed = new HashSet<>();
        for (String line : DataFile.lines(PlaceHierarchy.class, "/org/marsad/core/extract/article/places.txt")) {
            for (String name : line.split("\\|")) {
                listed.add(ArabicMatchKey.of(DataFile.unmarked(name)));
            }
        }
        for (String line : DataFile.lines(PlaceHierarchy.class, "/org/marsad/core/extract/article/place-hierarchy.tsv")) {
            String[] c = line.split("\t", -1);
            assertThat(listed).as("place of %s", line).contains(ArabicMatchKey.of(c[0]));
            assertThat(c[1]).as("kind of %s", line).isIn("country", "region", "city", "town", "area");
            if (!c[3].isBlank()) {
                assertThat(listed).as("country of %s", line).contains(ArabicMatchKey.of(c[3]));
            }
        }
    }

    @Test
    void anyListedSpellingFindsThePlace() {
        assertThat(hierarchy.readings("قرة جوغ")).singleElement().satisfies(p -> {
            assertThat(p.region()).isEqualTo("نينوى");
            assertThat(p.country()).isEqualTo("العراق");
        });
    }

    @Test
    void aNameOfTwoReadingsIsResolvedByTheArticlesCountries() {
        assertThat(hierarchy.resolve("طرابلس", List.of("ليبيا")).orElseThrow().country()).isEqualTo("ليبيا");
        assertThat(hierarchy.resolve("طرابلس", List.of("لبنان")).orElseThrow().country()).isEqualTo("لبنان");
        assertThat(hierarchy.resolve("عمان", List.of("سلطنة عمان")).orElseThrow().kind()).isEqualTo("country");
    }

    @Test
    void aSeaIsListedButLiesInNoCountry() {
        assertThat(hierarchy.isListed("البحر الأحمر")).isTrue();
        assertThat(hierarchy.readings("البحر الأحمر")).isEmpty();
    }

    @Test
    void aTownWrittenWithThePlaceItLiesInIsATownThere() {
        assertThat(hierarchy.readings("ديناناجار (الهند)")).singleElement()
                .extracting(PlaceHierarchy.Place::name, PlaceHierarchy.Place::country).containsExactly("ديناناجار", "الهند");
        assertThat(hierarchy.readings("الموصل (العراق)")).singleElement().extracting(PlaceHierarchy.Place::region).isEqualTo("نينوى");
        assertThat(hierarchy.readings("ديناناجار")).isEmpty();
    }
}
