package org.marsad.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.marsad.core.encoding.CompositeCharsetDetector;

/** Office, e-mail and PDF formats are read through Tika, with their own encodings and titles. */
class DocumentFormatsTest {

    private static final String TITLE = "افتتاح معرض الكتاب في البصرة";
    private static final String BODY = "افتتح محافظ البصرة معرض الكتاب السنوي بمشاركة مئة وعشرين دار نشر عربية.";
    private final ArticleFileReader reader = new ArticleFileReader(CompositeCharsetDetector.standard());

    @Test
    void readsDocx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(TITLE);
            doc.createParagraph().createRun().setText(BODY);
            doc.getProperties().getCoreProperties().setTitle(TITLE);
            doc.write(out);
        }
        ExtractedDocument read = reader.read("article.docx", out.toByteArray());
        assertThat(read.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(read.text()).contains(TITLE).contains(BODY);
        assertThat(read.metadata()).containsEntry("dc:title", TITLE);
    }

    @Test
    void readsOdt() throws Exception {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                + "<office:body><office:text><text:h>" + TITLE + "</text:h><text:p>" + BODY + "</text:p></office:text></office:body>"
                + "</office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
        }
        ExtractedDocument read = reader.read("article.odt", out.toByteArray());
        assertThat(read.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(read.text()).contains(TITLE).contains(BODY);
    }

    @Test
    void readsRtfWithUnicodeEscapes() throws Exception {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1256\\deff0{\\fonttbl{\\f0\\fnil\\fcharset178 Arial;}}\\f0\\uc1 ");
        for (char c : BODY.toCharArray()) {
            rtf.append(c < 128 ? String.valueOf(c) : "\\u" + (int) c + "?");
        }
        rtf.append("\\par}");
        ExtractedDocument read = reader.read("article.rtf", rtf.toString().getBytes(StandardCharsets.US_ASCII));
        assertThat(read.mediaType()).isEqualTo("application/rtf");
        assertThat(read.text().strip()).isEqualTo(BODY);
    }

    @Test
    void readsAnEmailWithABase64ArabicBody() throws Exception {
        String eml = "From: desk@example.org\r\nTo: archive@example.org\r\nSubject: =?UTF-8?B?"
                + Base64.getEncoder().encodeToString(TITLE.getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                + "Date: Sun, 14 Mar 2021 09:30:00 +0300\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(BODY.getBytes(StandardCharsets.UTF_8))
                + "\r\n";
        ExtractedDocument read = reader.read("wire.eml", eml.getBytes(StandardCharsets.US_ASCII));
        assertThat(read.mediaType()).isEqualTo("message/rfc822");
        assertThat(read.text()).contains(BODY);
        assertThat(read.metadata()).containsEntry("dc:title", TITLE);
    }

    @Test
    void readsAPdfTextLayer() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Basra book fair opens with 120 publishers");
                text.endText();
            }
            doc.save(out);
        }
        ExtractedDocument read = reader.read("wire.pdf", out.toByteArray());
        assertThat(read.mediaType()).isEqualTo("application/pdf");
        assertThat(read.text()).contains("Basra book fair opens with 120 publishers");
        assertThat(read.charset()).as("PDF carries its own encoding").isNull();
    }
}
