package org.marsad.core.encoding;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

import org.apache.tika.parser.txt.CharsetMatch;

/** ICU's n-gram recogniser, as shipped in Tika: the last resort for non-Arabic 8-bit text. */
final class IcuStatisticalDetector implements CharsetDetector {

    private static final int MIN_CONFIDENCE = 10;

    @Override
    public Optional<CharsetDetection> detect(byte[] bytes) {
        org.apache.tika.parser.txt.CharsetDetector icu = new org.apache.tika.parser.txt.CharsetDetector();
        icu.setText(bytes);
        CharsetMatch match = icu.detect();
        if (match == null || match.getConfidence() < MIN_CONFIDENCE) {
            return Optional.empty();
        }
        return supported(match.getName())
                .map(cs -> new CharsetDetection(cs, DetectionMethod.STATISTICAL, match.getConfidence()));
    }

    private static Optional<Charset> supported(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
