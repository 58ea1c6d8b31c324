package org.marsad.core;

/**
 * The article of one record of a file, or why that record has none.
 *
 * @param entry   null for a file that is one article; else the record's place in the file, such as
 *                {@code #12} (line or record 12) or {@code !/2019/a.txt} (archive entry)
 * @param article the article, null when {@code error} says why there is none
 * @param error   the quarantine reason, null when there is an article
 */
public record ExtractedRecord(String entry, ExtractedArticle article, String error) {
}
