package org.marsad.app.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Floor (b): how fast MariaDB takes the rows the job wrote. Each fact table is read back and loaded into
 * empty copies ({@code CREATE TABLE … LIKE}, same indexes, no foreign keys) two ways: batched inserts of
 * 1,000 rows, which Connector/J sends with MariaDB's bulk protocol, and {@code LOAD DATA LOCAL INFILE}
 * of the rows exported to a tab-separated file. Only the inserts and the loads are timed; the floor is
 * the faster of the two.
 */
public final class DatabaseFloor {

    static final List<String> TABLES = List.of("fact_article", "fact_file", "fact_entity_mention", "fact_quantity", "fact_quote",
            "fact_date_mention", "fact_event", "fact_article_band", "fact_near_duplicate");
    private static final int PAGE = 5_000;
    private static final int BATCH = 1_000;

    /**
     * @param loadDataSeconds the same rows by LOAD DATA LOCAL INFILE, NaN when the server or driver refused it
     * @param loadDataError   why LOAD DATA was not measured, or null
     */
    public record Result(long rows, double seconds, double loadDataSeconds, String loadDataError) {

        /** The floor: the faster of the two ways. */
        public double fastest() {
            return Double.isNaN(loadDataSeconds) ? seconds : Math.min(seconds, loadDataSeconds);
        }
    }

    /** Opens a connection that may send local files (Connector/J's allowLocalInfile). */
    public interface LocalInfileConnections {
        Connection open() throws java.sql.SQLException;
    }

    private final JdbcTemplate jdbc;
    private final LocalInfileConnections localInfile;
    private final java.nio.file.Path work;

    public DatabaseFloor(JdbcTemplate jdbc, LocalInfileConnections localInfile, java.nio.file.Path work) {
        this.jdbc = jdbc;
        this.localInfile = localInfile;
        this.work = work;
    }

    public Result measure() throws Exception {
        Result bulk = bulkInserts();
        try {
            return new Result(bulk.rows(), bulk.seconds(), loadData(), null);
        } catch (java.sql.SQLException e) {
            return new Result(bulk.rows(), bulk.seconds(), Double.NaN, e.getMessage());
        }
    }

    /** LOAD DATA LOCAL INFILE of every table's rows, exported first (not timed) to a tab-separated file. */
    private double loadData() throws Exception {
        long nanos = 0;
        java.nio.file.Files.createDirectories(work);
        for (String table : TABLES) {
            String copy = "bench_copy_" + table;
            java.nio.file.Path file = work.resolve(table + ".tsv");
            List<String> columns = TsvExport.write(jdbc, table, file);
            jdbc.execute("DROP TABLE IF EXISTS " + copy);
            jdbc.execute("CREATE TABLE " + copy + " LIKE " + table);
            try (Connection c = localInfile.open(); java.sql.Statement load = c.createStatement()) {
                long start = System.nanoTime();
                load.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath().toString().replace("'", "''") + "' INTO TABLE " + copy
                        + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' "
                        + TsvExport.columnsClause(columns));
                nanos += System.nanoTime() - start;
                Long loaded = jdbc.queryForObject("SELECT COUNT(*) FROM " + copy, Long.class);
                Long expected = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
                if (!expected.equals(loaded)) {
                    throw new java.sql.SQLException("LOAD DATA took " + loaded + " of the " + expected + " rows of " + table);
                }
            } finally {
                jdbc.execute("DROP TABLE " + copy);
                java.nio.file.Files.deleteIfExists(file);
            }
        }
        return nanos / 1e9;
    }

    private Result bulkInserts() throws Exception {
        long rows = 0;
        long nanos = 0;
        DataSource dataSource = jdbc.getDataSource();
        for (String table : TABLES) {
            String copy = "bench_copy_" + table;
            jdbc.execute("DROP TABLE IF EXISTS " + copy);
            jdbc.execute("CREATE TABLE " + copy + " LIKE " + table);
            try (Connection read = dataSource.getConnection(); Connection write = dataSource.getConnection();
                    PreparedStatement select = read.prepareStatement("SELECT * FROM " + table)) {
                select.setFetchSize(PAGE);
                try (ResultSet rs = select.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    String insert = "INSERT INTO " + copy + " VALUES (" + String.join(",", Collections.nCopies(columns, "?")) + ")";
                    write.setAutoCommit(false);
                    try (PreparedStatement ps = write.prepareStatement(insert)) {
                        List<Object[]> page = new ArrayList<>(PAGE);
                        while (true) {
                            boolean more = rs.next();
                            if (more) {
                                Object[] row = new Object[columns];
                                for (int c = 0; c < columns; c++) {
                                    row[c] = rs.getObject(c + 1);
                                }
                                page.add(row);
                            }
                            if (page.size() == PAGE || (!more && !page.isEmpty())) {
                                nanos += insert(ps, write, page);
                                rows += page.size();
                                page.clear();
                            }
                            if (!more) {
                                break;
                            }
                        }
                    }
                }
            }
            jdbc.execute("DROP TABLE " + copy);
        }
        return new Result(rows, nanos / 1e9, Double.NaN, null);
    }

    private static long insert(PreparedStatement ps, Connection write, List<Object[]> page) throws Exception {
        long start = System.nanoTime();
        int inBatch = 0;
        for (Object[] row : page) {
            for (int c = 0; c < row.length; c++) {
                ps.setObject(c + 1, row[c]);
            }
            ps.addBatch();
            if (++inBatch == BATCH) {
                ps.executeBatch();
                inBatch = 0;
            }
        }
        ps.executeBatch();
        write.commit();
        return System.nanoTime() - start;
    }
}
