package org.marsad.jobs.importing;

/**
 * What becomes of a file that was read and holds an article, decided from what the warehouse knew:
 * its text was new (LOADED), it changed its own earlier article in place (REPLACED), it holds the text
 * its path held before (UNCHANGED), or another file's article holds its text (DUPLICATE).
 */
final class FileStatusDecision {

    private FileStatusDecision() {
    }

    /**
     * @param wroteNewArticle the chunk inserted an article for this file's text
     * @param replacedInPlace the chunk gave this path's own earlier article the new text
     * @param previousHash    the text hash of the article this path pointed to in an earlier run, or null
     * @param hash            the hash of the text read now
     */
    static FileStatus of(boolean wroteNewArticle, boolean replacedInPlace, String previousHash, String hash) {
        if (wroteNewArticle) {
            return FileStatus.LOADED;
        }
        if (replacedInPlace) {
            return FileStatus.REPLACED;
        }
        return hash.equals(previousHash) ? FileStatus.UNCHANGED : FileStatus.DUPLICATE;
    }
}
