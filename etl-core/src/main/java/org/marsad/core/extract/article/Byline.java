package org.marsad.core.extract.article;

/**
 * What a byline says, each part null when it does not say it.
 *
 * @param author   the person (or initials) who wrote it
 * @param dateline the place it was filed from
 * @param outlet   the outlet named in it (canonical name)
 */
public record Byline(String author, String dateline, String outlet) {

    static final Byline NONE = new Byline(null, null, null);

    boolean isEmpty() {
        return author == null && dateline == null && outlet == null;
    }
}
