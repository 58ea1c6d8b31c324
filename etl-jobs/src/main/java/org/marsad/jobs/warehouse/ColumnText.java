package org.marsad.jobs.warehouse;

/**
 * Text cut to its column's size, so that one over-long value (a scraped title of a whole paragraph, a
 * parser's stack of messages) cannot fail a chunk and stop the run. Cut on a character boundary, with
 * an ellipsis that says it was cut.
 */
public final class ColumnText {

    private ColumnText() {
    }

    public static String fit(String value, int columnChars) {
        if (value == null || value.codePointCount(0, value.length()) <= columnChars) {
            return value;
        }
        int end = value.offsetByCodePoints(0, columnChars - 1);
        return value.substring(0, end) + "…";
    }
}
