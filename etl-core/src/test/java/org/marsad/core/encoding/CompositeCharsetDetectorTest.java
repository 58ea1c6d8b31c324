package org.marsad.core.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CompositeCharsetDetectorTest {

    // Team-written text, not from any real article.
    private static final String HEADLINE = "افتتاح مكتبة جديدة في الموصل";
    private static final String PARAGRAPH = "أعلنت بلدية الموصل، يوم الأحد، افتتاح مكتبة عامة جديدة تضم أكثر من عشرين ألف كتاب "
            + "في حي الزهور، وقال مدير المكتبة إن «الإقبال فاق التوقعات» منذ الساعات الأولى.";
    private static final String MIXED = "قالت وكالة Reuters إن الاجتماع عُقد في Paris يوم 12/3/2021 بحضور 40 مندوباً.";

    private final CompositeCharsetDetector detector = CompositeCharsetDetector.standard();

    @Test
    void detectsUtf8WithoutBom() {
        assertDecided(PARAGRAPH.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, DetectionMethod.UTF8_VALIDATION);
    }

    @Test
    void detectsUtf8WithBomAndDropsTheMark() {
        byte[] bytes = withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PARAGRAPH.getBytes(StandardCharsets.UTF_8));
        CharsetDetection d = assertDecided(bytes, StandardCharsets.UTF_8, DetectionMethod.BYTE_ORDER_MARK);
        assertThat(CompositeCharsetDetector.decode(bytes, d)).isEqualTo(PARAGRAPH);
    }

    @Test
    void detectsUtf16WithBothByteOrderMarks() {
        assertDecided(withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, PARAGRAPH.getBytes(StandardCharsets.UTF_16LE)),
                StandardCharsets.UTF_16LE, DetectionMethod.BYTE_ORDER_MARK);
        byte[] be = withPrefix(new byte[] {(byte) 0xFE, (byte) 0xFF}, PARAGRAPH.getBytes(StandardCharsets.UTF_16BE));
        CharsetDetection d = assertDecided(be, StandardCharsets.UTF_16BE, DetectionMethod.BYTE_ORDER_MARK);
        assertThat(CompositeCharsetDetector.decode(be, d)).isEqualTo(PARAGRAPH);
    }

    @Test
    void detectsUtf32ByteOrderMarkBeforeUtf16() {
        Charset utf32le = Charset.forName("UTF-32LE");
        byte[] bytes = withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, HEADLINE.getBytes(utf32le));
        CharsetDetection d = assertDecided(bytes, utf32le, DetectionMethod.BYTE_ORDER_MARK);
        assertThat(CompositeCharsetDetector.decode(bytes, d)).isEqualTo(HEADLINE);
    }

    @Test
    void detectsUtf16WithoutBomInEitherByteOrder() {
        assertDecided(PARAGRAPH.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, DetectionMethod.UTF16_PATTERN);
        assertDecided(MIXED.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, DetectionMethod.UTF16_PATTERN);
    }

    @Test
    void detectsWindows1256WithoutDeclaration() {
        assertDecided(PARAGRAPH.getBytes(ArabicSingleByteDetector.WINDOWS_1256), ArabicSingleByteDetector.WINDOWS_1256,
                DetectionMethod.ARABIC_LETTER_SCORE);
    }

    @Test
    void detectsIso88596WithoutDeclaration() {
        String iso = PARAGRAPH.replace("«", "\"").replace("»", "\""); // ISO-8859-6 has no guillemets
        assertDecided(iso.getBytes(ArabicSingleByteDetector.ISO_8859_6), ArabicSingleByteDetector.ISO_8859_6,
                DetectionMethod.ARABIC_LETTER_SCORE);
    }

    @Test
    void tellsTheArabicTablesApartOnAHeadlineAlone() {
        assertDecided(HEADLINE.getBytes(ArabicSingleByteDetector.WINDOWS_1256), ArabicSingleByteDetector.WINDOWS_1256,
                DetectionMethod.ARABIC_LETTER_SCORE);
        assertDecided(HEADLINE.getBytes(ArabicSingleByteDetector.ISO_8859_6), ArabicSingleByteDetector.ISO_8859_6,
                DetectionMethod.ARABIC_LETTER_SCORE);
    }

    @Test
    void detectsDosArabicCp720() {
        String cp720Text = PARAGRAPH.replace("،", ",").replace("«", "\"").replace("»", "\""); // CP720 lacks the Arabic comma
        byte[] bytes = cp720Text.getBytes(Cp720Charset.INSTANCE);
        CharsetDetection d = assertDecided(bytes, Cp720Charset.INSTANCE, DetectionMethod.ARABIC_LETTER_SCORE);
        assertThat(CompositeCharsetDetector.decode(bytes, d)).isEqualTo(cp720Text);
    }

    @Test
    void keepsMixedArabicAndLatinTextInWindows1256() {
        byte[] bytes = MIXED.getBytes(ArabicSingleByteDetector.WINDOWS_1256);
        CharsetDetection d = assertDecided(bytes, ArabicSingleByteDetector.WINDOWS_1256, DetectionMethod.ARABIC_LETTER_SCORE);
        assertThat(CompositeCharsetDetector.decode(bytes, d)).isEqualTo(MIXED);
    }

    @Test
    void leavesLatin1FrenchToStatistics() {
        String french = "Le conseil municipal a décidé à l'unanimité d'ouvrir une bibliothèque près de la rivière, "
                + "où les élèves pourront étudier après l'école et emprunter des livres gratuitement.";
        CharsetDetection d = detector.decide(french.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(d.method()).isEqualTo(DetectionMethod.STATISTICAL);
        assertThat(new String(french.getBytes(StandardCharsets.ISO_8859_1), d.charset())).isEqualTo(french);
    }

    private CharsetDetection assertDecided(byte[] bytes, Charset expected, DetectionMethod method) {
        CharsetDetection d = detector.decide(bytes);
        assertThat(d.charset()).isEqualTo(expected);
        assertThat(d.method()).isEqualTo(method);
        return d;
    }

    private static byte[] withPrefix(byte[] prefix, byte[] body) {
        return ByteBuffer.allocate(prefix.length + body.length).put(prefix).put(body).array();
    }
}
