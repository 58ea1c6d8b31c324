package org.marsad.core.extract.entity.model;

/**
 * Lower-cases a token as OpenNLP's feature generators do (each code point by {@link Character#toLowerCase(int)},
 * so features match those of models trained with OpenNLP's own generators), without OpenNLP's stream of code
 * points for every call: Arabic text has no case, so most tokens come back as they are, uncopied.
 */
final class LowerCase {

    private LowerCase() {
    }

    static String of(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isSurrogate(c) || Character.toLowerCase(c) != c) {
                return slow(token);
            }
        }
        return token;
    }

    private static String slow(String token) {
        StringBuilder b = new StringBuilder(token.length());
        token.codePoints().forEach(cp -> b.appendCodePoint(Character.toLowerCase(cp)));
        return b.toString();
    }
}
