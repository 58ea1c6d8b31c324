package org.marsad.core.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides UTF-8 when the bytes decode strictly. Legacy single-byte Arabic text almost never forms valid
 * multi-byte sequences, so validity is strong evidence. A sequence cut off at the end of the sample is
 * forgiven: callers may pass a prefix.
 */
final class Utf8Detector implements CharsetDetector {

    @Override
    public Optional<CharsetDetection> detect(byte[] bytes) {
        int end = withoutTruncatedTail(bytes);
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, end));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        int confidence = hasMultiByte(bytes, end) ? 100 : 80;
        return Optional.of(new CharsetDetection(StandardCharsets.UTF_8, DetectionMethod.UTF8_VALIDATION, confidence));
    }

    private static boolean hasMultiByte(byte[] bytes, int end) {
        for (int i = 0; i < end; i++) {
            if (bytes[i] < 0) {
                return true;
            }
        }
        return false;
    }

    /** Drops an incomplete multi-byte sequence at the very end (at most three bytes). */
    private static int withoutTruncatedTail(byte[] b) {
        int n = b.length;
        for (int back = 1; back <= 3 && n - back >= 0; back++) {
            int lead = b[n - back] & 0xFF;
            if ((lead & 0xC0) == 0x80) {
                continue; // a continuation byte: keep looking for the lead byte
            }
            int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            return needed > back ? n - back : n;
        }
        return n;
    }
}
