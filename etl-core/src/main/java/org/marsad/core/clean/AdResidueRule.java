package org.marsad.core.clean;

import java.util.regex.Pattern;

/**
 * What ad slots and widgets leave in scraped text: lines of {@code ad}/{@code a}/{@code b} tokens, and
 * lone code identifiers such as {@code WTV_Frequency} or {@code adSlotTop}.
 */
final class AdResidueRule implements LineRule {

    private static final Pattern AD_TOKENS = Pattern.compile("^(?=.*\\bads?\\b)(ads?|a|b)(\\s+(ads?|a|b))*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern IDENTIFIER = Pattern.compile("^([A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]*)$");

    @Override
    public String name() {
        return "AD_RESIDUE";
    }

    @Override
    public boolean removes(String line, CleaningState state) {
        String s = line.strip();
        return AD_TOKENS.matcher(s).matches() || IDENTIFIER.matcher(s).matches();
    }
}
