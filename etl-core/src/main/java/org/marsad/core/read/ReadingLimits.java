package org.marsad.core.read;

import java.time.Duration;

/**
 * Bounds on what reading one file may cost.
 *
 * @param parseTimeout      a parser still running after this is cut off and the file quarantined
 * @param maxArchiveEntries an archive with more entries is refused
 * @param maxExpandedBytes  an archive expanding to more is refused
 * @param maxArchiveDepth   archives nested deeper are refused
 */
public record ReadingLimits(Duration parseTimeout, int maxArchiveEntries, long maxExpandedBytes, int maxArchiveDepth) {

    /** 60 s per parse; archives of at most 10,000 entries, 512 MB expanded, 3 levels deep. */
    public static final ReadingLimits DEFAULTS = new ReadingLimits(Duration.ofSeconds(60), 10_000, 512L * 1024 * 1024, 3);
}
