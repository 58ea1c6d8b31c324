package org.marsad.core.clean;

import java.util.List;
import java.util.Map;

/**
 * Text after boilerplate removal, with what was removed and the values captured before removal.
 *
 * @param text     the kept lines, paragraphs separated by blank lines
 * @param removed  every removed line with its rule, in order
 * @param captured values read from furniture before it went, e.g. {@code reads} → {@code 458}
 */
public record CleanedText(String text, List<RemovedLine> removed, Map<String, String> captured) {

    public static final String READS = "reads";
    public static final String OUTLET_LINE = "outlet.line";

    public CleanedText {
        removed = List.copyOf(removed);
        captured = Map.copyOf(captured);
    }
}
