package org.marsad.core.encoding;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides UTF-8 when the bytes are well-formed UTF-8. Legacy single-byte Arabic text almost never forms
 * valid multi-byte sequences, so validity is strong evidence. Scraped text sometimes carries a few
 * broken bytes among thousands of good sequences: up to 1% invalid bytes (at least one allowed) still
 * decide UTF-8, with lower confidence, and decode with replacement characters. A sequence cut off at
 * the very end of the sample is not counted: callers may pass a prefix.
 */
final class Utf8Detector implements CharsetDetector {

    private static final int MIN_SEQUENCES_FOR_TOLERANCE = 8;

    @Override
    public Optional<CharsetDetection> detect(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (length > 0 && i + length > b.length) {
                break; // truncated at the end of the sample
            }
            if (length > 0 && continuations(b, i + 1, length - 1)) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        if (invalid == 0) {
            return Optional.of(new CharsetDetection(StandardCharsets.UTF_8, DetectionMethod.UTF8_VALIDATION, valid > 0 ? 100 : 80));
        }
        boolean fewBroken = valid >= MIN_SEQUENCES_FOR_TOLERANCE && invalid <= Math.max(1, valid / 100);
        return fewBroken ? Optional.of(new CharsetDetection(StandardCharsets.UTF_8, DetectionMethod.UTF8_VALIDATION, 70))
                : Optional.empty();
    }

    private static boolean continuations(byte[] b, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if ((b[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
