package org.marsad.jobs.operations;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One execution of the import as the operator sees it: status, timing, file counts and steps.
 *
 * @param jobExecutionId  the execution
 * @param jobInstanceId   its job instance (a restart keeps it)
 * @param status          Spring Batch's status (COMPLETED, FAILED, STARTED, STOPPED, ABANDONED)
 * @param startTime       start, null before it started
 * @param endTime         end, null while running (or after a crash)
 * @param exitDescription the failure, if any (first line)
 * @param filesSeen       files of the job instance
 * @param records         records and archive entries inside them
 * @param loaded          new articles this execution loaded
 * @param duplicates      files or records already loaded
 * @param quarantined     files or records without an article
 * @param pending         files not settled yet
 * @param steps           its steps in order
 * @param input           the folder it imports (absolute)
 * @param runDate         the night it is for ({@code run --run-date}, the schedule), null for a run without one
 */
public record ExecutionReport(long jobExecutionId, long jobInstanceId, String status, LocalDateTime startTime,
        LocalDateTime endTime, String exitDescription, long filesSeen, long records, long loaded, long duplicates, long quarantined, long pending,
        List<StepReport> steps, String input, String runDate) {

    /**
     * @param name     step name
     * @param status   its status
     * @param read     items read
     * @param written  items written
     * @param skipped  items skipped (read, process and write skips)
     * @param commits  transactions committed
     */
    public record StepReport(String name, String status, long read, long written, long skipped, long commits) {
    }
}
