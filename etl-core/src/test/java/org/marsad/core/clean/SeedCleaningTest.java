package org.marsad.core.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * On the five seed articles of the shared corpus: no furniture line remains after cleaning, and every
 * sentence of the article does. Skips, saying so, where the corpus is absent.
 */
class SeedCleaningTest {

    // Furniture shapes, not seed sentences: UI words, ad tokens, widget ids, CMS fields, counters, list headings.
    private static final List<String> FURNITURE = List.of("طباعة", "تعليق", "تعليقات", "ad a b", "ad ad ad", "WTV_Frequency",
            "الكلمات المفتاحية", "عناوين ذات صلة", "اقرأ المزيد", "المزيد", "\"");

    private static final java.util.regex.Pattern CMS_FIELD = java.util.regex.Pattern.compile("\\([A-Za-z ]+ field\\)");

    private final TextNormalizer normalizer = new TextNormalizer();
    private final BoilerplateFilter filter = BoilerplateFilter.standard();

    @Test
    void cleaningRemovesTheFurnitureAndKeepsEverySentence() throws IOException {
        Path seeds = Path.of(System.getProperty("marsad.corpus.dir", "../../shared/corpus")).resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "shared corpus not found at " + seeds + " (set -Dmarsad.corpus.dir)");
        try (Stream<Path> files = Files.list(seeds)) {
            List<Path> all = files.sorted().toList();
            assertThat(all).hasSize(5);
            for (Path seed : all) {
                String original = normalizer.normalize(Files.readString(seed, StandardCharsets.UTF_8));
                List<String> kept = List.of(filter.clean(original).text().split("\n"));
                assertThat(kept).as(seed + " furniture").doesNotContainAnyElementsOf(FURNITURE)
                        .noneMatch(l -> l.contains("(Related Nodes field)") || l.contains("القراءات:"));
                original.lines().filter(l -> CleaningState.words(l) >= 12 && !CMS_FIELD.matcher(l).find())
                        .forEach(sentence -> assertThat(kept).as(seed + " keeps a sentence").contains(sentence));
            }
        }
    }
}
