package org.marsad.jobs.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

import org.marsad.core.ArticleExtractor;
import org.marsad.core.ExtractedRecord;
import org.marsad.core.read.UnreadableFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads a registered file and extracts its article. Bad input never fails the chunk: it becomes a
 * quarantine outcome with the reason, so the run goes on and nothing is silently skipped. That holds
 * for faults of our own too: an extraction that throws costs its file, with the exception as reason.
 */
class ArticleFileProcessor implements ItemProcessor<RegisteredFile, ImportOutcome> {

    private static final Logger log = LoggerFactory.getLogger(ArticleFileProcessor.class);

    private final ArticleExtractor extractor;
    private final InputFolder input;
    private final long maxFileBytes;
    private final long maxTextBytes;

    /**
     * @param maxTextBytes an article whose text would not fit one statement to the database (MariaDB's
     *                     {@code max_allowed_packet}) is quarantined; {@code Long.MAX_VALUE} for no limit
     */
    ArticleFileProcessor(ArticleExtractor extractor, InputFolder input, long maxFileBytes, long maxTextBytes) {
        this.extractor = extractor;
        this.input = input;
        this.maxFileBytes = maxFileBytes;
        this.maxTextBytes = maxTextBytes;
    }

    @Override
    public ImportOutcome process(RegisteredFile file) {
        try {
            List<ExtractedRecord> records = extractor.extractAll(file.path(), input.read(file.path(), maxFileBytes));
            return records.isEmpty() ? ImportOutcome.quarantined(file, "no records") : new ImportOutcome(file, fitted(records));
        } catch (InputFolder.RefusedFileException e) {
            return ImportOutcome.quarantined(file, e.getMessage());
        } catch (NoSuchFileException e) {
            return ImportOutcome.quarantined(file, "file disappeared before it was read");
        } catch (AccessDeniedException e) {
            return ImportOutcome.quarantined(file, "file not readable: permission denied");
        } catch (IOException e) {
            return ImportOutcome.quarantined(file, "file could not be read: " + e.getMessage());
        } catch (UnreadableFileException e) {
            return ImportOutcome.quarantined(file, e.getMessage());
        } catch (InvalidPathException e) {
            return ImportOutcome.quarantined(file, "file name cannot be opened: " + e.getReason());
        } catch (RuntimeException | StackOverflowError e) {
            log.warn("Extraction failed on {}; the file is quarantined", file.path(), e);
            return ImportOutcome.quarantined(file, "extraction failed: " + e);
        }
    }

    /** Records whose text the database could not take in one statement are quarantined, the others kept. */
    private List<ExtractedRecord> fitted(List<ExtractedRecord> records) {
        if (maxTextBytes == Long.MAX_VALUE) {
            return records;
        }
        List<ExtractedRecord> out = new ArrayList<>(records.size());
        for (ExtractedRecord r : records) {
            String body = r.article() == null ? "" : r.article().article().body();
            // a UTF-16 unit is at most 3 bytes of UTF-8: only a body near the limit is encoded to measure it
            long bytes = body.length() * 3L <= maxTextBytes ? 0 : body.getBytes(StandardCharsets.UTF_8).length;
            out.add(bytes <= maxTextBytes ? r : new ExtractedRecord(r.entry(), null, "text too large for the database: " + bytes
                    + " bytes, and the server's max_allowed_packet leaves room for " + maxTextBytes));
        }
        return out;
    }
}
