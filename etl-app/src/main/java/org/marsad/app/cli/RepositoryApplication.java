package org.marsad.app.cli;

import org.marsad.app.run.ExecutionControl;
import org.marsad.jobs.importing.ImportSummaryQuery;
import org.marsad.jobs.importing.WriteRaces;
import org.marsad.jobs.operations.ExecutionHistory;
import org.marsad.jobs.operations.OperationsConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application of commands that only read or flag the job repository and the file lineage
 * ({@code status}, {@code quarantine}, {@code stop}, {@code abandon}, {@code recover}): a data source,
 * the job repository with the same Spring Batch settings as the import, the run lock and the queries.
 * No migrations, no job, no extraction pipeline, so they answer in a few seconds where the whole
 * application takes ten or more to start; a database never migrated reads as one with no runs.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, BatchAutoConfiguration.class, BatchJdbcAutoConfiguration.class})
@Import({ExecutionHistory.class, ImportSummaryQuery.class, WriteRaces.class, OperationsConfiguration.class, ExecutionControl.class})
class RepositoryApplication {

    /** The setting {@link SpringContext#repositoryOnly()} adds; the standard factory starts this application for it. */
    static final String SETTING = "--marsad.cli.repository-only=true";
}
