package org.marsad.jobs.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.jobs.JobsTestApplication;
import org.marsad.jobs.support.WarehouseTables;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hostile input folder, made by the test, imported end to end ({@link HostileInputH2IT},
 * {@link HostileInputMariaDbIT}): whatever arrives, the run completes, every file and record has one
 * settled row with a reason, and nothing outside the folder is read.
 */
@SpringBootTest(classes = {JobsTestApplication.class, HostileInputScenarios.Faults.class},
        properties = {"marsad.import.chunk-size=2", "marsad.import.partitions=3", "marsad.import.write-retry-delay=5ms"})
abstract class HostileInputScenarios {

    private static final AtomicLong RUN_IDS = new AtomicLong(System.currentTimeMillis() + 7);
    private static final String CANARY = "كناري";

    JobOperatorTestUtils jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImportSummaryQuery summaries;
    @TempDir
    Path input;
    @TempDir
    Path outside;

    @Autowired
    void jobOperatorTestUtils(JobOperator jobOperator, JobRepository jobRepository, Job articleImportJob) {
        jobs = new JobOperatorTestUtils(jobOperator, jobRepository);
        jobs.setJob(articleImportJob);
    }

    @BeforeEach
    void emptyWarehouse() {
        WarehouseTables.clear(jdbc);
        Faults.poisonPath = null;
        Faults.failingPath = null;
    }

