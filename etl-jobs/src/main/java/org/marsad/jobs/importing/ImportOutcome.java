package org.marsad.jobs.importing;

import org.marsad.core.ExtractedArticle;

/**
 * What the extract step made of one file: an article, or the reason it was quarantined.
 *
 * @param file             the registered file
 * @param extracted        the article and how it was read, null when quarantined
 * @param quarantineReason why no article came out, null when one did
 */
record ImportOutcome(RegisteredFile file, ExtractedArticle extracted, String quarantineReason) {

    static ImportOutcome loaded(RegisteredFile file, ExtractedArticle extracted) {
        return new ImportOutcome(file, extracted, null);
    }

    static ImportOutcome quarantined(RegisteredFile file, String reason) {
        return new ImportOutcome(file, null, reason);
    }

    boolean isQuarantined() {
        return extracted == null;
    }
}
