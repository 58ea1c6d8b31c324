package org.marsad.core.clean;

/** A line with no letter or digit: a stray quote mark, a divider, a lone bullet. */
final class NoTextRule implements LineRule {

    @Override
    public String name() {
        return "NO_TEXT";
    }

    @Override
    public boolean removes(String line, CleaningState state) {
        return !line.isBlank() && state.keyOf(line).isEmpty();
    }
}
