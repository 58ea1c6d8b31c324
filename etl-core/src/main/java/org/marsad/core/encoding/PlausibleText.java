package org.marsad.core.encoding;

/**
 * Scores decoded text by how much of it is made of characters a news article is written in. A wrong
 * decoding shows up as CJK ideographs (UTF-16 read with the wrong byte order), accented Latin letters
 * amid Arabic (the wrong single-byte Arabic table) or replacement characters.
 */
final class PlausibleText {

    private PlausibleText() {
    }

    /**
     * Share (0..1) of the non-ASCII characters of {@code text} that are Arabic or common typography. An
     * Arabic letter glued to a Latin letter does not count: that is how accented Latin text looks when
     * read with an Arabic table ({@code décidé} becomes {@code dيcidي}).
     */
    static double arabicShareOfNonAscii(CharSequence text) {
        int nonAscii = 0;
        int good = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            boolean arabicWord = isArabic(c) && !isAsciiLetterAt(text, i - 1) && !isAsciiLetterAt(text, i + 1);
            if (arabicWord || isTypography(c)) {
                good++;
            }
        }
        return nonAscii == 0 ? 0 : (double) good / nonAscii;
    }

    /** Share (0..1) of all characters that belong to the scripts and symbols articles use. */
    static double articleShare(CharSequence text) {
        if (text.length() == 0) {
            return 0;
        }
        int good = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean printableAscii = c >= 0x20 && c < 0x7F;
            boolean whitespace = c == '\n' || c == '\r' || c == '\t';
            boolean latin1Letter = c >= 0xC0 && c <= 0x17F && c != 0xD7 && c != 0xF7;
            if (printableAscii || whitespace || latin1Letter || isArabic(c) || isTypography(c)) {
                good++;
            }
        }
        return (double) good / text.length();
    }

    private static boolean isAsciiLetterAt(CharSequence text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static int arabicLetters(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0621 && c <= 0x064A) {
                n++;
            }
        }
        return n;
    }

    static boolean isArabic(char c) {
        return (c >= 0x0600 && c <= 0x06FF) || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
    }

    private static boolean isTypography(char c) {
        return c == 0xA0 || c == 0xAB || c == 0xBB || c == 0xB7 || c == 0xA9
                || (c >= 0x2000 && c <= 0x206F) || c == 0xFEFF;
    }
}
