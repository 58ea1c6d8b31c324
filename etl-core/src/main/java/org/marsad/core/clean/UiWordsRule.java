package org.marsad.core.clean;

import java.util.Locale;
import java.util.regex.Pattern;

import org.marsad.core.text.Lexicon;

/**
 * Lines that are only the words of page controls: print, comment, share, read more, tags, most read,
 * in Arabic, English and French; also "more from OUTLET" links ("read also" headings belong to
 * {@link RelatedHeadlinesRule}, which removes the list under them). A sentence that merely contains such a
 * word is text and stays.
 */
final class UiWordsRule implements LineRule {

    private static final Lexicon WORDS = Lexicon.named("ui-words");
    /** Words of the longest entry of ui-words.txt. */
    private static final int LONGEST_LABEL = WORDS.entries().stream().mapToInt(e -> e.split("\\s+").length).max().orElse(0);
    private static final int MORE_FROM_WORDS = 6;
    private static final Pattern MORE_FROM = Pattern.compile("^" + Lexicon.named("more-from").alternation() + " .{1,40}$");

    @Override
    public String name() {
        return "UI_WORDS";
    }

    @Override
    public boolean removes(String line, CleaningState state) {
        int words = state.wordsOf(line);
        if (words > MORE_FROM_WORDS) {
            return false; // prose: no control label is that long, and folding every line cost a fifth of the cleaning
        }
        String key = state.keyOf(line).toLowerCase(Locale.ROOT);
        return words <= LONGEST_LABEL && (WORDS.contains(key) || WORDS.contains(line.strip())) || MORE_FROM.matcher(key).matches();
    }
}
