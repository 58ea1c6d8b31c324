package org.marsad.app.cli;

import org.marsad.jobs.importing.ImportSummaryQuery;
import org.marsad.jobs.importing.WriteRaces;
import org.marsad.jobs.operations.ExecutionHistory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application of commands that only read the job repository and the file lineage ({@code status},
 * {@code quarantine}): a data source and the queries, nothing else. No migrations, no batch
 * infrastructure, no extraction pipeline, so they answer in a few seconds where the whole application
 * takes ten or more to start; a database never migrated reads as one with no runs.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
@Import({ExecutionHistory.class, ImportSummaryQuery.class, WriteRaces.class})
class RepositoryReader {

    /** The setting {@link SpringContext#readRepositoryOnly()} adds; the standard factory starts this application for it. */
    static final String SETTING = "--marsad.cli.repository-only=true";
}
