package org.marsad.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The facts of the five seed articles against the team's hand annotations (seed-facts.tsv): every
 * count a careful reader lists and nothing spurious; every required entity found. Prints precision and
 * recall for the README.
 */
class SeedFactsTest {

    @Test
    void seedCountsAndEntities() throws Exception {
        Path seeds = Path.of(System.getProperty("marsad.corpus.dir", "../../shared/corpus")).resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "shared corpus not found at " + seeds + " (set -Dmarsad.corpus.dir)");
        Set<String> goldQuantities = new HashSet<>();
        Set<String> requiredEntities = new HashSet<>();
        for (String[] row : golden()) {
            (row[1].equals("QUANTITY") ? goldQuantities : requiredEntities).add(row[0] + " " + String.join(" ", List.of(row).subList(2, row.length)));
        }
        ArticleExtractor extractor = ArticleExtractor.standard();
        Set<String> foundQuantities = new HashSet<>();
        Set<String> foundEntities = new HashSet<>();
        try (var files = Files.list(seeds)) {
            for (Path seed : files.sorted().toList()) {
                ArticleFacts facts = extractor.extract(seed.getFileName().toString(), Files.readAllBytes(seed)).facts();
                String f = seed.getFileName().toString();
                facts.quantities().forEach(q -> foundQuantities.add(f + " " + q.category() + " " + q.amount().stripTrailingZeros().toPlainString()
                        + " " + (q.unit() == null ? "-" : q.unit())));
                facts.entities().forEach(e -> foundEntities.add(f + " " + e.type() + " " + e.canonicalName()));
            }
        }
        Set<String> right = new HashSet<>(foundQuantities);
        right.retainAll(goldQuantities);
        Set<String> foundRequired = new HashSet<>(requiredEntities);
        foundRequired.retainAll(foundEntities);
        System.out.printf(Locale.ROOT, "seed quantities: precision %d/%d, recall %d/%d; required entities found %d/%d%n",
                right.size(), foundQuantities.size(), right.size(), goldQuantities.size(), foundRequired.size(), requiredEntities.size());
        assertThat(foundQuantities).containsExactlyInAnyOrderElementsOf(goldQuantities);
        assertThat(foundEntities).containsAll(requiredEntities);
    }

    private static List<String[]> golden() throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = SeedFactsTest.class.getResourceAsStream("seed-facts.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows;
    }
}
