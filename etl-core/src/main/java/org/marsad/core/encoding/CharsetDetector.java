package org.marsad.core.encoding;

import java.util.Optional;

/**
 * Decides the charset of raw text bytes, in the manner of Tika's {@code EncodingDetector} but saying
 * why. A detector that has no opinion returns empty, so detectors compose in a chain.
 */
public interface CharsetDetector {

    /**
     * @param bytes the start of the file (detectors only look at a bounded prefix)
     * @return the decision, or empty when this detector cannot tell
     */
    Optional<CharsetDetection> detect(byte[] bytes);
}
