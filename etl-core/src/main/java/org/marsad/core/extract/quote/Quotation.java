package org.marsad.core.extract.quote;

import java.util.Objects;

import org.marsad.core.extract.entity.EntityType;

/**
 * Something a speaker said, quoted or reported.
 *
 * @param speaker     the speaker as the article names them, null when it does not say (or names only an
 *                    unnamed source: مصادر, وسائل إعلام)
 * @param text        what was said
 * @param speakerType PERSON or ORGANIZATION when the speaker is one of the article's entities, else null
 */
public record Quotation(String speaker, String text, EntityType speakerType) {

    public Quotation {
        Objects.requireNonNull(text, "text");
    }

    /** A quotation whose speaker is no entity of the article. */
    public Quotation(String speaker, String text) {
        this(speaker, text, null);
    }
}
