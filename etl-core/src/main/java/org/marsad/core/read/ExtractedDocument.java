package org.marsad.core.read;

import java.util.List;
import java.util.Map;

import org.marsad.core.encoding.CharsetDetection;

/**
 * The text of one file as read, before cleaning, with how it was read.
 *
 * @param text      the text content
 * @param mediaType the detected media type, e.g. {@code text/plain} or {@code text/html}
 * @param charset   how the bytes were decoded; null for formats that carry their own encoding (DOCX, PDF)
 * @param metadata  fields the format carried (title, author, …), keyed by Tika property names, and for web
 *                  pages each signal of {@link PageSignals} under its own key
 * @param removed   what the main-content step of a web page left out (empty for other formats)
 */
public record ExtractedDocument(String text, String mediaType, CharsetDetection charset, Map<String, String> metadata,
        List<RemovedBlock> removed) {

    public ExtractedDocument {
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata)); // in the order the signals were read
        removed = List.copyOf(removed);
    }

    public ExtractedDocument(String text, String mediaType, CharsetDetection charset, Map<String, String> metadata) {
        this(text, mediaType, charset, metadata, List.of());
    }

    /** Whether it was read as a web page (HTML or XHTML), whose main content and own signals were taken. */
    public boolean isWebPage() {
        return isWebPage(mediaType);
    }

    /** Whether a media type without parameters is a web page's. */
    static boolean isWebPage(String baseMediaType) {
        return baseMediaType.equals("text/html") || baseMediaType.equals("application/xhtml+xml");
    }
}
