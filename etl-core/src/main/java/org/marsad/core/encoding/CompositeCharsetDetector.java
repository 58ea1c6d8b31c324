package org.marsad.core.encoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Runs detectors in order of the strength of their evidence; the first that decides wins, and the
 * result says which one it was. Always answers: when none decides, the fallback is UTF-8 with
 * confidence 0, so decoding replaces what it cannot read instead of failing.
 */
public final class CompositeCharsetDetector implements CharsetDetector {

    /** Detectors look at this much of a file; enough for statistics, bounded for huge files. */
    static final int SAMPLE_BYTES = 64 * 1024;

    private final List<CharsetDetector> detectors;
    private final Charset fallback;

    public CompositeCharsetDetector(List<CharsetDetector> detectors, Charset fallback) {
        this.detectors = List.copyOf(detectors);
        this.fallback = fallback;
    }

    /** BOM, then UTF-16 without BOM, strict UTF-8, the Arabic single-byte tables, then ICU. */
    public static CompositeCharsetDetector standard() {
        return new CompositeCharsetDetector(List.of(
                new ByteOrderMarkDetector(),
                new Utf16PatternDetector(),
                new Utf8Detector(),
                new ArabicSingleByteDetector(),
                new IcuStatisticalDetector()), StandardCharsets.UTF_8);
    }

    @Override
    public Optional<CharsetDetection> detect(byte[] bytes) {
        return Optional.of(decide(bytes));
    }

    /** The decision for {@code bytes}; never empty. */
    public CharsetDetection decide(byte[] bytes) {
        byte[] sample = bytes.length > SAMPLE_BYTES ? Arrays.copyOf(bytes, SAMPLE_BYTES) : bytes;
        for (CharsetDetector detector : detectors) {
            Optional<CharsetDetection> decision = detector.detect(sample);
            if (decision.isPresent()) {
                return decision.get();
            }
        }
        return new CharsetDetection(fallback, DetectionMethod.FALLBACK, 0);
    }

    /** Decodes {@code bytes} as decided, without the byte order mark. */
    public static String decode(byte[] bytes, CharsetDetection detection) {
        int skip = ByteOrderMarkDetector.markLength(bytes, detection.charset());
        return new String(bytes, skip, bytes.length - skip, detection.charset());
    }
}
