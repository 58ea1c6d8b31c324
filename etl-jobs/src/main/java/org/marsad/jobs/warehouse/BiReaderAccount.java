package org.marsad.jobs.warehouse;

import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates (or updates) the MariaDB account BI tools connect with: SELECT on each {@code bi_} view of
 * the current database and nothing else: no base table, no job repository, no writes. The views
 * run with their definer's rights, so the account reads through them without seeing what is behind.
 * Run it again after an upgrade that adds views: it grants the new ones.
 */
@Component
public class BiReaderAccount {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,80}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9_.%:-]{1,255}");

    private final JdbcTemplate jdbc;

    BiReaderAccount(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the views granted */
    public List<String> createOrUpdate(String user, String host, String password) {
        require(NAME, user, "user name");
        require(HOST, host, "host");
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a password is required");
        }
        String product = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName());
        if (product == null || !(product.toLowerCase(Locale.ROOT).contains("mariadb") || product.toLowerCase(Locale.ROOT).contains("mysql"))) {
            throw new IllegalStateException("BI accounts are MariaDB accounts; this database is " + product);
        }
        String account = "'" + user + "'@'" + host + "'";
        String secret = "'" + password.replace("\\", "\\\\").replace("'", "''") + "'";
        jdbc.execute("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY " + secret);
        jdbc.execute("ALTER USER " + account + " IDENTIFIED BY " + secret);
        String schema = jdbc.queryForObject("SELECT DATABASE()", String.class);
        List<String> views = jdbc.queryForList("SELECT TABLE_NAME FROM information_schema.VIEWS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE 'bi\\_%' ORDER BY TABLE_NAME", String.class);
        for (String view : views) {
            jdbc.execute("GRANT SELECT ON `" + schema + "`.`" + view + "` TO " + account);
        }
        return views;
    }

    private static void require(Pattern pattern, String value, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid " + what + ": " + value);
        }
    }
}
