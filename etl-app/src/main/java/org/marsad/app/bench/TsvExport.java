package org.marsad.app.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A table's rows as the tab-separated text {@code LOAD DATA} reads by default: {@code \N} for NULL,
 * backslash, tab and newline escaped, binary columns as hex (loaded through a user variable and
 * {@code UNHEX}).
 */
final class TsvExport {

    private TsvExport() {
    }

    /** Writes the rows; returns the column list for {@link #columnsClause}, binary columns as {@code @name}. */
    static List<String> write(JdbcTemplate jdbc, String table, Path file) throws Exception {
        List<String> columns = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            jdbc.query(con -> {
                var ps = con.prepareStatement("SELECT * FROM " + table);
                ps.setFetchSize(5_000);
                return ps;
            }, (ResultSet rs) -> {
                ResultSetMetaData meta = rs.getMetaData();
                boolean[] binary = new boolean[meta.getColumnCount()];
                boolean[] bool = new boolean[binary.length];
                for (int c = 0; c < binary.length; c++) {
                    int type = meta.getColumnType(c + 1);
                    bool[c] = type == Types.BIT || type == Types.BOOLEAN;
                    binary[c] = type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB;
                    columns.add((binary[c] ? "@" : "") + meta.getColumnName(c + 1));
                }
                try {
                    while (rs.next()) {
                        for (int c = 0; c < binary.length; c++) {
                            if (c > 0) {
                                out.write('\t');
                            }
                            out.write(bool[c] ? (rs.getObject(c + 1) == null ? "\\N" : rs.getBoolean(c + 1) ? "1" : "0") : field(rs, c + 1, binary[c]));
                        }
                        out.write('\n');
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            });
        }
        return columns;
    }

    /** {@code (a, @b, c) SET b = UNHEX(@b)} */
    static String columnsClause(List<String> columns) {
        List<String> sets = columns.stream().filter(c -> c.startsWith("@")).map(c -> c.substring(1) + " = UNHEX(" + c + ")").toList();
        return "(" + String.join(", ", columns) + ")" + (sets.isEmpty() ? "" : " SET " + String.join(", ", sets));
    }

    private static String field(ResultSet rs, int column, boolean binary) throws java.sql.SQLException {
        if (binary) {
            byte[] bytes = rs.getBytes(column);
            return bytes == null ? "\\N" : HexFormat.of().formatHex(bytes);
        }
        String value = rs.getString(column);
        if (value == null) {
            return "\\N";
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
