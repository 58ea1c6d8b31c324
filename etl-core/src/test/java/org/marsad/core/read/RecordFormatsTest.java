package org.marsad.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.marsad.core.encoding.CompositeCharsetDetector;

/** JSON Lines, JSON, TREC records and archives: one record per article, with its fields as metadata. */
class RecordFormatsTest {

    private static final String BODY_1 = "افتتحت البلدية حديقة عامة جديدة في حي الجامعة بمساحة عشرة آلاف متر مربع.";
    private static final String BODY_2 = "استقبل ميناء أم قصر أول سفينة حاويات بعد أعمال التوسعة التي استمرت عامين.";
    private final ArticleFileReader reader = new ArticleFileReader(CompositeCharsetDetector.standard());

    @Test
    void readsJsonLinesRecordByRecordWithTheirFields() throws Exception {
        String jsonl = String.join("\n",
                json("حديقة جديدة", BODY_1, "جريدة الصباح", "بغداد: علي كريم", "2015-07-21"),
                "{not json",
                "{\"title\": \"بلا نص\"}",
                json("ميناء أم قصر", BODY_2, "جريدة البصرة", null, null));

        List<ReadRecord> records = reader.readAll("feed.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));

        assertThat(records).extracting(ReadRecord::entry).containsExactly("#1", "#2", "#3", "#4");
        ExtractedDocument first = records.get(0).document();
        assertThat(first.text()).isEqualTo(BODY_1);
        assertThat(first.metadata()).containsEntry("dc:title", "حديقة جديدة").containsEntry("og:site_name", "جريدة الصباح")
                .containsEntry("author", "بغداد: علي كريم").containsEntry("article:published_time", "2015-07-21");
        assertThat(records.get(1).error()).startsWith("line 2 is not valid JSON");
        assertThat(records.get(2).error()).startsWith("record has no article text");
        assertThat(records.get(3).document().text()).isEqualTo(BODY_2);
    }

    @Test
    void readsAJsonArrayAndASingleJsonObject() throws Exception {
        String array = "[" + json("أ", BODY_1, null, null, null) + "," + json("ب", BODY_2, null, null, null) + "]";
        assertThat(reader.readAll("export.json", array.getBytes(StandardCharsets.UTF_8))).extracting(ReadRecord::entry)
                .containsExactly("#1", "#2");
        List<ReadRecord> single = reader.readAll("one.json", json("أ", BODY_1, null, null, null).getBytes(StandardCharsets.UTF_8));
        assertThat(single).singleElement().satisfies(r -> {
            assertThat(r.entry()).isNull();
            assertThat(r.document().text()).isEqualTo(BODY_1);
        });
    }

    @Test
    void readsTrecDocumentsWithTheirFields() throws Exception {
        String one = trec("AR-1", "عنوان الخبر", "Sat, 31 Mar 2018 11:39:55 +0400", "جدة - سامي علي", BODY_1);
        ExtractedDocument doc = reader.read("AR-1.txt", one.getBytes(Charset.forName("windows-1256")));
        assertThat(doc.text()).isEqualTo(BODY_1);
        assertThat(doc.charset().charsetName()).isEqualTo("windows-1256");
        assertThat(doc.metadata()).containsEntry("dc:title", "عنوان الخبر").containsEntry("author", "جدة - سامي علي")
                .containsEntry("article:published_time", "Sat, 31 Mar 2018 11:39:55 +0400").containsEntry("og:site_name", "testsrc");

        String two = one + "\n" + trec("AR-2", "خبر ثان", "Sun, 1 Apr 2018 09:00:00 +0400", "", BODY_2);
        assertThat(reader.readAll("batch.sgml", two.getBytes(StandardCharsets.UTF_8))).extracting(ReadRecord::entry)
                .containsExactly("#AR-1", "#AR-2");
    }

    @Test
    void readsEveryEntryOfAZipIncludingNestedArchives() throws Exception {
        byte[] inner = zip("inner/b.txt", BODY_2.getBytes(StandardCharsets.UTF_8));
        byte[] outer = zip("2021/a.txt", BODY_1.getBytes(Charset.forName("windows-1256")), "nested.zip", inner,
                "empty.txt", new byte[0]);

        List<ReadRecord> records = reader.readAll("batch.zip", outer);

        assertThat(records).extracting(ReadRecord::entry).containsExactly("!/2021/a.txt", "!/nested.zip!/inner/b.txt", "!/empty.txt");
        assertThat(records.get(0).document().text()).isEqualTo(BODY_1);
        assertThat(records.get(0).document().charset().charsetName()).isEqualTo("windows-1256");
        assertThat(records.get(1).document().text()).isEqualTo(BODY_2);
        assertThat(records.get(2).error()).isEqualTo("empty file");
    }

    @Test
    void readsAGzippedFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(BODY_1.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(reader.readAll("article.txt.gz", out.toByteArray())).singleElement()
                .satisfies(r -> assertThat(r.document().text()).isEqualTo(BODY_1));
    }

    @Test
    void refusesArchiveBombsWithTheLimitTheyBroke() throws Exception {
        ArticleFileReader strict = new ArticleFileReader(CompositeCharsetDetector.standard(),
                new ReadingLimits(java.time.Duration.ofSeconds(60), 2, 1_000, 1_000, 2));
        byte[] many = zip("a.txt", BODY_1.getBytes(StandardCharsets.UTF_8), "b.txt", BODY_1.getBytes(StandardCharsets.UTF_8),
                "c.txt", BODY_1.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> strict.readAll("many.zip", many)).hasMessage("archive refused: more than 2 entries");
        byte[] big = zip("zeros.txt", new byte[100_000]);
        assertThat(big.length).isLessThan(1_000);
        assertThatThrownBy(() -> strict.readAll("big.zip", big)).hasMessage("archive refused: expands to more than 1000 bytes");
        byte[] deep = zip("l1.zip", zip("l2.zip", zip("a.txt", BODY_1.getBytes(StandardCharsets.UTF_8))));
        assertThat(strict.readAll("deep.zip", deep)).singleElement()
                .satisfies(r -> assertThat(r.error()).isEqualTo("archive refused: nested more than 2 deep"));
    }

    private static String json(String title, String content, String source, String author, String date) {
        StringBuilder s = new StringBuilder("{\"title\": \"" + title + "\", \"content\": \"" + content + "\"");
        if (source != null) {
            s.append(", \"source\": \"").append(source).append('"');
        }
        if (author != null) {
            s.append(", \"author\": \"").append(author).append('"');
        }
        if (date != null) {
            s.append(", \"date\": \"").append(date).append('"');
        }
        return s.append('}').toString();
    }

    private static String trec(String docno, String title, String time, String author, String text) {
        return "<DOC>\n<DOCNO>" + docno + "</DOCNO>\n<SRC>testsrc</SRC>\n<TITLE>" + title + "</TITLE>\n<TIME>" + time
                + "</TIME>\n<AUTHOR>" + author + "</AUTHOR>\n<TEXT>\n" + text + "\n</TEXT>\n</DOC>";
    }

    private static byte[] zip(Object... nameAndBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < nameAndBytes.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) nameAndBytes[i]));
                zip.write((byte[]) nameAndBytes[i + 1]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
