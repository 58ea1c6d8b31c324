package org.marsad.jobs.importing;

/** What became of a file in a run; stored in {@code fact_file.status}. */
public enum FileStatus {
    /** Registered by the listing step, not yet read. */
    PENDING,
    /** Read, and its article was new. */
    LOADED,
    /** Read, and its text was already in the warehouse: linked to that article. */
    DUPLICATE,
    /** Same path, size and time as in an earlier run: not read again. */
    UNCHANGED,
    /** Could not be turned into an article; {@code reason} says why. */
    QUARANTINED,
    /** Holds several articles (records, archive entries), each with a row of its own. */
    EXPANDED
}
