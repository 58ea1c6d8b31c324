package org.marsad.jobs.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

import javax.sql.DataSource;

import org.marsad.jobs.warehouse.CommittedKeyCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Runs one attempt at writing behind a savepoint of the chunk's transaction: whatever the attempt wrote
 * before it failed is undone, and so are the dimension keys it cached, so the next attempt (a retry, or
 * the files written one by one) starts from the transaction as it was. When the server rolled the whole
 * transaction back (MariaDB does on a deadlock) the savepoint is gone with everything the attempt wrote.
 */
final class ChunkSavepoint {

    private static final Logger log = LoggerFactory.getLogger(ChunkSavepoint.class);

    interface Attempt {
        void run() throws Exception;
    }

    private ChunkSavepoint() {
    }

    static void attempt(DataSource dataSource, Attempt attempt) throws Exception {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
            try {
                attempt.run();
            } catch (Exception e) {
                rollBackTo(connection, savepoint);
                throw e;
            }
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void rollBackTo(Connection connection, Savepoint savepoint) {
        if (savepoint == null) {
            return;
        }
        CommittedKeyCache.forgetUncommitted();
        try {
            connection.rollback(savepoint);
        } catch (SQLException gone) {
            log.debug("Savepoint gone with the rolled-back transaction: {}", gone.getMessage());
        }
    }
}
