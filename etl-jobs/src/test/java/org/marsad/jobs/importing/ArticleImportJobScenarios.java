package org.marsad.jobs.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.extract.duplicate.MinHash;
import org.marsad.jobs.JobsTestApplication;
import org.marsad.jobs.operations.QuarantineRequeue;
import org.marsad.jobs.support.FixtureArticles;
import org.marsad.jobs.support.WarehouseTables;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import job end to end, run by {@link ArticleImportJobH2IT} and {@link ArticleImportJobMariaDbIT}
 * against each database. Chunks of two files, so that a failure can strike after a chunk committed.
 */
@SpringBootTest(classes = {JobsTestApplication.class, ArticleImportJobScenarios.FaultInjection.class},
        properties = {"marsad.import.chunk-size=2", "marsad.import.write-retry-delay=5ms"})
abstract class ArticleImportJobScenarios {

    private static final AtomicLong RUN_IDS = new AtomicLong(System.currentTimeMillis());

    JobOperatorTestUtils jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImportSummaryQuery summaries;
    @Autowired
    QuarantineRequeue requeue;
    @TempDir
    Path input;

    // Built by hand rather than with @SpringBatchTest, whose listeners call any method of the test
    // class that returns a JobExecution or StepExecution as a scope factory.
    @Autowired
    void jobOperatorTestUtils(JobOperator jobOperator, JobRepository jobRepository, Job articleImportJob) {
        jobs = new JobOperatorTestUtils(jobOperator, jobRepository);
        jobs.setJob(articleImportJob);
    }

    @BeforeEach
    void emptyWarehouse() {
        WarehouseTables.clear(jdbc);
        FaultInjection.failOnWrite.set(0);
        FaultInjection.writes.set(0);
        FaultInjection.lockTimeouts.set(0);
    }

    @Test
    void loadsEveryFormatAndEncodingIntoBiArticle() throws Exception {
        FixtureArticles.writeMixedSet(input);

        JobExecution run = start();

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Map<String, Object>> articles = jdbc.queryForList(
                "SELECT file_path, charset, title, body, word_count, source_name, published_at, content_hash, job_execution_id "
                        + "FROM bi_article ORDER BY file_path");
        assertThat(articles).hasSize(4);
        assertThat(articles).extracting(a -> a.get("job_execution_id")).containsOnly(run.getId());
        Map<String, Object> html = byPath(articles, "west/anbar-roads.html");
        assertThat(html.get("charset")).isEqualTo("UTF-8");
        assertThat(html.get("title")).isEqualTo(FixtureArticles.ANBAR_ROADS_TITLE);
        assertThat((String) html.get("body")).contains(FixtureArticles.ANBAR_ROADS_BODY);
        Map<String, Object> legacy = byPath(articles, "south/basra water.txt");
        assertThat(legacy.get("charset")).isEqualTo("windows-1256");
        assertThat(legacy.get("title") + "\n\n" + legacy.get("body")).as("headline read off, body without it")
                .isEqualTo(FixtureArticles.BASRA_WATER);
        assertThat(legacy.get("title")).isEqualTo("مشروع لتحلية مياه البحر في البصرة");
        assertThat(((Number) legacy.get("word_count")).intValue()).isEqualTo(30);
        assertThat(byPath(articles, "north/معرض-أربيل.txt").get("charset")).isEqualTo("UTF-16LE");
        assertThat(articles).as("nothing names an outlet or a date: NULL, not a guess")
                .extracting(a -> a.get("source_name")).containsOnlyNulls();
        assertThat(articles).extracting(a -> a.get("published_at")).containsOnlyNulls();
    }

    @Test
    void recordsDuplicatesAndQuarantinedFilesInBiFile() throws Exception {
        FixtureArticles.writeMixedSet(input);

        JobExecution run = start();

        Map<String, Map<String, Object>> files = filesByPath(run);
        assertThat(files).hasSize(8);
        assertThat(files.get(".hidden-note.txt")).containsEntry("status", "SKIPPED").containsEntry("reason", "hidden file: not an article");
        assertThat(files.get("empty.txt")).containsEntry("status", "QUARANTINED").containsEntry("reason", "empty file");
        assertThat((String) files.get("broken/junk.txt").get("reason")).startsWith("binary content");
        Map<String, Object> original = files.get("mosul-library.txt");
        Map<String, Object> copy = files.get("copies/mosul-library-1256.txt");
        assertThat(List.of(original.get("status"), copy.get("status"))).containsExactlyInAnyOrder("LOADED", "DUPLICATE");
        assertThat(copy.get("article_id")).isNotNull().isEqualTo(original.get("article_id"));
        assertThat(summaries.summarize(run)).extracting(ImportSummary::filesSeen, ImportSummary::loaded,
                ImportSummary::duplicates, ImportSummary::quarantined, ImportSummary::pending, ImportSummary::skipped)
                .containsExactly(8L, 4L, 1L, 2L, 0L, 1L);
    }

