package org.marsad.core.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.ArabicMorphology;
import org.marsad.core.text.Tokens;

/**
 * A sentence's words where they stand, folded ({@code key}) and without proclitics and article ({@code bare}:
 * وللمدنيين → مدنيين), for rules that read around a count.
 */
final class SentenceWords {


    record Word(String text, String key, String bare, int start, int end) {

        boolean isPunctuation() {
            return !Character.isLetterOrDigit(text.charAt(0));
        }
    }

    private final List<Word> words = new ArrayList<>();

    SentenceWords(String sentence) {
        for (Matcher m = Tokens.TOKEN.matcher(sentence); m.find();) {
            String key = ArabicMatchKey.of(m.group());
            words.add(new Word(m.group(), key, ArabicMatchKey.of(ArabicMorphology.bare(m.group())), m.start(), m.end()));
        }
    }

    List<Word> all() {
        return words;
    }

    int size() {
        return words.size();
    }

    Word get(int i) {
        return words.get(i);
    }

    /** The index of the first word that begins at or after a character offset, or {@link #size()}. */
    int firstAtOrAfter(int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() >= offset) {
                return i;
            }
        }
        return words.size();
    }

    /** The folded text of words [from, to), joined by single spaces. */
    String keys(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < Math.min(to, words.size()); i++) {
            b.append(b.isEmpty() ? "" : " ").append(words.get(i).key());
        }
        return b.toString();
    }
}
