package org.marsad.core.encoding;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/**
 * Tells windows-1256 from ISO-8859-6 and DOS CP720 (and from non-Arabic 8-bit text) by decoding with each table and
 * keeping the one whose non-ASCII characters are Arabic letters and typography. The two tables place
 * letters differently: ISO-8859-6 text read as windows-1256 shows {@code à ç è é ê} amid the Arabic,
 * and windows-1256 text read as ISO-8859-6 hits unmapped bytes. Unlike n-gram statistics this holds on
 * a headline of three words.
 */
final class ArabicSingleByteDetector implements CharsetDetector {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    static final Charset CP720 = Cp720Charset.INSTANCE;

    /** In order of preference when two tables score the same (windows-1256 is far more common). */
    private static final List<Charset> CANDIDATES = List.of(WINDOWS_1256, ISO_8859_6, CP720);
    private static final double MIN_SHARE = 0.9;

    @Override
    public Optional<CharsetDetection> detect(byte[] bytes) {
        Charset best = null;
        double bestShare = 0;
        for (Charset candidate : CANDIDATES) {
            String text = new String(bytes, candidate);
            double share = PlausibleText.arabicShareOfNonAscii(text);
            if (share > bestShare && PlausibleText.arabicLetters(text) > 0) {
                best = candidate;
                bestShare = share;
            }
        }
        if (best == null || bestShare < MIN_SHARE) {
            return Optional.empty();
        }
        return Optional.of(new CharsetDetection(best, DetectionMethod.ARABIC_LETTER_SCORE, (int) Math.round(bestShare * 100)));
    }
}
