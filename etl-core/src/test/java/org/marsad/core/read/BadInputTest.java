package org.marsad.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.junit.jupiter.api.Test;
import org.marsad.core.encoding.CompositeCharsetDetector;
import org.marsad.core.encoding.DetectionMethod;

/** Broken and hostile input: each case yields an article or a clear reason, never a hang or a leak. */
class BadInputTest {

    private static final String TEXT = "أعلنت مديرية الدفاع المدني في النجف إخماد حريق في سوق المدينة القديمة دون إصابات.";
    private final ArticleFileReader reader = new ArticleFileReader(CompositeCharsetDetector.standard());

    @Test
    void cutsOffAParserThatHangs() {
        AbstractParser hanging = new AbstractParser() {
            @Override
            public Set<MediaType> getSupportedTypes(ParseContext context) {
                return Set.of(MediaType.application("pdf"));
            }

            @Override
            public void parse(java.io.InputStream stream, org.xml.sax.ContentHandler handler, org.apache.tika.metadata.Metadata metadata,
                    ParseContext context) {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        ArticleFileReader impatient = new ArticleFileReader(CompositeCharsetDetector.standard(),
                new ReadingLimits(Duration.ofMillis(300), 10, 1_000_000, 1_000_000, 2), hanging);
        long start = System.nanoTime();
        assertThatThrownBy(() -> impatient.read("slow.pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("did not finish within 0.3 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void neverResolvesXmlExternalEntities() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><article><p>" + TEXT
                + "</p><p>&x;</p></article>";
        try {
            ExtractedDocument doc = reader.read("feed.xml", xxe.getBytes(StandardCharsets.UTF_8));
            assertThat(doc.text()).doesNotContain("root:");
        } catch (UnreadableFileException e) {
            assertThat(e.getMessage()).doesNotContain("root:");
        }
    }

    @Test
    void quarantinesAPasswordProtectedPdf() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(pdf);
        }
        assertThatThrownBy(() -> reader.read("locked.pdf", pdf.toByteArray())).isInstanceOf(UnreadableFileException.class)
                .hasMessage("password-protected document");
    }

    @Test
    void readsTruncatedUtf16() throws Exception {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] truncated = Arrays.copyOf(ByteBuffer.allocate(bom.length + body.length).put(bom).put(body).array(), bom.length + body.length - 1);
        ExtractedDocument doc = reader.read("cut.txt", truncated);
        assertThat(doc.charset().charsetName()).isEqualTo("UTF-16LE");
        assertThat(doc.text()).startsWith(TEXT.substring(0, TEXT.length() - 1));
    }

    @Test
    void readsUtf8WithAFewInvalidBytesAsUtf8() throws Exception {
        byte[] good = (TEXT + "\n" + TEXT).getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(good, good.length + 1);
        broken[good.length] = (byte) 0xC3; // a lone lead byte
        System.arraycopy(new byte[] {(byte) 0xFF}, 0, broken, 10, 1); // and a byte UTF-8 never has
        ExtractedDocument doc = reader.read("scrape.txt", broken);
        assertThat(doc.charset().charsetName()).isEqualTo("UTF-8");
        assertThat(doc.charset().method()).isEqualTo(DetectionMethod.UTF8_VALIDATION);
        assertThat(doc.text()).contains(TEXT.substring(20));
    }
}
