package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.jobs.support.FixtureArticles;
import org.marsad.jobs.support.MariaDbTestDatabase;

/**
 * Crash anywhere, restart, exact result: the import runs in a JVM of its own on a few hundred files and
 * is killed with SIGKILL at a chosen point; {@code restart --last-failed} then finishes it, and the
 * warehouse must equal that of an uninterrupted run: same articles, same facts, every file settled once.
 */
class KillAndRestartMariaDbIT {

    private static final int FILES = 300;

    @TempDir
    static Path input;
    private static Map<String, List<String>> uninterrupted;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        List<String> texts = FixtureArticles.sixDistinctArticles();
        for (int i = 0; i < FILES; i++) {
            String text = texts.get(i % texts.size()) + "\n\nوأفاد مصدر محلي بأن الاجتماع الذي عقد يوم " + (1 + i % 28)
                    + " مارس 2021 ناقش الخطة رقم " + i + " بحضور " + (i + 3) + " مسؤولين.";
            Path file = input.resolve("batch-" + i / 100).resolve(String.format("article-%03d.txt", i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
        String url = MariaDbTestDatabase.create();
        int exit = cli(url, "run", "--input", input.toString(), "--marsad.import.chunk-size=20");
        assertThat(exit).isZero();
        uninterrupted = warehouse(url);
        assertThat(uninterrupted.get("articles")).hasSizeGreaterThan(FILES / 2);
        assertThat(uninterrupted.get("entities")).isNotEmpty();
        assertThat(uninterrupted.get("quantities")).isNotEmpty();
        assertThat(uninterrupted.get("files")).hasSize(FILES).allSatisfy(row -> assertThat(row).containsPattern(" (LOADED|DUPLICATE) "));
    }

    @ParameterizedTest(name = "killed {0}")
    @CsvSource(delimiter = '|', value = {
            "while listing the folder (registration uncommitted) | INSERT INTO fact_file (job_instance_id, job_execution_id, file_path, path_key, input_key, size_bytes, modified_at | 1",
            "between the steps (listing committed, nothing read) | SELECT file_id, file_path, size_bytes | 1",
            "mid-chunk (the third chunk's articles written, not committed) | UPDATE fact_file SET status | 3",
            "after several chunks committed | UPDATE fact_file SET status | 8"})
    void aRunKilledAnywhereIsFinishedByRestartLastFailedWithTheUninterruptedResult(String point, String sqlPrefix, int nth,
            @TempDir Path scratch) throws Exception {
        String url = MariaDbTestDatabase.create();
        Path marker = scratch.resolve("at-crash-point");

        Process child = startChild(url, sqlPrefix, nth, marker, scratch.resolve("child.log"));
        awaitMarker(child, marker, scratch.resolve("child.log"));
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no rollback by the JVM

        assertThat(query(url, "SELECT STATUS FROM BATCH_JOB_EXECUTION")).as("a killed run stays STARTED").containsExactly("STARTED");
        int exit = cli(url, "restart", "--last-failed", "--marsad.import.chunk-size=20");

        assertThat(exit).isZero();
        assertThat(query(url, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")).containsExactly("FAILED", "COMPLETED");
        assertThat(warehouse(url)).isEqualTo(uninterrupted);
    }

    private static Process startChild(String url, String sqlPrefix, int nth, Path marker, Path log) throws Exception {
        List<String> args = new ArrayList<>(List.of(sqlPrefix, String.valueOf(nth), marker.toString(), "run", "--input", input.toString(),
                "--marsad.import.chunk-size=20"));
        args.addAll(settings(url));
        return ChildJvm.start(log, CrashPointMain.class, args);
    }

    private static void awaitMarker(Process child, Path marker, Path log) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!Files.exists(marker)) {
            if (!child.isAlive() || System.currentTimeMillis() > deadline) {
                child.destroyForcibly();
                throw new AssertionError("the child never reached its crash point:\n" + Files.readString(log));
            }
            Thread.sleep(20);
        }
    }

    /** What analysts see, keyed by content rather than ids: articles, their facts, and each file's outcome. */
    private static Map<String, List<String>> warehouse(String url) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        tables.put("articles", query(url, "SELECT CONCAT(content_hash, ' ', title, ' ', word_count) FROM fact_article ORDER BY 1"));
        tables.put("distinct texts", query(url, "SELECT COUNT(DISTINCT content_hash) - COUNT(*) FROM fact_article"));
        tables.put("entities", query(url, "SELECT CONCAT(a.content_hash, ' ', m.entity_type, ' ', m.entity_name, ' ', m.mention_count) "
                + "FROM bi_entity_mention m JOIN fact_article a ON a.article_id = m.article_id ORDER BY 1"));
        tables.put("quantities", query(url, "SELECT CONCAT(a.content_hash, ' ', q.category, ' ', q.amount, ' ', COALESCE(q.unit, '')) "
                + "FROM bi_quantity q JOIN fact_article a ON a.article_id = q.article_id ORDER BY 1"));
        tables.put("quotes", query(url, "SELECT CONCAT(a.content_hash, ' ', q.quote) FROM bi_quote q JOIN fact_article a "
                + "ON a.article_id = q.article_id ORDER BY 1"));
        tables.put("dates", query(url, "SELECT CONCAT(a.content_hash, ' ', d.expression, ' ', COALESCE(d.`value`, '')) "
                + "FROM bi_date_mention d JOIN fact_article a ON a.article_id = d.article_id ORDER BY 1"));
        tables.put("near duplicates", query(url, "SELECT COUNT(*) FROM bi_near_duplicate"));
        tables.put("files", query(url, "SELECT CONCAT(f.file_path, ' ', f.status, ' ', COALESCE(a.content_hash, '')) FROM fact_file f "
                + "LEFT JOIN fact_article a ON a.article_id = f.article_id WHERE f.parent_file_id IS NULL ORDER BY 1"));
        return tables;
    }

    private static int cli(String url, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(settings(url));
        StringWriter err = new StringWriter();
        int exit = MarsadCommandLine.standard().execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                args.toArray(String[]::new));
        assertThat(err.toString()).as("stderr of %s", List.of(command)).doesNotContain("Exception");
        return exit;
    }

    private static List<String> settings(String url) {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + MariaDbTestDatabase.user(),
                "--spring.datasource.password=" + MariaDbTestDatabase.password());
    }

    private static List<String> query(String url, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, MariaDbTestDatabase.user(), MariaDbTestDatabase.password());
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
