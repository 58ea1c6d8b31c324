package org.marsad.jobs.importing;

/**
 * A queued article's MinHash signature, as the near-duplicate step reads it; {@code banded} is false only
 * for an article an earlier version loaded without its band keys.
 */
record ArticleSignature(long articleId, int[] minhash, boolean banded) {
}