    @Test
    void filesHoldingSeveralArticlesGetARowPerRecord() throws Exception {
        FixtureArticles.writeContainers(input);

        JobExecution run = start();

        Map<String, Map<String, Object>> files = filesByPath(run);
        assertThat(files.get("feeds/wire.jsonl")).containsEntry("status", "EXPANDED").containsEntry("reason", "3 records");
        assertThat(files.get("feeds/wire.jsonl#1")).containsEntry("status", "LOADED");
        assertThat((String) files.get("feeds/wire.jsonl#2").get("reason")).startsWith("line 2 is not valid JSON");
        assertThat(files.get("feeds/wire.jsonl#3")).containsEntry("status", "LOADED");
        assertThat(files.get("archive.zip")).containsEntry("status", "EXPANDED");
        assertThat(files.get("archive.zip!/2021/erbil.txt")).containsEntry("status", "LOADED").containsEntry("charset", "windows-1256");
        assertThat(files.get("archive.zip!/2021/mosul.html")).containsEntry("status", "LOADED");
        assertThat(jdbc.queryForObject("SELECT title FROM bi_article WHERE file_path = 'feeds/wire.jsonl#1'", String.class))
                .isEqualTo("توسعة مطار النجف");
        assertThat(summaries.summarize(run)).extracting(ImportSummary::filesSeen, ImportSummary::loaded, ImportSummary::quarantined)
                .containsExactly(2L, 4L, 1L);
    }

    @Test
    void syndicatedCopiesAreLinkedNotMerged() throws Exception {
        FixtureArticles.writeSyndicatedPair(input);

        JobExecution run = start();

        assertThat(summaries.summarize(run).loaded()).isEqualTo(2);
        List<Long> ids = jdbc.queryForList("SELECT article_id FROM bi_article ORDER BY article_id", Long.class);
        assertThat(jdbc.queryForList("SELECT article_id, similar_article_id FROM bi_near_duplicate"))
                .extracting(r -> ((Number) r.get("article_id")).longValue() + "~" + ((Number) r.get("similar_article_id")).longValue())
                .containsExactlyInAnyOrder(ids.get(0) + "~" + ids.get(1), ids.get(1) + "~" + ids.get(0));
    }

