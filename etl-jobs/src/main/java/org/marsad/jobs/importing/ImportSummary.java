package org.marsad.jobs.importing;

import java.time.Duration;

import org.springframework.batch.core.BatchStatus;

/**
 * What one run of the import did, for the operator.
 *
 * @param jobExecutionId the execution
 * @param status         its batch status
 * @param exitDescription Spring Batch's exit description (the failure, when it failed)
 * @param filesSeen      files the run registered (a JSON Lines file or an archive counts once)
 * @param records        records and archive entries inside those files (each settled like a file of its own)
 * @param loaded         new articles this execution loaded (files and records; a restart counts only its own)
 * @param duplicates     files or records whose text was already loaded
 * @param unchanged      files not read again because they had not changed
 * @param quarantined    files or records that yielded no article
 * @param pending        files not settled yet (a failed run, before its restart)
 * @param replaced       files that changed since an earlier run: their articles now hold the new text
 * @param disappeared    files the previous run over the folder saw that are gone (their articles are kept)
 * @param skipped        listed files that are not article files (links, FIFOs, hidden files): never read
 * @param elapsed        wall time of the execution
 * @param input          the folder the run imports (absolute), from its job parameters
 * @param writeRaces     chunks written again because another partition wrote the same new row first
 *                       (expected with several partitions; this process's partitions only)
 */
public record ImportSummary(long jobExecutionId, BatchStatus status, String exitDescription, long filesSeen, long records, long loaded,
        long duplicates, long unchanged, long quarantined, long pending, long replaced, long disappeared, long skipped, Duration elapsed,
        String input, long writeRaces) {

    /** Whether the run ended because an operator asked it to stop (it resumes with a restart). */
    public boolean stopped() {
        return status == BatchStatus.STOPPED;
    }
}
