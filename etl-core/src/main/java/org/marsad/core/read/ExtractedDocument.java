package org.marsad.core.read;

import java.util.Map;

import org.marsad.core.encoding.CharsetDetection;

/**
 * The text of one file as read, before cleaning, with how it was read.
 *
 * @param text      the text content
 * @param mediaType the detected media type, e.g. {@code text/plain} or {@code text/html}
 * @param charset   how the bytes were decoded; null for formats that carry their own encoding (DOCX, PDF)
 * @param metadata  fields the format carried (title, author, …), keyed by Tika property names
 */
public record ExtractedDocument(String text, String mediaType, CharsetDetection charset, Map<String, String> metadata) {

    public ExtractedDocument {
        metadata = Map.copyOf(metadata);
    }
}