    @Test
    void aNearDuplicateArrivingInALaterRunIsLinkedToTheEarlierArticle() throws Exception {
        FixtureArticles.writeSyndicatedPair(input);
        Path later = input.resolve("outlet-b/story.txt");
        byte[] laterCopy = Files.readAllBytes(later);
        Files.delete(later);
        start();
        Files.write(later, laterCopy);

        JobExecution second = start();

        assertThat(summaries.summarize(second).loaded()).isEqualTo(1);
        assertThat(nearDuplicatePairs()).containsExactly(articleOf("outlet-b/story.txt") + "~" + articleOf("outlet-a/story.txt"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article_link_queue", Long.class)).as("nothing left to link").isZero();
    }

    @Test
    void articlesAnEarlierVersionLeftUnindexedAreIndexedAndLinkedByTheNextRun() throws Exception {
        FixtureArticles.writeSyndicatedPair(input);
        start();
        List<String> linked = nearDuplicatePairs();
        // as V23 queues what a run of an earlier version loaded and stopped before indexing
        jdbc.update("DELETE FROM fact_near_duplicate");
        jdbc.update("DELETE FROM article_link_queue");
        jdbc.update("DELETE FROM fact_article_band");
        jdbc.update("INSERT INTO article_link_queue (article_id, banded) SELECT article_id, FALSE FROM fact_article");

        JobExecution second = start();

        assertThat(summaries.summarize(second).loaded()).isZero();
        assertThat(nearDuplicatePairs()).hasSize(1).isEqualTo(linked);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_article_band", Long.class)).isEqualTo(2L * MinHash.BANDS);
    }

    @Test
    void aFileChangedIntoANearDuplicateOfANewerArticleIsLinkedToIt() throws Exception {
        FixtureArticles.writeSyndicatedPair(input);
        Path older = input.resolve("outlet-a/story.txt");
        Path newer = input.resolve("outlet-b/story.txt");
        byte[] wireCopy = Files.readAllBytes(older);
        byte[] newerCopy = Files.readAllBytes(newer);
        Files.delete(newer);
        Files.writeString(older, FixtureArticles.NAJAF_AIRPORT, StandardCharsets.UTF_8);
        start();
        Files.write(newer, newerCopy);
        start();
        assertThat(nearDuplicatePairs()).isEmpty();
        Files.write(older, wireCopy);
        Files.setLastModifiedTime(older, FileTime.fromMillis(System.currentTimeMillis() + 60_000));

        JobExecution third = start();

        assertThat(summaries.summarize(third).replaced()).isEqualTo(1);
        long replaced = articleOf("outlet-a/story.txt");
        assertThat(replaced).as("the changed file keeps its article id, the older one").isLessThan(articleOf("outlet-b/story.txt"));
        assertThat(nearDuplicatePairs()).containsExactly(replaced + "~" + articleOf("outlet-b/story.txt"));
    }

    @Test
    void theStatisticsOfSeveralTablesRefreshOnThisDatabase() {
        assertThat(new TableStatisticsRefresh(jdbc.getDataSource(), "article_link_queue", "fact_article_band", "fact_article").refresh()).isTrue();
    }

    @Test
    void secondRunOnTheSameInputLoadsNothing() throws Exception {
        FixtureArticles.writeMixedSet(input);
        start();

        JobExecution second = start();

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(summaries.summarize(second)).as("unchanged files are not read again; unchanged quarantined ones stay quarantined")
                .extracting(ImportSummary::loaded, ImportSummary::unchanged, ImportSummary::quarantined, ImportSummary::filesSeen)
                .containsExactly(0L, 5L, 2L, 8L);
        assertThat(extractStepReadCount(second)).isZero();
        assertThat(jdbc.queryForList("SELECT reason FROM bi_file WHERE job_execution_id = ? AND status = 'QUARANTINED'", String.class,
                second.getId())).allSatisfy(reason -> assertThat(reason).startsWith(FileRegistrationTasklet.STILL_QUARANTINED));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bi_article", Long.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bi_file WHERE job_execution_id = ? AND status = 'UNCHANGED' "
                + "AND article_id IS NOT NULL", Long.class, second.getId())).isEqualTo(5);
    }

    @Test
    void aRequeuedQuarantinedFileIsReadAgainByTheNextRunWhetherNamedRelativeToItsInputOrAbsolutely() throws Exception {
        FixtureArticles.writeMixedSet(input);
        start();

        QuarantineRequeue.Result result = requeue.requeue(List.of(input.resolve("broken/junk.txt").toAbsolutePath().toString(), "no/such/file.txt",
                input.resolve("no/such/file.txt").toAbsolutePath().toString()));
        JobExecution second = start();

        assertThat(result.requeued()).containsExactly("broken/junk.txt");
        assertThat(result.unknown()).containsExactly("no/such/file.txt", input.resolve("no/such/file.txt").toAbsolutePath().toString());
        assertThat(extractStepReadCount(second)).as("only the requeued file is read").isEqualTo(1);
        assertThat(filesByPath(second).get("broken/junk.txt").get("reason")).asString()
                .doesNotStartWith(FileRegistrationTasklet.STILL_QUARANTINED);
        assertThat(filesByPath(second).get("empty.txt").get("reason")).asString().startsWith(FileRegistrationTasklet.STILL_QUARANTINED);
    }

    @Test
    void aChangedFileReplacesTheTextAndFactsOfItsArticleInPlace() throws Exception {
        FixtureArticles.writeDistinct(input, FixtureArticles.sixDistinctArticles().subList(0, 2));
        start();
        Path changed = input.resolve("article-01.txt");
        long articleId = jdbc.queryForObject("SELECT article_id FROM bi_file WHERE file_path = 'article-01.txt'", Long.class);
        Files.writeString(changed, FixtureArticles.NAJAF_AIRPORT, java.nio.charset.StandardCharsets.UTF_8);
        Files.setLastModifiedTime(changed, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));

