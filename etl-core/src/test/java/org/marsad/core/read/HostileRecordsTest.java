package org.marsad.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.marsad.core.encoding.CompositeCharsetDetector;

/**
 * What a careless feed or an attacker sends, read record by record: every record gets an entry of its
 * own with a reason, nothing is read from outside the archive, and no input costs more than linear work.
 */
class HostileRecordsTest {

    private static final String BODY = "افتتحت البلدية حديقة عامة جديدة في حي الجامعة بمساحة عشرة آلاف متر مربع.";
    private final ArticleFileReader reader = new ArticleFileReader(CompositeCharsetDetector.standard());

    @Test
    void anEmptyJsonArrayIsAnUnreadableFileNotACrash() {
        assertThatThrownBy(() -> reader.readAll("empty.json", "[]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class).hasMessage("JSON array without records");
    }

    @Test
    void jsonLinesWhoseSecondLineIsAnArrayKeepEveryLineAsARecord() throws Exception {
        String jsonl = "{\"content\": \"" + BODY + "\"}\n[1, 2]\n{\"content\": \"" + BODY + " ثانية\"}\n";

        List<ReadRecord> records = reader.readAll("feed.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));

        assertThat(records).extracting(ReadRecord::entry).containsExactly("#1", "#2", "#3");
        assertThat(records.get(1).error()).isEqualTo("record is not a JSON object");
        assertThat(records.get(2).document().text()).endsWith("ثانية");
    }

    @Test
    void aNumberUnderATextKeyIsNoArticleText() {
        assertThatThrownBy(() -> reader.readAll("five.json", "{\"content\": 5}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("record has no article text");
    }

    @Test
    void trecRecordsSharingADocnoAreNumberedSoEachHasItsOwnEntry() throws Exception {
        String doc = "<DOC><DOCNO>X1</DOCNO><TEXT>" + BODY + "</TEXT></DOC>\n";

        List<ReadRecord> records = reader.readAll("wire.trec", (doc + doc + doc).getBytes(StandardCharsets.UTF_8));

        assertThat(records).extracting(ReadRecord::entry).containsExactly("#X1", "#X1 (2)", "#X1 (3)");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void unclosedTrecTagsAreReadInLinearTime() throws Exception {
        String unclosed = "<DOC>\n".repeat(400_000) + "<DOC><TEXT>" + "<P>\n".repeat(200_000) + BODY + "</TEXT></DOC>";

        List<ReadRecord> records = reader.readAll("flood.trec", unclosed.getBytes(StandardCharsets.UTF_8));

        assertThat(records).singleElement().satisfies(r -> assertThat(r.document().text()).endsWith(BODY));
    }

    @Test
    void aZipNamingOneEntryThreeTimesGivesThreeEntries() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (int i = 0; i < 3; i++) {
                add(zip, new ZipArchiveEntry("a.txt"), (BODY + " " + i).getBytes(StandardCharsets.UTF_8));
            }
        }

        assertThat(reader.readAll("dup.zip", out.toByteArray())).extracting(ReadRecord::entry)
                .containsExactly("!/a.txt", "!/a.txt (2)", "!/a.txt (3)");
    }

    @Test
    void linkEntriesUnsafeNamesAndHiddenEntriesAreNotReadButEachGetsAReason() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            ZipArchiveEntry link = new ZipArchiveEntry("passwd.txt");
            link.setUnixMode(0120777);
            add(zip, link, "/etc/passwd".getBytes(StandardCharsets.US_ASCII));
            add(zip, new ZipArchiveEntry("../../escape.txt"), BODY.getBytes(StandardCharsets.UTF_8));
            add(zip, new ZipArchiveEntry(".DS_Store"), BODY.getBytes(StandardCharsets.UTF_8));
            add(zip, new ZipArchiveEntry("good.txt"), BODY.getBytes(StandardCharsets.UTF_8));
        }

        List<ReadRecord> records = reader.readAll("mixed.zip", out.toByteArray());

        assertThat(records).extracting(ReadRecord::entry).containsExactly("!/passwd.txt", "!/../../escape.txt", "!/.DS_Store", "!/good.txt");
        assertThat(records.get(0).error()).isEqualTo("archive entry is a symbolic link: not followed");
        assertThat(records.get(1).error()).startsWith("archive entry name is unsafe");
        assertThat(records.get(2).error()).isEqualTo("hidden archive entry: not an article");
        assertThat(records.get(3).document().text()).isEqualTo(BODY);
        assertThat(records).noneMatch(r -> r.document() != null && r.document().text().contains("/etc/passwd"));
    }

    @Test
    void aGzipBombIsRefusedWhileItExpandsNotAfter() throws Exception {
        ArticleFileReader strict = new ArticleFileReader(CompositeCharsetDetector.standard(),
                new ReadingLimits(Duration.ofSeconds(60), 10, 100_000_000, 1_000_000, 2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                gz.write(zeros);
            }
        }
        assertThat(out.size()).isLessThan(100_000);

        assertThatThrownBy(() -> strict.readAll("bomb.txt.gz", out.toByteArray())).isInstanceOf(UnreadableFileException.class)
                .hasMessage("gzip file refused: entry expands to more than 1000000 bytes, the limit for one file");
    }

    @Test
    void aZipEntryLargerThanOneFileMayBeIsRefusedAloneAndTheOthersRead() throws Exception {
        ArticleFileReader strict = new ArticleFileReader(CompositeCharsetDetector.standard(),
                new ReadingLimits(Duration.ofSeconds(60), 10, 100_000_000, 100_000, 2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            add(zip, new ZipArchiveEntry("big.txt"), new byte[200_000]);
            add(zip, new ZipArchiveEntry("good.txt"), BODY.getBytes(StandardCharsets.UTF_8));
        }

        List<ReadRecord> records = strict.readAll("two.zip", out.toByteArray());

        assertThat(records.get(0).error()).isEqualTo("entry expands to more than 100000 bytes, the limit for one file");
        assertThat(records.get(1).document().text()).isEqualTo(BODY);
    }

    private static void add(ZipArchiveOutputStream zip, ZipArchiveEntry entry, byte[] data) throws IOException {
        zip.putArchiveEntry(entry);
        zip.write(data);
        zip.closeArchiveEntry();
    }
}
