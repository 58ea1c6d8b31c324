package org.marsad.core.text;

/** What the regular expression class {@code [\p{L}\p{N}]} matches, for loops that scan text without one. */
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
}
