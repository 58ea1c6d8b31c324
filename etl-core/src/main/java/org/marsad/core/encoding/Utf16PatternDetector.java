package org.marsad.core.encoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises UTF-16 without a byte order mark, which nothing in Tika 3 does. Both byte orders are
 * decoded; text in the right order is made of Latin, Arabic and punctuation, while the wrong order
 * (and any 8-bit text read as UTF-16) turns into CJK ideographs and other unlikely characters.
 */
final class Utf16PatternDetector implements CharsetDetector {

    private static final double MIN_SHARE = 0.95;
    private static final int MIN_CODE_UNITS = 2;

    @Override
    public Optional<CharsetDetection> detect(byte[] bytes) {
        if (bytes.length / 2 < MIN_CODE_UNITS || !hasZeroOrArabicHighBytes(bytes)) {
            return Optional.empty();
        }
        double le = PlausibleText.articleShare(decode(bytes, StandardCharsets.UTF_16LE));
        double be = PlausibleText.articleShare(decode(bytes, StandardCharsets.UTF_16BE));
        Charset best = le >= be ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        double share = Math.max(le, be);
        if (share < MIN_SHARE) {
            return Optional.empty();
        }
        return Optional.of(new CharsetDetection(best, DetectionMethod.UTF16_PATTERN, (int) Math.round(share * 100)));
    }

    /**
     * UTF-16 text of the scripts we read has, in one byte position, mostly 0x00 (Latin, digits, spaces)
     * or 0x06 (Arabic). Checking that first keeps ordinary 8-bit text away from the costlier decoding.
     */
    private static boolean hasZeroOrArabicHighBytes(byte[] b) {
        int units = b.length / 2;
        int even = 0;
        int odd = 0;
        for (int i = 0; i + 1 < b.length; i += 2) {
            if (b[i] == 0 || b[i] == 6) {
                even++;
            }
            if (b[i + 1] == 0 || b[i + 1] == 6) {
                odd++;
            }
        }
        return Math.max(even, odd) >= units * 0.6;
    }

    private static String decode(byte[] bytes, Charset charset) {
        int evenLength = bytes.length & ~1;
        return new String(bytes, 0, evenLength, charset);
    }
}
