package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

import org.marsad.jobs.support.FixtureArticles;
import org.marsad.jobs.support.MariaDbTestDatabase;

/**
 * What the crash and scale-out tests compare: a warehouse as analysts see it, keyed by content rather than
 * ids, so that runs that assigned ids in another order still compare equal. Also the input they share and
 * the command line they drive, against a MariaDB database of their own.
 */
final class WarehouseSnapshot {

    private WarehouseSnapshot() {
    }

    /** Files of distinct text, a hundred to a folder: six articles, each copy with a sentence of its own. */
    static void writeNumberedArticles(Path input, int files) throws IOException {
        List<String> texts = FixtureArticles.sixDistinctArticles();
        for (int i = 0; i < files; i++) {
            String text = texts.get(i % texts.size()) + "\n\nوأفاد مصدر محلي بأن الاجتماع الذي عقد يوم " + (1 + i % 28)
                    + " مارس 2021 ناقش الخطة رقم " + i + " بحضور " + (i + 3) + " مسؤولين.";
            Path file = input.resolve("batch-" + i / 100).resolve(String.format("article-%03d.txt", i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
    }

    /** Articles, their facts, near duplicates and each file's outcome. */
    static Map<String, List<String>> of(String url) throws SQLException {
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
        tables.put("events", query(url, "SELECT CONCAT(a.content_hash, ' ', e.category, ' ', e.amount, ' ', COALESCE(e.actor, ''), ' ', "
                + "COALESCE(e.place, ''), ' ', COALESCE(e.period_evidence, '')) FROM bi_event e JOIN fact_article a ON a.article_id = e.article_id ORDER BY 1"));
        tables.put("near duplicates", query(url, "SELECT COUNT(*) FROM bi_near_duplicate"));
        tables.put("files", query(url, "SELECT CONCAT(f.file_path, ' ', f.status, ' ', COALESCE(a.content_hash, '')) FROM fact_file f "
                + "LEFT JOIN fact_article a ON a.article_id = f.article_id WHERE f.parent_file_id IS NULL ORDER BY 1"));
        return tables;
    }

    static int cli(String url, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(settings(url));
        StringWriter err = new StringWriter();
        int exit = MarsadCommandLine.standard().execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                args.toArray(String[]::new));
        assertThat(err.toString()).as("stderr of %s", List.of(command)).doesNotContain("Exception");
        return exit;
    }

    static List<String> settings(String url) {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + MariaDbTestDatabase.user(),
                "--spring.datasource.password=" + MariaDbTestDatabase.password());
    }

    static List<String> query(String url, String sql) throws SQLException {
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
