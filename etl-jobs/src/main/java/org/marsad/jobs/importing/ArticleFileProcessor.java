package org.marsad.jobs.importing;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.marsad.core.ArticleExtractor;
import org.marsad.core.read.UnreadableFileException;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads a registered file and extracts its article. Bad input never fails the chunk: it becomes a
 * quarantine outcome with the reason, so the run goes on and nothing is silently skipped.
 */
class ArticleFileProcessor implements ItemProcessor<RegisteredFile, ImportOutcome> {

    private final ArticleExtractor extractor;
    private final Path input;
    private final long maxFileBytes;

    ArticleFileProcessor(ArticleExtractor extractor, Path input, long maxFileBytes) {
        this.extractor = extractor;
        this.input = input;
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    public ImportOutcome process(RegisteredFile file) {
        Path path = input.resolve(file.path());
        try {
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                return ImportOutcome.quarantined(file, "no longer a regular file");
            }
            long size = Files.size(path);
            if (size > maxFileBytes) {
                return ImportOutcome.quarantined(file, "file too large: " + size + " bytes, the limit is " + maxFileBytes);
            }
            return new ImportOutcome(file, extractor.extractAll(file.path(), Files.readAllBytes(path)));
        } catch (NoSuchFileException e) {
            return ImportOutcome.quarantined(file, "file disappeared before it was read");
        } catch (AccessDeniedException e) {
            return ImportOutcome.quarantined(file, "file not readable: permission denied");
        } catch (IOException e) {
            return ImportOutcome.quarantined(file, "file could not be read: " + e.getMessage());
        } catch (UnreadableFileException e) {
            return ImportOutcome.quarantined(file, e.getMessage());
        }
    }
}
