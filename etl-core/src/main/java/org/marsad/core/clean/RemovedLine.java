package org.marsad.core.clean;

/**
 * A line cleaning removed, and the rule that removed it.
 *
 * @param lineNumber 1-based, in the normalised text
 * @param text       the line
 * @param rule       the rule's name, e.g. {@code UI_WORDS}
 */
public record RemovedLine(int lineNumber, String text, String rule) {
}
