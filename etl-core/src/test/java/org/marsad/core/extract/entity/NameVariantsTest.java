package org.marsad.core.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Which variants of a name the warehouse makes one {@code dim_entity} row ({@link NameKey} of the name the
 * finders give, a gazetteer's canonical name where it knows one), on the team's list of real variant pairs ({@code name-variants.tsv}):
 * no merge of two entities at all, and the share of one entity's variants merged.
 */
class NameVariantsTest {

    private final EntityFinder finder = new EntityFinder(EntityGazetteer.standard(), null);

    @Test
    void twoEntitiesAreNeverMergedAndOneEntitysSpellingsMostlyAre() throws IOException {
        List<String> wrongMerges = new ArrayList<>();
        List<String> missedMerges = new ArrayList<>();
        int same = 0;
        for (String[] pair : pairs()) {
            EntityType type = EntityType.valueOf(pair[0]);
            boolean merged = warehouseKey(type, pair[1]).equals(warehouseKey(type, pair[2]));
            if (pair[3].equals("same")) {
                same++;
                if (!merged) {
                    missedMerges.add(pair[1] + " / " + pair[2]);
                }
            } else if (merged) {
                wrongMerges.add(pair[1] + " / " + pair[2]);
            }
        }
        System.out.printf("Name variants: %d of %d same-entity pairs merged; wrong merges: %s; missed: %s%n", same - missedMerges.size(), same,
                wrongMerges, missedMerges);
        assertThat(wrongMerges).isEmpty();
        assertThat(missedMerges).isEmpty();
    }

    /** The key a name is stored under: the name the finders give it (a gazetteer's canonical name), keyed by {@link NameKey}. */
    private String warehouseKey(EntityType type, String name) {
        List<EntityMention> known = finder.find(name);
        String canonical = known.size() == 1 && known.get(0).type() == type ? known.get(0).canonicalName() : name;
        return NameKey.of(type, canonical);
    }

    private static List<String[]> pairs() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = NameVariantsTest.class.getResourceAsStream("name-variants.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t"));
                }
            }
        }
        return out;
    }
}
