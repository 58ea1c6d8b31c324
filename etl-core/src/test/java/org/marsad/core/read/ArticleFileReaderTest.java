package org.marsad.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;
import org.marsad.core.encoding.CompositeCharsetDetector;
import org.marsad.core.encoding.DetectionMethod;

class ArticleFileReaderTest {

    private static final String SENTENCE = "وصل وفد من وزارة الزراعة إلى البصرة لتفقد مشاريع الري الجديدة.";
    private final ArticleFileReader reader = new ArticleFileReader(CompositeCharsetDetector.standard());

    @Test
    void readsPlainTextInWindows1256() throws Exception {
        ExtractedDocument doc = reader.read("خبر.txt", SENTENCE.getBytes(Charset.forName("windows-1256")));
        assertThat(doc.mediaType()).isEqualTo("text/plain");
        assertThat(doc.charset().charsetName()).isEqualTo("windows-1256");
        assertThat(doc.text()).isEqualTo(SENTENCE);
    }

    @Test
    void readsHtmlWhoseDeclaredCharsetLies() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "<title>مشاريع الري في البصرة</title></head><body><p>" + SENTENCE + "</p></body></html>";
        ExtractedDocument doc = reader.read("page.html", html.getBytes(Charset.forName("windows-1256")));
        assertThat(doc.mediaType()).isEqualTo("text/html");
        assertThat(doc.charset().charsetName()).isEqualTo("windows-1256");
        assertThat(doc.charset().method()).isEqualTo(DetectionMethod.ARABIC_LETTER_SCORE);
        assertThat(doc.text()).contains(SENTENCE);
        assertThat(doc.metadata()).containsEntry(TikaCoreProperties.TITLE.getName(), "مشاريع الري في البصرة");
    }

    @Test
    void readsUtf16TextWithoutBomOrExtension() throws Exception {
        ExtractedDocument doc = reader.read("article", SENTENCE.getBytes(StandardCharsets.UTF_16LE));
        assertThat(doc.charset().charsetName()).isEqualTo("UTF-16LE");
        assertThat(doc.text()).isEqualTo(SENTENCE);
    }

    @Test
    void repairsArabicMojibakeSavedAsUtf8() throws Exception {
        String mojibake = new String(SENTENCE.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        ExtractedDocument doc = reader.read("scrape.txt", mojibake.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.text()).isEqualTo(SENTENCE);
        assertThat(doc.charset().method()).isEqualTo(DetectionMethod.MOJIBAKE_REPAIR);
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> reader.read("empty.txt", new byte[0]))
                .isInstanceOf(UnreadableFileException.class).hasMessage("empty file");
    }

    @Test
    void rejectsBinaryJunkNamedTxt() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        assertThatThrownBy(() -> reader.read("junk.txt", junk))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("binary");
    }
}
