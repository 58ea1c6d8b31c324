package org.marsad.core;

import org.marsad.core.encoding.CharsetDetection;

/**
 * An article with the facts of how its file was read, which the file lineage records.
 *
 * @param article   the article
 * @param facts     entities, quantities, quotations and dates it states
 * @param mediaType detected format
 * @param charset   how the bytes were decoded; null for formats that carry their own encoding
 */
public record ExtractedArticle(Article article, ArticleFacts facts, String mediaType, CharsetDetection charset) {
}
