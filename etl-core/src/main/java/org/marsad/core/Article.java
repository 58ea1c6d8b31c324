package org.marsad.core;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One article as the warehouse stores it. A field the article does not state is null, never a guess.
 *
 * @param title       headline
 * @param sourceName  canonical outlet name
 * @param author      byline, without the place
 * @param dateline    place of the dateline
 * @param publishedAt publication time, local time as printed
 * @param publishedOffset its UTC offset when the source states it
 * @param language    ISO 639-1 code
 * @param readsCount  reads/views counter printed on the page
 * @param body        clean body text, paragraphs separated by blank lines
 * @param wordCount   words in the body
 * @param contentHash SHA-256 (hex) of the body: the same text in two files is one article
 */
public record Article(String title, String sourceName, String author, String dateline, LocalDateTime publishedAt,
        ZoneOffset publishedOffset, String language, Integer readsCount, String body, int wordCount, String contentHash) {

    public Article {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
