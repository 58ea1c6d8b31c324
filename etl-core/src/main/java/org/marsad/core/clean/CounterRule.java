package org.marsad.core.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.core.text.Lexicon;

/**
 * Reads and views counters ({@code القراءات: 458}, {@code 1,204 مشاهدة}, {@code Views: 87}). The number
 * is captured as {@link CleanedText#READS} before the line goes.
 */
final class CounterRule implements LineRule {

    private static final String LABEL = "(عدد )?(" + Lexicon.named("counter-labels").alternation() + ")";
    private static final String NUMBER = "([0-9٠-٩۰-۹][0-9٠-٩۰-۹,.،٬]*)";
    private static final Pattern LABEL_FIRST = Pattern.compile("^[•·*\\-–|\\s]*" + LABEL + "\\s*[:：]?\\s*" + NUMBER + "\\s*(" + Lexicon.named("counter-times").alternation() + ")?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER_FIRST = Pattern.compile("^[•·*\\-–|\\s]*" + NUMBER + "\\s*(" + Lexicon.named("counter-units").alternation() + ")$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public String name() {
        return "COUNTER";
    }

    @Override
    public boolean removes(String line, CleaningState state) {
        String s = line.strip();
        Matcher m = LABEL_FIRST.matcher(s);
        if (m.matches()) {
            state.capture(CleanedText.READS, digits(m.group(3)));
            return true;
        }
        m = NUMBER_FIRST.matcher(s);
        if (m.matches()) {
            state.capture(CleanedText.READS, digits(m.group(1)));
            return true;
        }
        return false;
    }

    /** Western digits without grouping separators: ٤٥٨ and 4,580 become 458 and 4580. */
    static String digits(String number) {
        StringBuilder out = new StringBuilder();
        for (char c : number.toCharArray()) {
            if (Character.isDigit(c)) {
                out.append(Character.forDigit(Character.digit(c, 10), 10));
            }
        }
        return out.toString();
    }
}
