package org.marsad.core.encoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decides from a byte order mark. UTF-32 marks are checked first: FF FE 00 00 also starts with FF FE. */
final class ByteOrderMarkDetector implements CharsetDetector {

    static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    @Override
    public Optional<CharsetDetection> detect(byte[] b) {
        return Optional.ofNullable(charsetOfMark(b)).map(cs -> new CharsetDetection(cs, DetectionMethod.BYTE_ORDER_MARK, 100));
    }

    /** Length of the byte order mark at the start of {@code b} for {@code charset}, 0 when there is none. */
    static int markLength(byte[] b, Charset charset) {
        Charset marked = charsetOfMark(b);
        if (marked == null || !marked.equals(charset)) {
            return 0;
        }
        return marked.equals(StandardCharsets.UTF_8) ? 3 : marked.equals(UTF_32LE) || marked.equals(UTF_32BE) ? 4 : 2;
    }

    private static Charset charsetOfMark(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return UTF_32BE;
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... mark) {
        if (b.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((b[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }
}
