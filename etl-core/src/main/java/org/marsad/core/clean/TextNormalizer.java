package org.marsad.core.clean;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Removes what is only noise from extracted text while keeping the letters, diacritics, punctuation and
 * paragraphs the reader saw: Unicode NFC, Arabic presentation forms folded to base letters, decorative
 * tatweel (كبيـــرة; the tatweel that sets a one-letter proclitic apart, بـ«…», stays), zero-width and
 * bidi controls, stray control characters and runs of spaces.
 */
public final class TextNormalizer {

    /**
     * A proclitic or article written apart with a tatweel (بـ«…», لـ 7%, الـ G7): up to three letters
     * from a word start, then tatweel, then no letter. Such a tatweel is spelling, not decoration.
     */
    private static final Pattern SPELLING_TATWEEL = Pattern.compile("(?<!\\p{L})(\\p{IsArabic}{1,3})\\u0640+(?=[^\\p{L}]|$)");
    private static final char KEPT_TATWEEL = '\uE000';
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u0640\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\x80-\\x9F]");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    public String normalize(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        s = foldPresentationForms(s);
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        if (s.indexOf('\u0640') >= 0) { // rare in clean text, and the pattern is slow to scan
            s = SPELLING_TATWEEL.matcher(s).replaceAll("$1" + KEPT_TATWEEL);
        }
        s = INVISIBLE.matcher(s).replaceAll("").replace(KEPT_TATWEEL, '\u0640');
        s = CONTROL.matcher(s).replaceAll("");
        s = HORIZONTAL_SPACE.matcher(s).replaceAll(" ");
        s = trimLines(s);
        s = BLANK_LINES.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    /** NFKC only on the Arabic presentation-form blocks: elsewhere compatibility folding would change text. */
    private static String foldPresentationForms(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean presentation = (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE);
            if (presentation) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static String trimLines(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            out.append(line.strip()).append('\n');
        }
        return out.toString();
    }
}
