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
 * Floor (b): how fast MariaDB takes the rows the job wrote. Each fact table is read back and inserted
 * into an empty copy ({@code CREATE TABLE … LIKE}, same indexes, no foreign keys) by batched inserts of
 * 1,000 rows, which Connector/J sends with MariaDB's bulk protocol; only the inserts are timed.
 */
public final class DatabaseFloor {

    static final List<String> TABLES = List.of("fact_article", "fact_file", "fact_entity_mention", "fact_quantity", "fact_quote",
            "fact_date_mention", "fact_article_band", "fact_near_duplicate");
    private static final int PAGE = 5_000;
    private static final int BATCH = 1_000;

    public record Result(long rows, double seconds) {
    }

    private final JdbcTemplate jdbc;

    public DatabaseFloor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Result measure() throws Exception {
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
        return new Result(rows, nanos / 1e9);
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
