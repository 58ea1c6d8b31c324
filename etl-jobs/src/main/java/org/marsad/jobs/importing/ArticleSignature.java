package org.marsad.jobs.importing;

/** An article's MinHash signature, as the near-duplicate step reads it. */
record ArticleSignature(long articleId, int[] minhash) {
}
