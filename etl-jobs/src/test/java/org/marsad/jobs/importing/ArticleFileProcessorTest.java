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

    private static final String BODY = "افتتاح جسر جديد في الموصل يربط ضفتي نهر دجلة بعد عامين من العمل.";
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
        Files.writeString(dir.resolve("خبر عاجل.txt"), BODY, StandardCharsets.UTF_8);
        ImportOutcome outcome = processor(1_000).process(new RegisteredFile(1, "أخبار اليوم/خبر عاجل.txt", 40));
        assertThat(outcome.records().get(0).article().article().body()).isEqualTo(BODY);
    }

    @Test
    void aFolderWhereAFileWasIsQuarantined() throws Exception {
        Files.createDirectories(input.resolve("now-a-folder.txt"));
        ImportOutcome outcome = processor(1_000).process(new RegisteredFile(1, "now-a-folder.txt", 10));
        assertThat(outcome.records().get(0).error()).isEqualTo("no longer a regular file");
    }

    @Test
    void aFileReplacedByALinkToOutsideTheInputIsNotRead(@TempDir Path outside) throws Exception {
        Path canary = Files.writeString(outside.resolve("canary.txt"), BODY + " سر", StandardCharsets.UTF_8);
        Files.createSymbolicLink(input.resolve("listed.txt"), canary);

        assertThat(processor(1_000).process(new RegisteredFile(1, "listed.txt", 40)).records()).singleElement()
                .satisfies(r -> assertThat(r.error()).isEqualTo("symbolic link: not followed"));
        assertThat(new ArticleFileProcessor(extractor, new InputFolder(input, true), 1_000, Long.MAX_VALUE)
                .process(new RegisteredFile(1, "listed.txt", 40)).records().get(0).error())
                .isEqualTo("symbolic link leads outside the input folder");
    }

    @Test
    void aFolderReplacedByALinkToOutsideTheInputIsNotRead(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("passwd"), BODY, StandardCharsets.UTF_8);
        Files.createSymbolicLink(input.resolve("feed"), outside);

        assertThat(processor(1_000).process(new RegisteredFile(1, "feed/passwd", 40)).records().get(0).error())
                .isEqualTo("a folder on its path is a symbolic link: not followed");
    }

    @Test
    void aLinkInsideTheInputIsReadWhenLinksAreFollowed() throws Exception {
        Path real = Files.writeString(input.resolve("real.txt"), BODY, StandardCharsets.UTF_8);
        Files.createSymbolicLink(input.resolve("alias.txt"), real);

        ImportOutcome outcome = new ArticleFileProcessor(extractor, new InputFolder(input, true), 1_000, Long.MAX_VALUE)
                .process(new RegisteredFile(1, "alias.txt", 40));

        assertThat(outcome.records().get(0).article().article().body()).isEqualTo(BODY);
    }

    @Test
    void aPathThatLeavesTheInputFolderIsNotRead() {
        assertThat(processor(1_000).process(new RegisteredFile(1, "../../etc/passwd", 40)).records().get(0).error())
                .isEqualTo("path leaves the input folder");
    }

    @Test
    void textTooLargeForOneDatabaseStatementIsQuarantined() throws Exception {
        Files.writeString(input.resolve("long.txt"), BODY, StandardCharsets.UTF_8);

        ImportOutcome outcome = new ArticleFileProcessor(extractor, new InputFolder(input, false), 1_000, 50)
                .process(new RegisteredFile(1, "long.txt", 40));

        assertThat(outcome.records().get(0).error()).startsWith("text too large for the database: ")
                .endsWith("max_allowed_packet leaves room for 50");
    }

    private ArticleFileProcessor processor(long maxBytes) {
        return new ArticleFileProcessor(extractor, new InputFolder(input, false), maxBytes, Long.MAX_VALUE);
    }
}
