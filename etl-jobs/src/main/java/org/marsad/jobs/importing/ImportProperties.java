package org.marsad.jobs.importing;

import java.nio.file.Path;
import java.time.Duration;

import org.marsad.core.read.ReadingLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the import job ({@code marsad.import.*}).
 *
 * @param chunkSize          files read and written per transaction (default 50)
 * @param maxFileSize        files larger than this are quarantined unread (default 20MB)
 * @param parseTimeout       a parser still running after this is cut off, the file quarantined (default 60s)
 * @param maxArchiveEntries  archives with more entries are refused (default 10000)
 * @param maxArchiveExpanded archives expanding to more are refused (default 128MB); an entry expanding past
 *                           {@code max-file-size} is refused alone
 * @param maxArchiveDepth    archives nested deeper are refused (default 3)
 * @param entityModel        a model written by {@code train-entities}; empty (the default) for the model
 *                           shipped with the product (README, "Entity model"), {@code none} for the gazetteers,
 *                           organisation phrases and title patterns alone
 * @param writeRetries       times a chunk is written again after a transient database fault (deadlock,
 *                           lock wait time-out) before the run fails (default 4)
 * @param writeRetryDelay    wait before the first retry, doubled for each next one (default 200ms)
 * @param progressInterval   how often a run that is not on a terminal logs its progress (default 10s)
 * @param threads            partitions run at once in this process (default 0: one per processor)
 * @param partitions         ranges the registered files are split into, each read, extracted and written
 *                           chunk by chunk by one thread or remote worker (default 0: as many as threads)
 * @param minWords           a record whose clean body has fewer words is quarantined as too little text
 *                           (default 10: real briefs run from 13 words)
 * @param minPageWords       the same for a web page's main content (default 25: a page of fewer is a stub, a
 *                           video's caption or an error page once its furniture is gone)
 * @param followLinks        read symbolic links that lead to a file inside the input folder (default false:
 *                           a link is listed as SKIPPED and never read); a link leading outside is never read
 */
@ConfigurationProperties("marsad.import")
public record ImportProperties(@DefaultValue("50") int chunkSize, @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("60s") Duration parseTimeout, @DefaultValue("10000") int maxArchiveEntries,
        @DefaultValue("128MB") DataSize maxArchiveExpanded, @DefaultValue("3") int maxArchiveDepth, Path entityModel,
        @DefaultValue("4") int writeRetries, @DefaultValue("200ms") Duration writeRetryDelay,
        @DefaultValue("10s") Duration progressInterval, @DefaultValue("0") int threads,
        @DefaultValue("0") int partitions, @DefaultValue("10") int minWords, @DefaultValue("25") int minPageWords,
        @DefaultValue("false") boolean followLinks) {

    int extractThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    int partitionCount() {
        return partitions > 0 ? partitions : extractThreads();
    }

    /**
     * Articles the near-duplicate step takes per transaction: four chunks' worth, at most 500, because its
     * query lists them and MariaDB plans a list past 1,000 values (in_predicate_conversion_threshold) as a
     * table to join, which it may scan for every chunk.
     */
    int linkChunkSize() {
        return Math.min(chunkSize * 4, 500);
    }

    ReadingLimits readingLimits() {
        return new ReadingLimits(parseTimeout, maxArchiveEntries, maxArchiveExpanded.toBytes(), maxFileSize.toBytes(), maxArchiveDepth);
    }

    public ImportProperties {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("marsad.import.chunk-size must be at least 1: " + chunkSize);
        }
    }
}
