package org.marsad.core;

import org.marsad.core.extract.duplicate.MinHash;
import org.marsad.core.encoding.CharsetDetection;

/**
 * An article with the facts of how its file was read, which the file lineage records.
 *
 * @param article   the article
 * @param facts     entities, quantities, quotations and dates it states
 * @param mediaType detected format
 * @param charset   how the bytes were decoded; null for formats that carry their own encoding
 * @param minhash   the MinHash signature of the body, computed with the extraction (in parallel, outside
 *                  the writer's transaction) for the near-duplicate index
 */
public record ExtractedArticle(Article article, ArticleFacts facts, String mediaType, CharsetDetection charset, int[] minhash) {

    /** An extracted article whose signature is computed from its body. */
    public ExtractedArticle(Article article, ArticleFacts facts, String mediaType, CharsetDetection charset) {
        this(article, facts, mediaType, charset, MinHash.signature(article.body()));
    }
}
