package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.MarsadApplication;
import org.marsad.jobs.support.FixtureArticles;

/** Logs as a log shipper sees them: JSON lines on request, each line of a run with its execution id, no secrets. */
class StructuredLogsIT {

    @Test
    void jsonLogLinesCarryTheExecutionIdAndNeverThePassword(@TempDir Path work) throws Exception {
        Path input = Files.createDirectories(work.resolve("in"));
        FixtureArticles.writeMixedSet(input);
        Path log = work.resolve("run.log");

        Process run = ChildJvm.start(log, MarsadApplication.class, List.of("run", "--input", input.toString(),
                "--logging.structured.format.console=ecs", "--marsad.import.progress-interval=0s",
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db") + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE",
                "--spring.datasource.password=s3cret-pw"));
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();

        List<String> lines = Files.readAllLines(log);
        List<String> json = lines.stream().filter(l -> l.startsWith("{")).toList();
        assertThat(run.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(json).as("progress lines, as JSON with the execution id").filteredOn(l -> l.contains("Progress: "))
                .isNotEmpty().allSatisfy(l -> assertThat(l).contains("\"jobExecutionId\":\"1\"").endsWith("}"));
        assertThat(lines).as("the summary stays plain text for the operator").anySatisfy(l -> assertThat(l).startsWith("Import of "));
        assertThat(String.join("\n", lines)).doesNotContain("s3cret-pw");
    }
}
