package org.marsad.jobs.importing;

/** What became of a file in a run; stored in {@code fact_file.status}. */
public enum FileStatus {
    /** Registered by the listing step, not yet read. */
    PENDING,
    /** Read, and its article was new. */
    LOADED,
    /** Read, and its text was already in the warehouse: linked to that article. */
    DUPLICATE,
    /** Same path, size and time as in an earlier run (or read again and found to hold the same text): keeps its article. */
    UNCHANGED,
    /** Read before, changed since: its article was updated in place with the new text and facts. */
    REPLACED,
    /**
     * Could not be turned into an article; {@code reason} says why. A quarantined file that has not changed
     * is not read again by later runs (it stays quarantined) until an operator requeues it.
     */
    QUARANTINED,
    /** Holds several articles (records, archive entries), each with a row of its own. */
    EXPANDED,
    /** Seen by the previous run over the same folder, gone now; its article is kept. */
    DISAPPEARED,
    /** An operator asked for this quarantined file to be read again by the next run. */
    REQUEUED,
    /** Listed, never read: a symbolic link, FIFO, socket or device, or a hidden file or folder; {@code reason} says which. */
    SKIPPED
}
