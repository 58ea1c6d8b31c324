package org.marsad.jobs.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.ArticleExtractor;
import org.marsad.core.ExtractedRecord;

/** The processor turns every kind of unreadable file into a quarantine reason instead of failing the chunk. */
class ArticleFileProcessorTest {

    @TempDir
    Path input;

    private final ArticleExtractor extractor = ArticleExtractor.standard();

    @Test
    void aFileThatVanishedAfterListingIsQuarantined() {
        ImportOutcome outcome = processor(1_000).process(new RegisteredFile(1, "gone.txt", 10));
        assertThat(outcome.records()).extracting(ExtractedRecord::error).containsExactly("file disappeared before it was read");
    }

    @Test
    void aFileOverTheSizeLimitIsQuarantinedUnread() throws Exception {
        Files.writeString(input.resolve("big.txt"), "نص ".repeat(400), StandardCharsets.UTF_8);
        ImportOutcome outcome = processor(1_000).process(new RegisteredFile(1, "big.txt", 1_200));
        assertThat(outcome.records().get(0).error()).startsWith("file too large:").endsWith("the limit is 1000");
    }

    @Test
    void namesWithSpacesAndArabicLettersAreRead() throws Exception {
        Path dir = Files.createDirectories(input.resolve("أخبار اليوم"));
        Files.writeString(dir.resolve("خبر عاجل.txt"), "افتتاح جسر جديد في الموصل.", StandardCharsets.UTF_8);
        ImportOutcome outcome = processor(1_000).process(new RegisteredFile(1, "أخبار اليوم/خبر عاجل.txt", 40));
        assertThat(outcome.records().get(0).article().article().body()).isEqualTo("افتتاح جسر جديد في الموصل.");
    }

    @Test
    void aFolderWhereAFileWasIsQuarantined() throws Exception {
        Files.createDirectories(input.resolve("now-a-folder.txt"));
        ImportOutcome outcome = processor(1_000).process(new RegisteredFile(1, "now-a-folder.txt", 10));
        assertThat(outcome.records().get(0).error()).isEqualTo("no longer a regular file");
    }

    private ArticleFileProcessor processor(long maxBytes) {
        return new ArticleFileProcessor(extractor, input, maxBytes);
    }
}
