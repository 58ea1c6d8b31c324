package org.marsad.core.text;

import java.util.ArrayList;
import java.util.List;

/** What the regular expression class {@code [\p{L}\p{N}]} matches, and the words it makes, without a regex. */
public final class WordChars {

    private WordChars() {
    }

    /** A letter or a number of any script: {@code \p{L}} or {@code \p{N}}. */
    public static boolean isWordChar(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The runs of letters and numbers of a text: its words, as a split on {@code [^\p{L}\p{N}]+} gives them. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            if (isWordChar(c)) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /**
     * The words of a text joined by single spaces. Built in one pass: cleaning asks it of every line and a list of
     * the words first cost it half its speed.
     */
    public static String joined(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isWordChar(c)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                out.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
