package org.marsad.core.clean;

import java.util.regex.Pattern;

import org.marsad.core.text.Lexicon;

/**
 * The outlet's footer notices: copyright lines, "the opinions below do not reflect the site's view"
 * disclaimers and comment-policy paragraphs that pages print under every article.
 */
final class FooterNoticeRule implements LineRule {

    // case folded only where the words are Latin: folding every character of every line took most of this rule's time
    private static final Pattern NOTICE = Pattern.compile(Lexicon.named("footer-notices").alternation()
            + "|(?i:" + Lexicon.named("footer-notices-latin").alternation() + ")|^©|©\\s*\\d{4}"
            + "|" + Lexicon.named("comment-welcome-verbs").alternation() + " .{0,40}" + Lexicon.named("comment-welcome-objects").alternation());
    private static final int MAX_WORDS = 60;

    @Override
    public String name() {
        return "FOOTER_NOTICE";
    }

    @Override
    public boolean removes(String line, CleaningState state) {
        return state.wordsOf(line) <= MAX_WORDS && NOTICE.matcher(line).find();
    }
}
