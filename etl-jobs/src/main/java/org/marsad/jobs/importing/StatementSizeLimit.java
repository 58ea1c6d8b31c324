package org.marsad.jobs.importing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How much article text one statement may carry to this database: MariaDB and MySQL refuse a packet
 * over {@code max_allowed_packet} (16 MB by default) by resetting the connection, which would fail the
 * chunk, the run and every restart, so such text is quarantined before it is written. Read once, at
 * start; a megabyte is left for the row's other columns and the statement itself. Other databases
 * (H2) have no such limit.
 */
final class StatementSizeLimit {

    private static final Logger log = LoggerFactory.getLogger(StatementSizeLimit.class);
    private static final long HEADROOM = 1024 * 1024;

    private StatementSizeLimit() {
    }

    /** The largest article text, in UTF-8 bytes, that fits; {@code Long.MAX_VALUE} where the database sets no limit. */
    static long maxTextBytes(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            if (!product.contains("mariadb") && !product.contains("mysql")) {
                return Long.MAX_VALUE;
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT @@max_allowed_packet")) {
                long packet = rs.next() ? rs.getLong(1) : 0;
                return Math.max(0, packet - HEADROOM);
            }
        } catch (SQLException e) {
            log.debug("Could not read max_allowed_packet; assuming MariaDB's default of 16 MB: {}", e.getMessage());
            return 16L * 1024 * 1024 - HEADROOM;
        }
    }
}
