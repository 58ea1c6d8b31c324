package org.marsad.core.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.util.HashMap;
import java.util.Map;

/**
 * CP720, the DOS Arabic code page of old Windows text exports, which the JDK does not ship. A plain
 * single-byte table: bytes below 0x80 are ASCII.
 */
final class Cp720Charset extends Charset {

    static final Cp720Charset INSTANCE = new Cp720Charset();

    /** Bytes 0x80 to 0xFF, in order. */
    private static final String HIGH = "\u0080\u0081\u00E9\u00E2\u0084\u00E0\u0086\u00E7\u00EA\u00EB\u00E8\u00EF\u00EE\u008D\u008E\u008F\u0090\u0651\u0652\u00F4\u00A4\u0640\u00FB\u00F9\u0621\u0622\u0623\u0624\u00A3\u0625\u0626\u0627\u0628\u0629\u062A\u062B\u062C\u062D\u062E\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u00AB\u00BB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u0636\u0637\u0638\u0639\u063A\u0641\u00B5\u0642\u0643\u0644\u0645\u0646\u0647\u0648\u0649\u064A\u2261\u064B\u064C\u064D\u064E\u064F\u0650\u2248\u00B0\u2219\u00B7\u221A\u207F\u00B2\u25A0\u00A0";
    private static final Map<Character, Byte> ENCODE = new HashMap<>();

    static {
        for (int i = 0; i < HIGH.length(); i++) {
            ENCODE.put(HIGH.charAt(i), (byte) (0x80 + i));
        }
    }

    private Cp720Charset() {
        super("IBM720", new String[] {"cp720", "x-IBM720"});
    }

    @Override
    public boolean contains(Charset cs) {
        return cs instanceof Cp720Charset || cs.name().equals("US-ASCII");
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new CharsetDecoder(this, 1, 1) {
            @Override
            protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
                while (in.hasRemaining()) {
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    int b = in.get() & 0xFF;
                    out.put(b < 0x80 ? (char) b : HIGH.charAt(b - 0x80));
                }
                return CoderResult.UNDERFLOW;
            }
        };
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new CharsetEncoder(this, 1, 1) {
            @Override
            protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
                while (in.hasRemaining()) {
                    char c = in.get(in.position());
                    Byte b = c < 0x80 ? Byte.valueOf((byte) c) : ENCODE.get(c);
                    if (b == null) {
                        return CoderResult.unmappableForLength(1);
                    }
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    in.get();
                    out.put(b);
                }
                return CoderResult.UNDERFLOW;
            }
        };
    }
}
