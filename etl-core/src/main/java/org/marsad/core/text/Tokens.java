package org.marsad.core.text;

import java.util.regex.Pattern;

/**
 * How a sentence is cut into the tokens the entity tagger reads: a run of letters, marks and digits, or one
 * other non-space character; Arabic letters and digits glued together are two tokens (محافظة ديالى57 كم, 57كم),
 * Latin ones one (F16, G20). The entity finder and the event rules cut alike, so a name found at a token's
 * offset is found there by both.
 */
public final class Tokens {

    public static final Pattern TOKEN = Pattern.compile(
            "[\\p{IsArabic}&&[\\p{L}\\p{M}]]+(?=\\p{N})|\\p{N}+(?=[\\p{IsArabic}&&\\p{L}])|[\\p{L}\\p{M}\\p{N}]+|[^\\s\\p{L}\\p{M}\\p{N}]");

    private Tokens() {
    }
}
