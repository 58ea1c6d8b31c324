package org.marsad.core.encoding;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The charset a file was decoded with, which detector decided it and how sure it was.
 *
 * @param charset    the charset; its {@link Charset#name() canonical name} is what the warehouse records
 * @param method     the evidence that decided
 * @param confidence 0 to 100
 */
public record CharsetDetection(Charset charset, DetectionMethod method, int confidence) {

    public CharsetDetection {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(method, "method");
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException("confidence must be 0..100: " + confidence);
        }
    }

    /** The canonical name recorded in the warehouse: {@code UTF-8}, {@code UTF-16LE}, {@code windows-1256}, … */
    public String charsetName() {
        return charset.name();
    }
}
