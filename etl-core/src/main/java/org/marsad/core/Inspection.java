package org.marsad.core;

import org.marsad.core.clean.CleanedText;
import org.marsad.core.extract.article.ArticleFields;
import org.marsad.core.read.ExtractedDocument;

/**
 * Everything the pipeline did to one file: how it was read, what cleaning removed and captured, and the
 * article that came out. What {@code marsad inspect FILE} prints.
 */
public record Inspection(ExtractedDocument document, CleanedText cleaned, ArticleFields fields, ExtractedArticle article) {
}
