package org.marsad.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The one sentence splitter every extractor uses. A sentence ends at a full stop, {@code !}, {@code ?},
 * {@code ؟} or a line break, except where a full stop is not an end: between digits ({@code 3.5 مليون},
 * so a count is never cut in two), after a lone letter (an initial, {@code د.}, {@code J.}), in an
 * ellipsis before more text, and inside a guillemet quotation ({@code «… انتهى. …»}) closed on the same
 * line within 600 characters. Linear in the length of the text.
 */
public final class Sentences {

    /** A quotation longer than this is no quotation but a stray guillemet: its full stops end sentences. */
    private static final int LONGEST_QUOTATION = 600;

    private Sentences() {
    }

    /** The sentences of {@code text}, stripped, without the empty ones. */
    public static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '«') {
                int close = closingGuillemet(text, i);
                if (close > 0) {
                    i = close;
                    continue;
                }
            }
            if (c == '\n' || c == '!' || c == '?' || c == '؟' || c == '.' && endsSentence(text, i)) {
                add(sentences, text, start, c == '\n' ? i : i + 1);
                start = i + 1;
            }
        }
        add(sentences, text, start, n);
        return sentences;
    }

    private static void add(List<String> sentences, String text, int start, int end) {
        String s = text.substring(start, end).strip();
        if (!s.isEmpty() && !isOnlyPunctuation(s)) {
            sentences.add(s);
        }
    }

    private static boolean isOnlyPunctuation(String s) {
        return s.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** Whether the full stop at {@code i} ends its sentence. */
    private static boolean endsSentence(String text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (Character.isDigit(before) && Character.isDigit(after)) {
            return false; // a decimal point
        }
        if (after == '.' || before == '.') {
            return false; // an ellipsis goes on: Arabic copy writes "..." inside sentences
        }
        boolean loneLetter = Character.isLetter(before) && (i < 2 || !Character.isLetterOrDigit(text.charAt(i - 2)));
        return !loneLetter;
    }

    /** The index of the » that closes the « at {@code open} on the same line, or -1. */
    private static int closingGuillemet(String text, int open) {
        int limit = Math.min(text.length(), open + LONGEST_QUOTATION + 2);
        for (int j = open + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '»') {
                return j;
            }
            if (c == '\n' || c == '«') {
                return -1;
            }
        }
        return -1;
    }
}
