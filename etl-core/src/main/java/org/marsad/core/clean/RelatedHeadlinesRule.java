package org.marsad.core.clean;

import java.util.Locale;
import java.util.regex.Pattern;

import org.marsad.core.text.Lexicon;

/**
 * A "related headlines" or "most read" heading and the list of short headline lines after it, which
 * run until a line of prose (a long line, or one ending a sentence) appears again.
 */
final class RelatedHeadlinesRule implements LineRule {

    private static final Pattern HEADING = Pattern.compile("^(?:" + Lexicon.named("related-heading-nouns").alternation() + "(?: أخرى)? "
            + Lexicon.named("related-heading-relations").alternation() + "|" + Lexicon.named("most-read-headings").alternation() + "(?: .{0,30})?"
            + "|" + Lexicon.named("related-headings").alternation() + ")$");
    private static final int MAX_HEADLINE_WORDS = 16;

    @Override
    public String name() {
        return "RELATED_HEADLINES";
    }

    @Override
    public boolean removes(String line, CleaningState state) {
        String key = state.keyOf(line).toLowerCase(Locale.ROOT);
        if (HEADING.matcher(key).matches()) {
            state.setInRelatedList(true);
            return true;
        }
        if (!state.inRelatedList()) {
            return false;
        }
        if (isProse(line)) {
            state.setInRelatedList(false);
            return false;
        }
        return true;
    }

    private static boolean isProse(String line) {
        String s = line.strip();
        return CleaningState.words(s) > MAX_HEADLINE_WORDS || s.endsWith(".") && !s.endsWith("..") || s.endsWith("؟") && CleaningState.words(s) > 8;
    }
}
