package org.marsad.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.metadata.TikaCoreProperties;
import org.marsad.core.clean.TextNormalizer;
import org.marsad.core.encoding.CompositeCharsetDetector;
import org.marsad.core.read.ArticleFileReader;
import org.marsad.core.read.ExtractedDocument;
import org.marsad.core.read.UnreadableFileException;

/**
 * The pipeline from a file's bytes to an {@link Article}: read (format and charset), clean, extract.
 * Usable without a database; thread-safe.
 */
public final class ArticleExtractor {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private final ArticleFileReader reader;
    private final TextNormalizer normalizer;

    public ArticleExtractor(ArticleFileReader reader, TextNormalizer normalizer) {
        this.reader = reader;
        this.normalizer = normalizer;
    }

    /** The standard pipeline. */
    public static ArticleExtractor standard() {
        return new ArticleExtractor(new ArticleFileReader(CompositeCharsetDetector.standard()), new TextNormalizer());
    }

    public ExtractedArticle extract(String fileName, byte[] bytes) throws UnreadableFileException {
        ExtractedDocument document = reader.read(fileName, bytes);
        String body = normalizer.normalize(document.text());
        if (body.isEmpty()) {
            throw new UnreadableFileException("no text left after cleaning");
        }
        String title = document.metadata().get(TikaCoreProperties.TITLE.getName());
        Article article = new Article(title == null ? null : normalizer.normalize(title), null, null, null, null, null, null,
                body, countWords(body), ContentHash.of(body));
        return new ExtractedArticle(article, ArticleFacts.NONE, document.mediaType(), document.charset());
    }

    static int countWords(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
