package org.marsad.core.clean;

/**
 * A line whose words were already kept (a subtitle printed twice, a pull quote, the second copy of each
 * related headline), and a short image caption that repeats the start of the headline. A subheading
 * that merely shares words with the headline stays.
 */
final class RepeatedLineRule implements LineRule {

    private static final int MAX_CAPTION_WORDS = 8;
    private static final int MAX_HEADLINE_WORDS = 25;

    @Override
    public String name() {
        return "REPEATED_LINE";
    }

    @Override
    public boolean removes(String line, CleaningState state) {
        String key = state.keyOf(line);
        if (key.isEmpty()) {
            return false;
        }
        if (state.wasKept(line)) {
            return true;
        }
        String headline = state.headlineKey();
        int words = state.wordsOf(line);
        return headline != null && words >= 2 && words <= MAX_CAPTION_WORDS && !headline.equals(key)
                && CleaningState.words(headline) <= MAX_HEADLINE_WORDS && headline.startsWith(key + " ");
    }
}
