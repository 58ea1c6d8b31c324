package org.marsad.core.extract.quote;

import java.util.Objects;

/**
 * Something a speaker said, quoted or reported.
 *
 * @param speaker the speaker as named in the text, null when the article does not say
 * @param text    what was said
 */
public record Quotation(String speaker, String text) {

    public Quotation {
        Objects.requireNonNull(text, "text");
    }
}
