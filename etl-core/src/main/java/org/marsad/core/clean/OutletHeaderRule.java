package org.marsad.core.clean;

import java.util.regex.Pattern;

import org.marsad.core.text.Lexicon;

/**
 * The outlet's own header line above the article: "published by …" ({@code يصدر عن …}) or a lone Latin
 * brand name ({@code Atwasat}) in an Arabic page. The line is captured as
 * {@link CleanedText#OUTLET_LINE} for the outlet extraction before it goes.
 */
final class OutletHeaderRule implements LineRule {

    private static final Pattern PUBLISHED_BY = Pattern.compile("^" + Lexicon.named("published-by").alternation() + " .{2,60}$");
    private static final Pattern LATIN_BRAND = Pattern.compile("^[A-Za-z][A-Za-z.\\-]*( [A-Za-z][A-Za-z.\\-]*){0,2}$");

    @Override
    public String name() {
        return "OUTLET_HEADER";
    }

    @Override
    public boolean removes(String line, CleaningState state) {
        String s = line.strip();
        boolean header = state.keptTextLines() == 0
                && (PUBLISHED_BY.matcher(s).matches() || LATIN_BRAND.matcher(s).matches() && isArabic(state.next()));
        if (header) {
            state.capture(CleanedText.OUTLET_LINE, s);
        }
        return header;
    }

    private static boolean isArabic(String line) {
        return line.codePoints().anyMatch(c -> c >= 0x0621 && c <= 0x064A);
    }
}