        JobExecution second = start();

        assertThat(summaries.summarize(second)).extracting(ImportSummary::loaded, ImportSummary::replaced, ImportSummary::unchanged)
                .containsExactly(0L, 1L, 1L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_article", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT title FROM bi_article WHERE article_id = ?", String.class, articleId))
                .isEqualTo("توسعة مطار النجف");
        assertThat(jdbc.queryForList("SELECT entity_name FROM bi_entity_mention WHERE article_id = ?", String.class, articleId))
                .as("the facts are those of the new text").contains("النجف").doesNotContain("الموصل");
    }

    @Test
    void aTouchedFileWithTheSameTextIsUnchanged() throws Exception {
        FixtureArticles.writeDistinct(input, FixtureArticles.sixDistinctArticles().subList(0, 2));
        start();
        Files.setLastModifiedTime(input.resolve("article-02.txt"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));

        JobExecution second = start();

        assertThat(extractStepReadCount(second)).as("its time changed, so it is read").isEqualTo(1);
        assertThat(summaries.summarize(second)).extracting(ImportSummary::loaded, ImportSummary::duplicates, ImportSummary::unchanged)
                .containsExactly(0L, 0L, 2L);
    }

    @Test
    void aFileThatDisappearedIsReportedOnceAndItsArticleKept() throws Exception {
        FixtureArticles.writeDistinct(input, FixtureArticles.sixDistinctArticles().subList(0, 3));
        start();
        Files.delete(input.resolve("article-03.txt"));

        JobExecution second = start();
        JobExecution third = start();

        assertThat(summaries.summarize(second)).extracting(ImportSummary::disappeared, ImportSummary::filesSeen).containsExactly(1L, 2L);
        assertThat(filesByPath(second).get("article-03.txt")).containsEntry("status", "DISAPPEARED");
        assertThat(filesByPath(second).get("article-03.txt").get("article_id")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bi_article", Long.class)).isEqualTo(3);
        assertThat(summaries.summarize(third).disappeared()).isZero();
    }

    @Test
    void aChangedFileWhoseArticleOtherFilesShareAddsItsNewTextAsANewArticle() throws Exception {
        FixtureArticles.writeMixedSet(input);
        start();
        Path changed = input.resolve("mosul-library.txt");
        Files.writeString(changed, FixtureArticles.NAJAF_AIRPORT, java.nio.charset.StandardCharsets.UTF_8);
        Files.setLastModifiedTime(changed, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));

        JobExecution second = start();

        assertThat(summaries.summarize(second)).extracting(ImportSummary::loaded, ImportSummary::unchanged).containsExactly(1L, 4L);
        assertThat(jdbc.queryForObject("SELECT title FROM bi_article WHERE file_path = 'mosul-library.txt' AND job_execution_id = ?",
                String.class, second.getId())).isEqualTo("توسعة مطار النجف");
    }

    @Test
    void aChunkHitByTransientLockFaultsIsWrittenAgainExactlyOnce() throws Exception {
        List<String> texts = FixtureArticles.sixDistinctArticles();
        FixtureArticles.writeDistinct(input, texts);
        FaultInjection.lockTimeouts.set(2);

        JobExecution run = start();

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(summaries.summarize(run)).extracting(ImportSummary::loaded, ImportSummary::duplicates).containsExactly(6L, 0L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_article", Long.class)).isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_file WHERE parent_file_id IS NULL", Long.class)).isEqualTo(6);
    }

    @Test
    void aDatabaseThatStaysFaultyFailsTheRunAndARestartCompletesIt() throws Exception {
        FixtureArticles.writeDistinct(input, FixtureArticles.sixDistinctArticles());
        FaultInjection.lockTimeouts.set(1_000);

        JobExecution failed = start();
        FaultInjection.lockTimeouts.set(0);
        JobExecution restarted = jobs.getJobOperator().restart(failed);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getAllFailureExceptions()).anySatisfy(e -> assertThat(e).hasStackTraceContaining("injected lock wait timeout"));
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(summaries.summarize(restarted).loaded()).isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_article", Long.class)).isEqualTo(6);
    }

    @Test
    void restartAfterAFailedChunkLoadsEachArticleExactlyOnce() throws Exception {
        List<String> texts = FixtureArticles.sixDistinctArticles();
        FixtureArticles.writeDistinct(input, texts);
        FaultInjection.failOnWrite.set(2); // the first chunk written (2 files) commits, the second fails

        JobExecution failed = start();

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        long loaded = jdbc.queryForObject("SELECT COUNT(*) FROM fact_article", Long.class);
        // partitions write at once: besides the first chunk, another partition may have committed too
        assertThat(loaded).isBetween(2L, 5L);
        assertThat(summaries.summarize(failed).pending()).isEqualTo(6 - loaded);

        JobExecution restarted = jobs.getJobOperator().restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
        assertThat(extractStepReadCount(restarted)).as("resumed after the committed chunks").isEqualTo(6 - loaded);
        assertThat(jdbc.queryForList("SELECT title, body FROM bi_article").stream()
                .map(r -> r.get("title") + "\n\n" + r.get("body")).toList()).containsExactlyInAnyOrderElementsOf(texts);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT content_hash) FROM fact_article", Long.class)).isEqualTo(6);
        assertThat(summaries.summarize(restarted)).as("the restart reports what it loaded, the failed execution keeps its own")
                .extracting(ImportSummary::loaded, ImportSummary::pending).containsExactly(6 - loaded, 0L);
        assertThat(summaries.summarize(failed).loaded()).isEqualTo(loaded);
    }

    @Test
    void loadsTheFiveSeedArticles() throws Exception {
        Path seeds = Path.of(System.getProperty("marsad.corpus.dir", "../../shared/corpus")).resolve("seeds");
        assumeThat(Files.isDirectory(seeds)).as("shared corpus not found at %s (set -Dmarsad.corpus.dir)", seeds).isTrue();

        JobExecution run = jobs.startJob(ImportParameters.of(seeds, RUN_IDS.incrementAndGet()));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(summaries.summarize(run)).extracting(ImportSummary::filesSeen, ImportSummary::loaded)
                .containsExactly(5L, 5L);
        assertThat(jdbc.queryForList("SELECT body FROM bi_article", String.class))
                .allSatisfy(body -> assertThat(body).contains("داعش"));
    }

    private JobExecution start() throws Exception {
        return jobs.startJob(ImportParameters.of(input, RUN_IDS.incrementAndGet()));
    }

    /** Each stored pair once, as article~similar article. */
    private List<String> nearDuplicatePairs() {
        return jdbc.queryForList("SELECT article_id, similar_article_id FROM fact_near_duplicate").stream()
                .map(r -> ((Number) r.get("article_id")).longValue() + "~" + ((Number) r.get("similar_article_id")).longValue())
                .toList();
    }

    private long articleOf(String path) {
        return jdbc.queryForObject("SELECT MAX(article_id) FROM bi_file WHERE file_path = ?", Long.class, path);
    }

    private Map<String, Map<String, Object>> filesByPath(JobExecution run) {
        Map<String, Map<String, Object>> files = new java.util.TreeMap<>();
        jdbc.queryForList("SELECT f.file_path, f.status, f.reason, f.article_id, f.charset FROM bi_file f "
                + "WHERE f.job_execution_id = ?", run.getId()).forEach(row -> files.put((String) row.get("file_path"), row));
        return files;
    }

    private static Map<String, Object> byPath(List<Map<String, Object>> rows, String path) {
        return rows.stream().filter(r -> path.equals(r.get("file_path"))).findFirst().orElseThrow();
    }

    private static long extractStepReadCount(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().startsWith("extractPartitionStep"))
                .mapToLong(StepExecution::getReadCount).sum();
    }

    /** Puts a writer in front of the real one that fails on the Nth write while armed. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FaultInjection {

        static final AtomicInteger failOnWrite = new AtomicInteger();
        static final AtomicInteger writes = new AtomicInteger();
        /** Writes still to fail with a lock wait time-out after the real writer wrote the chunk (not committed). */
        static final AtomicInteger lockTimeouts = new AtomicInteger();

        @Bean
        @StepScope
        @Primary
        ItemWriter<ImportOutcome> faultInjectingWriter(ArticleWarehouseWriter articleWriter) {
            return chunk -> {
                if (writes.incrementAndGet() == failOnWrite.get()) {
                    throw new org.springframework.dao.DataAccessResourceFailureException("injected database failure");
                }
                articleWriter.write(chunk);
                if (lockTimeouts.getAndDecrement() > 0) {
                    throw new org.springframework.dao.CannotAcquireLockException("injected lock wait timeout");
                }
            };
        }
    }
}
