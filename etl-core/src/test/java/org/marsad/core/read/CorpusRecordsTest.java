package org.marsad.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marsad.core.CorpusCsv;
import org.marsad.core.encoding.CompositeCharsetDetector;

/**
 * The real record sets of the shared corpus read completely: every ANT TREC file and every SaudiNewsNet
 * JSON Lines record yields its text and carries the title its metadata lists. Skips, saying so, where
 * the corpus is absent.
 */
class CorpusRecordsTest {

    private final ArticleFileReader reader = new ArticleFileReader(CompositeCharsetDetector.standard());

    @Test
    void readsEveryAntTrecFileWithItsFields() throws IOException {
        Path ant = corpus().resolve("ant");
        assumeTrue(Files.isDirectory(ant), "shared corpus not found at " + ant + " (set -Dmarsad.corpus.dir)");
        List<Map<String, String>> rows = CorpusCsv.read(ant.resolve("metadata.csv"));
        int read = 0;
        int titled = 0;
        List<String> failures = new ArrayList<>();
        long withText = rows.stream().filter(r -> !r.get("body_chars").equals("0")).count();
        for (Map<String, String> row : rows) {
            Path file = ant.resolve(row.get("raw_file"));
            try {
                ExtractedDocument doc = reader.read(file.getFileName().toString(), Files.readAllBytes(file));
                read++;
                if (java.util.Objects.equals(tidy(row.get("title")), doc.metadata().get("dc:title"))) {
                    titled++;
                }
            } catch (UnreadableFileException e) {
                failures.add(row.get("body_chars") + " chars: " + e.getMessage());
            }
        }
        System.out.printf(Locale.ROOT, "corpus ant: %d files, %d with text, %d read, %d with the listed title; quarantined: %s%n",
                rows.size(), withText, read, titled, failures);
        assertThat(read).isEqualTo(withText);
        assertThat(titled).isEqualTo(read);
        assertThat(failures).allMatch(f -> f.startsWith("0 chars: <DOC> with an empty or missing <TEXT>"));
    }

    @Test
    void readsEverySaudiNewsNetRecordWithItsFields() throws IOException {
        Path snn = corpus().resolve("saudinewsnet");
        assumeTrue(Files.isDirectory(snn), "shared corpus not found at " + snn + " (set -Dmarsad.corpus.dir)");
        List<ReadRecord> records;
        try {
            records = reader.readAll("sample.jsonl", Files.readAllBytes(snn.resolve("sample.jsonl")));
        } catch (UnreadableFileException e) {
            throw new AssertionError(e);
        }
        List<Map<String, String>> rows = CorpusCsv.read(snn.resolve("metadata.csv"));
        long read = records.stream().filter(r -> r.document() != null).count();
        long titled = 0;
        for (int i = 0; i < Math.min(records.size(), rows.size()); i++) {
            ReadRecord r = records.get(i);
            if (r.document() != null && java.util.Objects.equals(tidy(rows.get(i).get("title")), r.document().metadata().get("dc:title"))) {
                titled++;
            }
        }
        System.out.printf(Locale.ROOT, "corpus saudinewsnet: %d records, %d read, %d with the listed title%n",
                records.size(), read, titled);
        assertThat(records).hasSize(rows.size());
        assertThat(read).isGreaterThanOrEqualTo(rows.size() * 98L / 100);
        assertThat(titled).isEqualTo(read);
        assertThat(records).filteredOn(r -> r.document() == null).extracting(ReadRecord::error)
                .allMatch(e -> e.startsWith("record has no article text"));
    }

    /** As the reader keeps field values: no surrounding spaces, and an empty value is no value. */
    private static String tidy(String value) {
        String tidied = value.replace('\u00A0', ' ').strip();
        return tidied.isEmpty() ? null : tidied;
    }

    private static Path corpus() {
        return Path.of(System.getProperty("marsad.corpus.dir", "../../shared/corpus"));
    }
}
