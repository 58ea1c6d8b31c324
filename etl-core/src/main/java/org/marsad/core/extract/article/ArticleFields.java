package org.marsad.core.extract.article;

import java.util.Map;

import org.marsad.core.extract.date.ParsedDate;

/**
 * The record fields of an article, each null when the article does not say, and the body without the
 * header lines the fields were read from.
 *
 * @param title       headline
 * @param sourceName  canonical outlet name
 * @param author      byline without the place
 * @param dateline    place of the dateline
 * @param publishedAt publication time as printed, with its offset when known
 * @param language    ISO 639-1 code
 * @param body        the clean text without headline, date, byline and outlet lines
 * @param decidedBy   for each field set, what decided it ({@code title → metadata:dc:title}, …)
 */
public record ArticleFields(String title, String sourceName, String author, String dateline, ParsedDate publishedAt,
        String language, String body, Map<String, String> decidedBy) {

    public ArticleFields {
        decidedBy = Map.copyOf(decidedBy);
    }
}
