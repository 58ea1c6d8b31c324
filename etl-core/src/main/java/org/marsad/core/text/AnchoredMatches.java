package org.marsad.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link Matcher#find()} gives for a pattern that can only begin at certain places (a word's first letter,
 * a number's first digit), tried at those places only. Java's regex engine otherwise tries a pattern at every
 * position of the text, and for patterns led by a long alternation that was most of the extractors' time.
 */
public final class AnchoredMatches {

    private AnchoredMatches() {
    }

    /** The matches beginning at the given positions, in order and not overlapping, as {@code find()} returns them. */
    public static List<MatchResult> at(Pattern pattern, String text, int[] starts) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int end = 0;
        for (int start : starts) {
            if (start >= end) {
                m.region(start, text.length());
                if (m.lookingAt()) {
                    out.add(m.toMatchResult());
                    end = m.end();
                }
            }
        }
        return out;
    }

    /** Where the words (runs of letters) of the text begin. */
    public static int[] wordStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                starts.add(i);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Where the runs of ASCII digits of the text begin that have {@code minDigits} to {@code maxDigits} digits. */
    public static int[] numberStarts(String text, int minDigits, int maxDigits) {
        List<Integer> starts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isAsciiDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isAsciiDigit(text.charAt(i))) {
                i++;
            }
            if (i - start >= minDigits && i - start <= maxDigits) {
                starts.add(start);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
