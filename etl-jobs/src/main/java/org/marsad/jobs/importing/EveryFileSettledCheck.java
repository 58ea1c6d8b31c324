package org.marsad.jobs.importing;

import java.util.List;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fails the run, naming the first files, while any file of its job instance is still PENDING. */
class EveryFileSettledCheck implements Tasklet {

    private static final int NAMED = 5;

    private final JdbcTemplate jdbc;

    EveryFileSettledCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long jobInstanceId = contribution.getStepExecution().getJobExecution().getJobInstanceId();
        long pending = jdbc.queryForObject("SELECT COUNT(*) FROM fact_file WHERE job_instance_id = ? AND status = 'PENDING'", Long.class,
                jobInstanceId);
        if (pending > 0) {
            List<String> names = jdbc.queryForList("SELECT file_path FROM fact_file WHERE job_instance_id = ? AND status = 'PENDING' "
                    + "ORDER BY file_id LIMIT " + NAMED, String.class, jobInstanceId);
            throw new IllegalStateException(pending + (pending == 1 ? " file was" : " files were") + " not read: "
                    + String.join(", ", names) + (pending > NAMED ? ", …" : "") + "; restart the run to read them");
        }
        return RepeatStatus.FINISHED;
    }
}
