package org.marsad.core.extract.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.marsad.core.Article;
import org.marsad.core.ArticleExtractor;
import org.marsad.core.CorpusCsv;
import org.marsad.core.ExtractedRecord;
import org.marsad.core.clean.TextNormalizer;
import org.marsad.core.extract.date.FieldDateParser;
import org.marsad.core.extract.date.ParsedDate;

/**
 * Field accuracy on the real sets whose metadata is known (ANT, SaudiNewsNet): per field, the share
 * exactly right, NULL and wrong, printed as the README's table. Reproduce with
 * {@code ./mvnw -B -pl etl-core -am test -Dtest=FieldAccuracyReportTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class FieldAccuracyReportTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private final ArticleExtractor extractor = ArticleExtractor.standard();
    private final OutletRegistry outlets = OutletRegistry.standard();
    private final Map<String, int[]> tally = new LinkedHashMap<>();

    @Test
    void antAndSaudiNewsNetFields() throws Exception {
        Path corpus = Path.of(System.getProperty("marsad.corpus.dir", "../../shared/corpus"));
        assumeTrue(Files.isDirectory(corpus.resolve("ant")), "shared corpus not found at " + corpus + " (set -Dmarsad.corpus.dir)");
        measureAnt(corpus.resolve("ant"));
        measureSaudiNewsNet(corpus.resolve("saudinewsnet"));

        System.out.println("| set | field | articles | right | NULL | wrong |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        tally.forEach((k, t) -> System.out.printf(Locale.ROOT, "| %s | %d | %.1f%% | %.1f%% | %.1f%% |%n", k.replace("/", " | "),
                t[0], 100.0 * t[1] / t[0], 100.0 * t[2] / t[0], 100.0 * t[3] / t[0]));
        for (String key : List.of("ANT/title", "ANT/published_at", "SaudiNewsNet/title")) {
            int[] t = tally.get(key);
            assertThat(100.0 * t[1] / t[0]).as(key + " right").isGreaterThanOrEqualTo(98.0);
            assertThat(100.0 * t[3] / t[0]).as(key + " wrong").isLessThanOrEqualTo(0.5);
        }
    }

    private void measureAnt(Path ant) throws Exception {
        FieldDateParser dates = new FieldDateParser();
        for (Map<String, String> row : CorpusCsv.read(ant.resolve("metadata.csv"))) {
            if (row.get("body_chars").equals("0")) {
                continue;
            }
            Article a;
            try {
                a = extractor.extract(row.get("raw_file"), Files.readAllBytes(ant.resolve(row.get("raw_file")))).article();
            } catch (org.marsad.core.read.UnreadableFileException e) {
                if (e.getMessage().startsWith("too little text")) {
                    continue; // the opinion pages' seven-word disclaimer is no article
                }
                throw e;
            }
            count("ANT/title", tidy(row.get("title")), a.title());
            ParsedDate expected = dates.parse(row.get("time_raw")).orElse(null);
            count("ANT/published_at", expected == null ? null : expected.localDateTime() + " " + expected.offset(),
                    a.publishedAt() == null ? null : a.publishedAt() + " " + a.publishedOffset());
            count("ANT/source_name", outlets.canonical(row.get("src")).orElse(null), a.sourceName());
            if (tidy(row.get("author")) == null) {
                count("ANT/author (no byline: must stay NULL)", null, a.author());
                count("ANT/dateline (no byline: must stay NULL)", null, a.dateline());
            }
        }
    }

    private void measureSaudiNewsNet(Path snn) throws Exception {
        List<Map<String, String>> rows = CorpusCsv.read(snn.resolve("metadata.csv"));
        List<ExtractedRecord> records = extractor.extractAll("sample.jsonl", Files.readAllBytes(snn.resolve("sample.jsonl")));
        for (int i = 0; i < rows.size(); i++) {
            ExtractedRecord r = records.get(i);
            if (r.article() == null) {
                continue;
            }
            Article a = r.article().article();
            count("SaudiNewsNet/title", tidy(rows.get(i).get("title")), a.title());
            count("SaudiNewsNet/source_name", outlets.canonical(rows.get(i).get("source")).orElse(null), a.sourceName());
        }
    }

    private void count(String key, String expected, String got) {
        int[] t = tally.computeIfAbsent(key, k -> new int[4]);
        t[0]++;
        if (Objects.equals(expected, got)) {
            t[1]++;
        } else if (got == null) {
            t[2]++;
        } else {
            t[3]++;
            if (t[3] <= 3) {
                System.out.println("wrong " + key + ": expected [" + expected + "] got [" + got + "]");
            }
        }
    }

    /**
     * The listed value with what the product defines as noise normalised the same way (decorative
     * tatweel, order of combining marks, spaces): a title is right when it says the same words.
     */
    private static String tidy(String value) {
        String v = NORMALIZER.normalize(value.replace('\u00A0', ' ')).replaceAll("\\s+", " ").strip();
        return v.isEmpty() ? null : v;
    }
}
