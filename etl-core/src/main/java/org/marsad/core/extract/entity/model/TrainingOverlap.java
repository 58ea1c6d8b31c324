package org.marsad.core.extract.entity.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.marsad.core.text.ArabicMatchKey;

/**
 * Which test sentences repeat text the model was trained on, so a held-out score leaves them out: two
 * corpora can hold the same articles (most of NewsFANE Gold is ANERcorp's text annotated again), and a
 * sentence seen in training measures memory, not generalisation. Compared on letters alone, folded, so
 * different tokenisation (clitics split or not) and spelling (hamza dropped) still match: a sentence is
 * seen when most of its 24-letter windows occur in the training text.
 */
final class TrainingOverlap {

    private static final int WINDOW = 24;
    private static final int STRIDE = 8;

    private final Set<Integer> windows = new HashSet<>();

    TrainingOverlap(List<LabelledSentence> training) {
        for (LabelledSentence s : training) {
            String letters = letters(s);
            for (int i = 0; i + WINDOW <= letters.length(); i++) {
                windows.add(letters.substring(i, i + WINDOW).hashCode());
            }
        }
    }

    boolean seen(LabelledSentence sentence) {
        String letters = letters(sentence);
        int checked = 0;
        int found = 0;
        for (int i = 0; i + WINDOW <= letters.length(); i += STRIDE) {
            checked++;
            found += windows.contains(letters.substring(i, i + WINDOW).hashCode()) ? 1 : 0;
        }
        return checked > 0 && found * 2 >= checked;
    }

    /** The sentences not seen in training, in order. */
    List<LabelledSentence> unseen(List<LabelledSentence> test) {
        List<LabelledSentence> kept = new ArrayList<>();
        for (LabelledSentence s : test) {
            if (!seen(s)) {
                kept.add(s);
            }
        }
        return kept;
    }

    private static String letters(LabelledSentence s) {
        StringBuilder b = new StringBuilder();
        for (String token : s.tokens()) {
            String key = ArabicMatchKey.of(token);
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                // hamza seats fold to the letter under them: NewsFANE writes ان, ANERcorp أن
                if (c == 'ء') {
                    continue;
                }
                if (Character.isLetterOrDigit(c)) {
                    b.append(c == 'ؤ' ? 'و' : c == 'ئ' ? 'ي' : c);
                }
            }
        }
        return b.toString();
    }
}
