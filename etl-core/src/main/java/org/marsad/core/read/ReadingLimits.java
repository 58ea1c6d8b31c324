package org.marsad.core.read;

import java.time.Duration;

/**
 * Bounds on what reading one file may cost.
 *
 * @param parseTimeout      a parser still running after this is cut off and the file quarantined
 * @param maxArchiveEntries an archive with more entries is refused
 * @param maxExpandedBytes  an archive expanding to more is refused
 * @param maxEntryBytes     an archive entry expanding to more is refused (the archive's other entries are read)
 * @param maxArchiveDepth   archives nested deeper are refused
 */
public record ReadingLimits(Duration parseTimeout, int maxArchiveEntries, long maxExpandedBytes, long maxEntryBytes,
        int maxArchiveDepth) {

    /** 60 s per parse (text formats included); archives of at most 10,000 entries, 128 MB expanded, 20 MB an entry, 3 levels deep. */
    public static final ReadingLimits DEFAULTS = new ReadingLimits(Duration.ofSeconds(60), 10_000, 128L * 1024 * 1024,
            20L * 1024 * 1024, 3);
}
