package org.marsad.jobs.importing;

/** The import job on H2 in MariaDB mode, the embedded default. */
class ArticleImportJobH2IT extends ArticleImportJobScenarios {
}
