package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.jobs.support.MariaDbTestDatabase;

/**
 * The benchmark harness end to end on a small corpus against real MariaDB: it builds the corpus from the
 * shared articles, imports it with the real job, measures both floors (LOAD DATA included) and the
 * incremental re-run, and prints every figure of the table. Timings are not asserted: they are the
 * harness's output, not a test's.
 */
class BenchCommandMariaDbIT {

    private static final Path CORPUS = Path.of(System.getProperty("marsad.corpus.dir", "../../shared/corpus"));

    @TempDir
    Path work;

    @Test
    void buildsImportsMeasuresTheFloorsAndPrintsTheTable() {
        assumeThat(Files.isDirectory(CORPUS.resolve("saudinewsnet"))).as("shared corpus not found at %s (set -Dmarsad.corpus.dir)", CORPUS)
                .isTrue();
        String url = MariaDbTestDatabase.create();
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        String database = url.substring(url.lastIndexOf('/') + 1);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = MarsadCommandLine.standard().execute(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "--articles", "120",
                "--corpus", CORPUS.toString(), "--work", work.toString(), "--server", server, "--database", database, "--user",
                MariaDbTestDatabase.user(), "--password=" + MariaDbTestDatabase.password(), "--threads", "2", "--rerun");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("Marsad benchmark: 120 articles").contains("COMPLETED")
                .containsPattern("job: articles loaded +\\| 120 \\(quarantined 0, duplicates 0\\)")
                .containsPattern("job: time per step +\\| registerFilesStep [\\d.]+ s, extractArticlesStep [\\d.]+ s")
                .containsPattern("job: peak heap +\\| \\d+ MB")
                .containsPattern("floor \\(a\\): Tika alone +\\| [\\d.]+ s")
                .containsPattern("floor \\(b\\): bulk insert +\\| [\\d.]+ s for [\\d,]+ rows")
                .containsPattern("floor \\(b\\): LOAD DATA +\\| [\\d.]+ s \\([\\d,]+ rows/s\\)")
                .containsPattern("ratio write / \\(b\\) +\\| [\\d.]+")
                .containsPattern("incremental re-run +\\| [\\d.]+ s, [\\d.]+% of the first \\(\\d+ files unchanged\\)");
        assertThat(work.resolve("corpus-120-42")).isDirectoryContaining(p -> p.getFileName().toString().equals(".built"));
    }
}
