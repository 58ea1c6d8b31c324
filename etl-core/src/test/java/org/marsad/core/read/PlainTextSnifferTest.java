package org.marsad.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

class PlainTextSnifferTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<MediaType> type(String name, byte[] bytes) {
        return PlainTextSniffer.typeOf(name, bytes);
    }

    @Test
    void arabicTextNamedTxtIsPlainTextInAnyEncoding() {
        assertThat(type("a.txt", utf8("بغداد - قال المتحدث\n\nنص الخبر"))).contains(MediaType.TEXT_PLAIN);
        assertThat(type("A.TXT", utf8("\uFEFFبغداد - نص الخبر"))).contains(MediaType.TEXT_PLAIN);
        assertThat(type("a.txt", new byte[] {(byte) 0xC8, (byte) 0xDB, (byte) 0xCF, 0x20, 0x41})).contains(MediaType.TEXT_PLAIN);
        assertThat(type("a.txt", "\uFEFFبغداد".getBytes(StandardCharsets.UTF_16LE))).contains(MediaType.TEXT_PLAIN);
        assertThat(type("a.txt", "\uFEFFبغداد".getBytes(StandardCharsets.UTF_16BE))).contains(MediaType.TEXT_PLAIN);
    }

    @Test
    void aPageNamedHtmlThatBeginsWithMarkupIsAWebPage() {
        assertThat(type("story.html", utf8("\n<!DOCTYPE html><html><body>x</body></html>"))).contains(MediaType.TEXT_HTML);
        assertThat(type("story.htm", utf8("plain words, no markup"))).isEmpty();
    }

    @Test
    void leavesOtherNamesAndMarkupAndBinarySignaturesToTika() {
        assertThat(type("a.pdf", utf8("plain words"))).isEmpty();
        assertThat(type("a.txt", utf8("  <html><body>x</body></html>"))).isEmpty();
        assertThat(type("a.txt", utf8("<DOC><TEXT>x</TEXT></DOC>"))).isEmpty();
        assertThat(type("a.txt", utf8("%PDF-1.4 ..."))).isEmpty();
        assertThat(type("a.txt", utf8("{\\rtf1\\ansi hello}"))).isEmpty();
        assertThat(type("a.txt", new byte[] {'P', 'K', 3, 4, 20, 0})).isEmpty();
        assertThat(type("a.txt", new byte[] {0x1F, (byte) 0x8B, 8, 0})).isEmpty();
        assertThat(type("a.html", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2})).isEmpty();
        assertThat(type("a.txt", new byte[] {'a', 0, 'b', 0})).as("UTF-16 without a byte order mark").isEmpty();
    }

    @Test
    void jsonLinesNamedTxtStaysText() {
        assertThat(type("feed.txt", utf8("{\"title\": \"عنوان\"}\n"))).contains(MediaType.TEXT_PLAIN);
    }
}
