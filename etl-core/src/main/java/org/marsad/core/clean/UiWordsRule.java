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
    private static final Pattern MORE_FROM = Pattern.compile("^" + Lexicon.named("more-from").alternation() + " .{1,40}$");

    @Override
    public String name() {
        return "UI_WORDS";
    }

    @Override
    public boolean removes(String line, CleaningState state) {
        String key = state.keyOf(line).toLowerCase(Locale.ROOT);
        String plain = line.strip().toLowerCase(Locale.ROOT);
        return WORDS.contains(key) || WORDS.contains(plain) || (state.wordsOf(line) <= 6 && MORE_FROM.matcher(key).matches());
    }
}
