package org.marsad.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainTextSnifferTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void arabicTextNamedTxtIsPlainTextWithAndWithoutBom() {
        assertThat(PlainTextSniffer.isPlainText("a.txt", utf8("بغداد - قال المتحدث\n\nنص الخبر"))).isTrue();
        assertThat(PlainTextSniffer.isPlainText("A.TXT", utf8("\uFEFFبغداد - نص الخبر"))).isTrue();
        assertThat(PlainTextSniffer.isPlainText("a.txt", new byte[] {(byte) 0xC8, (byte) 0xDB, (byte) 0xCF, 0x20, 0x41})).isTrue();
    }

    @Test
    void leavesOtherNamesAndMarkupAndBinarySignaturesToTika() {
        assertThat(PlainTextSniffer.isPlainText("a.html", utf8("plain words"))).isFalse();
        assertThat(PlainTextSniffer.isPlainText("a.txt", utf8("  <html><body>x</body></html>"))).isFalse();
        assertThat(PlainTextSniffer.isPlainText("a.txt", utf8("<DOC><TEXT>x</TEXT></DOC>"))).isFalse();
        assertThat(PlainTextSniffer.isPlainText("a.txt", utf8("%PDF-1.4 ..."))).isFalse();
        assertThat(PlainTextSniffer.isPlainText("a.txt", utf8("{\\rtf1\\ansi hello}"))).isFalse();
        assertThat(PlainTextSniffer.isPlainText("a.txt", new byte[] {'P', 'K', 3, 4, 20, 0})).isFalse();
        assertThat(PlainTextSniffer.isPlainText("a.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0})).isFalse();
        assertThat(PlainTextSniffer.isPlainText("a.txt", new byte[] {0x1F, (byte) 0x8B, 8, 0})).isFalse();
    }

    @Test
    void jsonLinesNamedTxtStaysText() {
        assertThat(PlainTextSniffer.isPlainText("feed.txt", utf8("{\"title\": \"عنوان\"}\n"))).isTrue();
    }
}
