package org.marsad.core.clean;

import java.util.regex.Pattern;

/**
 * The outlet's footer notices: copyright lines, "the opinions below do not reflect the site's view"
 * disclaimers and comment-policy paragraphs that pages print under every article.
 */
final class FooterNoticeRule implements LineRule {

    // case folded only where the words are Latin: folding every character of every line took most of this rule's time
    private static final Pattern NOTICE = Pattern.compile(
            "(جميع|كل) الحقوق محفوظة|حقوق (النشر|الطبع) محفوظة|(?i:all rights reserved|tous droits r[éÉ]serv[éÉ]s)|^©|©\\s*\\d{4}"
                    + "|لا (تعبر|تعبّر|يعبر) (بالضرورة )?عن (رأي|وجهة نظر|موقف)"
                    + "|(ترحب|نرحب|يرحب) .{0,40}(بالنقاش|بالتعليقات|بتعليقات|بآراء)"
                    + "|(سياسة|شروط) (التعليقات|التعليق|النشر)|(?i:the views expressed|comments are moderated)");
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