    @Test
    void aHostileFolderCompletesWithOneSettledRowAndAReasonForEveryFileAndRecord() throws Exception {
        writeHostileFolder();

        JobExecution run = start();

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, Map<String, Object>> files = rows(run);
        assertThat(files.values()).as("nothing left PENDING").noneMatch(r -> "PENDING".equals(r.get("status")));
        assertThat(files.values()).as("every file without an article says why")
                .filteredOn(r -> List.of("QUARANTINED", "SKIPPED").contains(r.get("status")))
                .allSatisfy(r -> assertThat((String) r.get("reason")).isNotBlank());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_file WHERE job_execution_id = ? GROUP BY file_path "
                + "ORDER BY COUNT(*) DESC LIMIT 1", Long.class, run.getId())).as("one row a path").isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT body FROM fact_article", String.class)).as("nothing outside the input is read")
                .noneMatch(b -> b.contains(CANARY) || b.contains("root:x:0:0"));

        assertThat(reason(files, "empty.json")).isEqualTo("JSON array without records");
        assertThat(reason(files, "five.json")).startsWith("record has no article text");
        assertThat(reason(files, "one-byte.zip")).startsWith("too little text");
        assertThat(reason(files, "hi.html")).startsWith("too little text");
        assertThat(reason(files, "flood.trec")).isEqualTo("<DOC> file without a complete <DOC> record");
        assertThat(reason(files, "bomb.txt.gz")).startsWith("gzip file refused: entry expands to more than");
        assertThat(files.get("link-to-canary.txt")).containsEntry("status", "SKIPPED");
        assertThat(reason(files, "link-to-canary.txt")).startsWith("symbolic link: not followed");
        assertThat(reason(files, "linked-folder")).startsWith("symbolic link: not followed");
        assertThat(reason(files, ".hidden.txt")).isEqualTo("hidden file: not an article");
        assertThat(reason(files, ".git")).isEqualTo("hidden folder: its files are not read");
        assertThat(files).doesNotContainKey(".git/config");
        assertThat(files.get("big-number.txt")).containsEntry("status", "LOADED");
        assertThat(files.get("long-sentence.txt")).containsEntry("status", "LOADED");
        assertThat(files.get("feed.jsonl")).containsEntry("status", "EXPANDED");
        assertThat(reason(files, "feed.jsonl#2")).isEqualTo("record is not a JSON object");
        assertThat(files.get("feed.jsonl#3")).containsEntry("status", "LOADED");
        assertThat(files).containsKeys("same-name.zip!/a.txt", "same-name.zip!/a.txt (2)", "same-name.zip!/a.txt (3)");
        assertThat(files).containsKeys("wire.trec#W1", "wire.trec#W1 (2)");
        assertThat(reason(files, "links.zip!/passwd.txt")).isEqualTo("archive entry is a symbolic link: not followed");
        assertThat(reason(files, "links.zip!/../escape.txt")).startsWith("archive entry name is unsafe");
        assertThat(reason(files, "links.zip!/.DS_Store")).isEqualTo("hidden archive entry: not an article");
        assertThat(files.get("أخبار/خبر.txt")).containsEntry("status", "LOADED");
        assertThat(files.get("lol.xhtml")).containsEntry("status", "QUARANTINED");
        assertThat(reason(files, "pipe")).startsWith("not a regular file");
        assertThat(reason(files, "bad\uFFFDname.txt")).isEqualTo("file name is not valid UTF-8: rename it to read it");
        assertThat(jdbc.queryForList("SELECT published_at FROM bi_article WHERE file_path LIKE 'dates.jsonl#%'", Object.class))
                .hasSize(3).containsOnlyNulls();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_quantity WHERE amount > 1000000000000", Long.class)).isZero();
    }

    @Test
    void aFileTheDatabaseRefusesIsQuarantinedAndTheRestOfItsChunkCommits() throws Exception {
        for (int i = 0; i < 6; i++) {
            Files.writeString(input.resolve("a" + i + ".txt"), article(i), StandardCharsets.UTF_8);
        }
        Faults.poisonPath = "a3.txt";

        JobExecution run = start();

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, Map<String, Object>> files = rows(run);
        assertThat(reason(files, "a3.txt")).startsWith("could not be written to the warehouse: injected: value out of range");
        assertThat(files.values()).filteredOn(r -> "LOADED".equals(r.get("status"))).hasSize(5);
    }

    @Test
    void aRestartReadsEveryFileLeftWhicheverPartitionFailed() throws Exception {
        for (int failing = 0; failing < 6; failing++) {
            WarehouseTables.clear(jdbc);
            Path folder = Files.createDirectories(input.resolve("round" + failing));
            for (int i = 0; i < 6; i++) {
                Files.writeString(folder.resolve("f" + i + ".txt"), article(100 * failing + i), StandardCharsets.UTF_8);
            }
            Faults.failingPath = "f" + failing + ".txt";

            JobExecution failed = jobs.startJob(ImportParameters.of(folder, RUN_IDS.incrementAndGet()));
            Faults.failingPath = null;
            JobExecution restarted = jobs.getJobOperator().restart(failed);

            assertThat(failed.getStatus()).as("fault in file %d", failing).isEqualTo(BatchStatus.FAILED);
            assertThat(restarted.getStatus()).as("restart after a fault in file %d", failing).isEqualTo(BatchStatus.COMPLETED);
            ImportSummary first = summaries.summarize(failed);
            ImportSummary second = summaries.summarize(restarted);
            assertThat(second.pending()).isZero();
            assertThat(second.loaded()).as("the restart reports what it loaded itself").isPositive();
            assertThat(first.loaded() + second.loaded()).as("each file loaded by one of the two executions").isEqualTo(6);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_article", Long.class)).isEqualTo(6);
        }
    }

    @Test
    void aFloodOfNearIdenticalCopiesIsLinkedWithABoundedNumberOfLinksPerArticle() throws Exception {
        String story = (article(1) + " ").repeat(6);
        int copies = NearDuplicateLinker.MAX_LINKS_PER_ARTICLE + 10;
        for (int i = 0; i < copies; i++) {
            Files.writeString(input.resolve("copy" + i + ".txt"), story + "نسخة " + i, StandardCharsets.UTF_8);
        }

        JobExecution run = start();

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT article_id) FROM fact_near_duplicate", Long.class))
                .as("every copy but the first is linked").isEqualTo(copies - 1L);
        assertThat(jdbc.queryForObject("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM fact_near_duplicate GROUP BY article_id) t",
                Long.class)).isEqualTo(NearDuplicateLinker.MAX_LINKS_PER_ARTICLE);
    }

    private void writeHostileFolder() throws IOException {
        Path canary = Files.writeString(outside.resolve("canary.txt"), article(1) + " " + CANARY, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("good.txt"), article(2), StandardCharsets.UTF_8);
        Files.writeString(input.resolve("empty.json"), "[]", StandardCharsets.UTF_8);
        Files.writeString(input.resolve("five.json"), "{\"content\": 5}", StandardCharsets.UTF_8);
        Files.write(input.resolve("one-byte.zip"), new byte[] {'P'});
        Files.writeString(input.resolve("hi.html"), "<html><body><p>hi</p></body></html>", StandardCharsets.UTF_8);
        Files.writeString(input.resolve("flood.trec"), "<DOC>\n".repeat(300_000), StandardCharsets.US_ASCII);
        Files.writeString(input.resolve("big-number.txt"), article(3) + " وقتل 99999999999999999999999999 شخصا في الهجوم.",
                StandardCharsets.UTF_8);
        Files.writeString(input.resolve("long-sentence.txt"), article(4) + " وقتل 12 شخصا " + "في المدينة و".repeat(8_000),
                StandardCharsets.UTF_8);
        Files.writeString(input.resolve("feed.jsonl"), json(article(5), null) + "\n[1, 2]\n" + json(article(6), null) + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(input.resolve("dates.jsonl"), json(article(7), "+99999-01-01T00:00:00Z") + "\n" + json(article(8), "0000-01-01")
                + "\n" + json(article(9), "29/02/2021") + "\n", StandardCharsets.UTF_8);
        String doc = "<DOC><DOCNO>W1</DOCNO><TEXT>%s</TEXT></DOC>\n";
        Files.writeString(input.resolve("wire.trec"), doc.formatted(article(10)) + doc.formatted(article(11)), StandardCharsets.UTF_8);
        Files.write(input.resolve("same-name.zip"), zip(Map.of(), "a.txt", article(12), "a.txt", article(13), "a.txt", article(14)));
        Files.write(input.resolve("links.zip"), zip(Map.of("passwd.txt", 0120777), "passwd.txt", "/etc/passwd", "../escape.txt", article(15),
                ".DS_Store", article(16), "ok.txt", article(17)));
        Files.write(input.resolve("bomb.txt.gz"), gzipOfZeros(30));
        Files.writeString(Files.createDirectories(input.resolve("أخبار")).resolve("خبر.txt"), article(18), StandardCharsets.UTF_8);
        Files.writeString(input.resolve(".hidden.txt"), article(19), StandardCharsets.UTF_8);
        Files.writeString(Files.createDirectories(input.resolve(".git")).resolve("config"), article(20), StandardCharsets.UTF_8);
        Files.createSymbolicLink(input.resolve("link-to-canary.txt"), canary);
        Files.createSymbolicLink(input.resolve("linked-folder"), outside);
        Files.writeString(input.resolve("lol.xhtml"), XHTML_ENTITY_BOMB, StandardCharsets.UTF_8);
        mkfifo(input.resolve("pipe"));
        shell("touch \"$(printf 'bad\\377name.txt')\"");
    }

    private static final String XHTML_ENTITY_BOMB = """
            <?xml version="1.0"?>
            <!DOCTYPE html [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
            <html xmlns="http://www.w3.org/1999/xhtml"><body><p>&lol9;</p></body></html>
            """;

    /** A name that is no valid UTF-8, which Java cannot even write: the shell makes it in the input folder. */
    private void shell(String command) throws IOException {
        try {
            Process p = new ProcessBuilder("sh", "-c", command).directory(input.toFile()).start();
            assumeThat(p.waitFor()).as(command).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void mkfifo(Path path) throws IOException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).start();
            assumeThat(p.waitFor()).as("mkfifo").isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private JobExecution start() throws Exception {
        return jobs.startJob(ImportParameters.of(input, RUN_IDS.incrementAndGet()));
    }

    private Map<String, Map<String, Object>> rows(JobExecution run) {
        Map<String, Map<String, Object>> files = new TreeMap<>();
        jdbc.queryForList("SELECT file_path, status, reason FROM bi_file WHERE job_execution_id = ?", run.getId())
                .forEach(r -> files.put((String) r.get("file_path"), r));
        return files;
    }

    private static String reason(Map<String, Map<String, Object>> files, String path) {
        assertThat(files).containsKey(path);
        return (String) files.get(path).get("reason");
    }

    /** A distinct invented news item of some twenty words. */
    static String article(int n) {
        return "أعلنت بلدية المدينة رقم " + n + " افتتاح حديقة عامة جديدة في حي الجامعة بمساحة عشرة آلاف متر مربع "
                + "وقال مدير الحدائق إن المشروع استغرق " + (n % 12 + 2) + " شهرا من العمل المتواصل.";
    }

    private static String json(String content, String date) {
        return "{\"title\": \"خبر\", " + (date == null ? "" : "\"date\": \"" + date + "\", ") + "\"content\": \"" + content + "\"}";
    }

    private static byte[] zip(Map<String, Integer> modes, String... namesAndTexts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                ZipArchiveEntry entry = new ZipArchiveEntry(namesAndTexts[i]);
                if (modes.containsKey(namesAndTexts[i])) {
                    entry.setUnixMode(modes.get(namesAndTexts[i]));
                }
                zip.putArchiveEntry(entry);
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] gzipOfZeros(int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                gz.write(zeros);
            }
        }
        return out.toByteArray();
    }

    /** Writers in front of the real one: a file the database refuses, and a database that fails while a file is in the chunk. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Faults {

        static volatile String poisonPath;
        static volatile String failingPath;

        @Bean
        @StepScope
        @Primary
        ItemWriter<ImportOutcome> faultyWriter(ArticleWarehouseWriter articleWriter) {
            return chunk -> {
                boolean holds = false;
                boolean poisoned = false;
                for (ImportOutcome o : chunk) {
                    holds |= o.file().path().endsWith("/" + failingPath) || o.file().path().equals(failingPath);
                    poisoned |= o.file().path().equals(poisonPath) && o.records().get(0).article() != null;
                }
                if (holds) {
                    throw new DataAccessResourceFailureException("injected: the database went away");
                }
                articleWriter.write(chunk);
                if (poisoned) {
                    throw new DataIntegrityViolationException("injected: value out of range for column 'amount'");
                }
            };
        }
    }
}
