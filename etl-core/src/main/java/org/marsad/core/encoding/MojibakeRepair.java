package org.marsad.core.encoding;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Repairs Arabic text that was once decoded as windows-1252 (or Latin-1) and saved again as UTF-8:
 * {@code Ø§Ù„Ø¹Ø±Ø§Ù‚} becomes {@code العراق}. A two-byte UTF-8 character reads as a lead letter
 * (0xC2 to 0xDF: {@code Ø Ù} for Arabic, {@code Ã} for a second layer) and a continuation sign; a
 * line with such pairs is re-encoded to its bytes and decoded as UTF-8. A line that does not decode
 * strictly (genuine accented text never does) is left as it was. Up to two layers are undone.
 */
public final class MojibakeRepair {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern MARKER = Pattern.compile("[\\u00C2-\\u00DF][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178"
            + "\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]");
    private static final int MIN_MARKERS = 2;
    private static final int MAX_LAYERS = 2;

    private MojibakeRepair() {
    }

    /** The repaired text, or the same instance when nothing needed repair. */
    public static String repair(String text) {
        String current = text;
        for (int layer = 0; layer < MAX_LAYERS && MARKER.matcher(current).find(); layer++) {
            String repaired = repairLines(current);
            if (repaired.equals(current)) {
                break;
            }
            current = repaired;
        }
        return current;
    }

    private static String repairLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0 || text.startsWith("\n")) {
                out.append('\n');
            }
            out.append(markers(line) >= MIN_MARKERS ? repairLine(line) : line);
        }
        return out.length() == 0 ? text : out.toString();
    }

    private static String repairLine(String line) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c <= 0xFF) {
                bytes.write(c); // Latin-1 covers the five bytes windows-1252 leaves undefined
                continue;
            }
            if (c == '\uFFFD' && i > 0 && line.charAt(i - 1) == '\u00D9') {
                // decoders that map undefined 0x81 to U+FFFD lost the byte; after 0xD9 it was ف (D9 81)
                bytes.write(0x81);
                continue;
            }
            byte[] encoded = String.valueOf(c).getBytes(WINDOWS_1252);
            if (encoded.length != 1 || encoded[0] == '?') {
                return line;
            }
            bytes.write(encoded[0]);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return line;
        }
    }

    private static int markers(String line) {
        int n = 0;
        var m = MARKER.matcher(line);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
