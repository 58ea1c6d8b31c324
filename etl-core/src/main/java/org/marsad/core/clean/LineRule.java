package org.marsad.core.clean;

/**
 * Decides whether one line of an article is page furniture. Rules see the line with its neighbours and
 * what cleaning has kept so far, so they can tell a repeated caption or a related-headline list.
 */
interface LineRule {

    /** The name recorded for each line this rule removes. */
    String name();

    /** @return true to remove {@code line}; a rule may {@link CleaningState#capture capture} values first */
    boolean removes(String line, CleaningState state);
}
