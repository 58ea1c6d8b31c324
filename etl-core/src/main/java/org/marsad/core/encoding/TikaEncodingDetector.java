package org.marsad.core.encoding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Lets Tika's parsers (HTML, XML, …) use our detector through the {@code ParseContext}, and keeps the
 * decision so that the caller can record how the charset was decided.
 */
public final class TikaEncodingDetector implements EncodingDetector {

    private static final long serialVersionUID = 1L;

    private final transient CompositeCharsetDetector detector;
    private transient CharsetDetection lastDecision;

    public TikaEncodingDetector(CompositeCharsetDetector detector) {
        this.detector = detector;
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return null;
        }
        input.mark(CompositeCharsetDetector.SAMPLE_BYTES);
        byte[] sample;
        try {
            sample = input.readNBytes(CompositeCharsetDetector.SAMPLE_BYTES);
        } finally {
            input.reset();
        }
        lastDecision = detector.decide(sample);
        return lastDecision.charset();
    }

    /** The decision of the last {@link #detect} call, or null when Tika did not ask (binary formats). */
    public CharsetDetection lastDecision() {
        return lastDecision;
    }
}
