package org.marsad.core.text;

import java.util.regex.Pattern;

/**
 * How a sentence is cut into the tokens the entity tagger reads: a run of letters and marks, a run of digits, or
 * one other non-space character; letters and digits glued together are two tokens (محافظة ديالى57 كم, 57كم).
 * The entity finder and the event rules cut alike, so a name found at a token's offset is found there by both.
 */
public final class Tokens {

    // no lookahead or class intersection: this runs over every sentence of every article
    public static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}]+|\\p{N}+|[^\\s\\p{L}\\p{M}\\p{N}]");

    private Tokens() {
    }
}
