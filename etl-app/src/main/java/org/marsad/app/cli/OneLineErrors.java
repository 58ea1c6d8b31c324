package org.marsad.app.cli;

import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;

import org.springframework.core.NestedExceptionUtils;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A command that fails prints one line: what went wrong and, for the faults an operator meets at the
 * start (no database at that address, a refused password, a database that is not there, a schema the
 * migrations cannot apply), the setting to check. The stack trace is printed only with {@code --debug}.
 */
final class OneLineErrors implements IExecutionExceptionHandler {

    static final int FAILED = 1;

    private final boolean debug;

    OneLineErrors(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println("marsad " + commandLine.getCommandName() + ": " + explain(e));
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("(run again with --debug for the stack trace)");
        }
        err.flush();
        return FAILED;
    }

    /** The failure in words, with the setting to check where the cause says which one. */
    static String explain(Throwable e) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
        SQLException sql = deepest(e, SQLException.class);
        String message = firstLine(root.getMessage());
        if (deepest(e, UnknownHostException.class) != null || deepest(e, ConnectException.class) != null
                || sql != null && "08".equals(sqlStateClass(sql)) && !isAuthorization(sql)) {
            return "cannot connect to the database: " + message + "; check spring.datasource.url (SPRING_DATASOURCE_URL)";
        }
        if (sql != null && isAuthorization(sql)) {
            return "the database refused the credentials: " + message
                    + "; check spring.datasource.username and spring.datasource.password (SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD)";
        }
        if (sql != null && sql.getErrorCode() == 1049) {
            return "the database does not exist: " + message + "; create it, or check the database name in spring.datasource.url";
        }
        if (root.getClass().getName().startsWith("org.flywaydb")) {
            return "the warehouse schema could not be migrated: " + message + "; check spring.datasource.url points at a Marsad warehouse";
        }
        return root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    private static boolean isAuthorization(SQLException sql) {
        return sql instanceof SQLInvalidAuthorizationSpecException || sql.getErrorCode() == 1045 || "28".equals(sqlStateClass(sql));
    }

    private static String sqlStateClass(SQLException sql) {
        return sql.getSQLState() == null || sql.getSQLState().length() < 2 ? "" : sql.getSQLState().substring(0, 2);
    }

    /** The deepest exception of this type in the cause chain, or null. */
    private static <T extends Throwable> T deepest(Throwable e, Class<T> type) {
        T found = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) {
                found = type.cast(t);
            }
        }
        return found;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }
}
