package org.marsad.core.read;

/**
 * One article-sized piece of a file: the whole file, or one record of a JSON Lines, JSON or TREC file,
 * or one entry of an archive.
 *
 * @param entry    null for the whole file; else the record's place, e.g. {@code #12} (line 12) or
 *                 {@code !/2019/a.txt} (archive entry)
 * @param document what was read, null when {@code error} says why nothing was
 * @param error    why this record yields no article, null when it was read
 */
public record ReadRecord(String entry, ExtractedDocument document, String error) {

    static ReadRecord whole(ExtractedDocument document) {
        return new ReadRecord(null, document, null);
    }

    static ReadRecord of(String entry, ExtractedDocument document) {
        return new ReadRecord(entry, document, null);
    }

    static ReadRecord failed(String entry, String error) {
        return new ReadRecord(entry, null, error);
    }
}
