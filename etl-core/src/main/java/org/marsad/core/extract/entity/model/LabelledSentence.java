package org.marsad.core.extract.entity.model;

/**
 * A sentence of a CoNLL/BIO file: its tokens and one tag each ({@code B-PERS}, {@code I-LOC}, {@code O}).
 */
public record LabelledSentence(String[] tokens, String[] tags) {

    public LabelledSentence {
        if (tokens.length != tags.length) {
            throw new IllegalArgumentException("one tag per token: " + tokens.length + " tokens, " + tags.length + " tags");
        }
    }
}
