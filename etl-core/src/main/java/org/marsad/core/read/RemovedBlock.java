package org.marsad.core.read;

/**
 * A block of a web page that the main-content step left out of the article, and why.
 *
 * @param reason what decided it: a furniture element ({@code <nav>}), a class or id that names
 *               furniture ({@code class/id "sidebar"}), or {@code outside the main content}
 * @param text   the block's text, shortened to 120 characters
 */
public record RemovedBlock(String reason, String text) {

    static final int MAX_CHARS = 120;

    static RemovedBlock of(String reason, String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return new RemovedBlock(reason, t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) + "…" : t);
    }
}
