package org.marsad.core.text;

import java.util.regex.Pattern;

/**
 * How a sentence is cut into the tokens the entity tagger reads: a run of letters, marks and digits, or one
 * other non-space character. The entity finder and the event rules cut alike, so a name found at a token's
 * offset is found there by both.
 */
public final class Tokens {

    public static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|[^\\s\\p{L}\\p{M}\\p{N}]");

    private Tokens() {
    }
}
