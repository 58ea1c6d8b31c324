package org.marsad.core.extract.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.marsad.core.Article;
import org.marsad.core.ArticleExtractor;

/** The five seed articles against the team's hand annotations (seed-fields.tsv): every field right. */
class SeedFieldsTest {

    @Test
    void everyFieldOfEverySeedIsRight() throws Exception {
        Path seeds = Path.of(System.getProperty("marsad.corpus.dir", "../../shared/corpus")).resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "shared corpus not found at " + seeds + " (set -Dmarsad.corpus.dir)");
        ArticleExtractor extractor = ArticleExtractor.standard();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String[] gold : golden()) {
            Article a = extractor.extract(gold[0], Files.readAllBytes(seeds.resolve(gold[0]))).article();
            String[] got = {a.title(), a.sourceName(), a.author(), a.dateline(), Objects.toString(a.publishedAt(), null),
                Objects.toString(a.readsCount(), null)};
            String[] names = {"title", "source_name", "author", "dateline", "published_at", "reads_count"};
            for (int i = 0; i < names.length; i++) {
                String expected = gold[i + 1].equals("-") ? null : gold[i + 1];
                checked++;
                if (!Objects.equals(expected, got[i])) {
                    wrong.add(gold[0] + " " + names[i] + ": expected " + expected + ", got " + got[i]);
                }
            }
            assertThat(a.language()).isEqualTo("ar");
        }
        assertThat(checked).isEqualTo(30);
        assertThat(wrong).isEmpty();
    }

    private static List<String[]> golden() throws IOException {
        try (InputStream in = SeedFieldsTest.class.getResourceAsStream("seed-fields.tsv")) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return rows;
        }
    }
}
