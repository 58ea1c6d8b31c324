package org.marsad.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.metadata.TikaCoreProperties;
import org.marsad.core.clean.BoilerplateFilter;
import org.marsad.core.clean.CleanedText;
import org.marsad.core.clean.TextNormalizer;
import org.marsad.core.encoding.CompositeCharsetDetector;
import org.marsad.core.read.ArticleFileReader;
import org.marsad.core.read.ExtractedDocument;
import org.marsad.core.read.ReadRecord;
import org.marsad.core.read.UnreadableFileException;

/**
 * The pipeline from a file's bytes to an {@link Article}: read (format and charset), clean, extract.
 * Usable without a database; thread-safe.
 */
public final class ArticleExtractor {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private final ArticleFileReader reader;
    private final TextNormalizer normalizer;
    private final BoilerplateFilter boilerplate;

    public ArticleExtractor(ArticleFileReader reader, TextNormalizer normalizer, BoilerplateFilter boilerplate) {
        this.reader = reader;
        this.normalizer = normalizer;
        this.boilerplate = boilerplate;
    }

    /** The standard pipeline. */
    public static ArticleExtractor standard() {
        return new ArticleExtractor(new ArticleFileReader(CompositeCharsetDetector.standard()), new TextNormalizer(),
                BoilerplateFilter.standard());
    }

    public ExtractedArticle extract(String fileName, byte[] bytes) throws UnreadableFileException {
        return inspect(fileName, bytes).article();
    }

    /**
     * Every article of a file: one for an ordinary article file, one per record or archive entry for
     * files that hold several. A file that cannot be read at all throws.
     */
    public List<ExtractedRecord> extractAll(String fileName, byte[] bytes) throws UnreadableFileException {
        List<ExtractedRecord> out = new ArrayList<>();
        for (ReadRecord record : reader.readAll(fileName, bytes)) {
            if (record.document() == null) {
                out.add(new ExtractedRecord(record.entry(), null, record.error()));
                continue;
            }
            try {
                out.add(new ExtractedRecord(record.entry(), inspect(record.document()).article(), null));
            } catch (UnreadableFileException e) {
                out.add(new ExtractedRecord(record.entry(), null, e.getMessage()));
            }
        }
        return out;
    }

    /** Runs the pipeline on a file that holds one article and keeps every intermediate result. */
    public Inspection inspect(String fileName, byte[] bytes) throws UnreadableFileException {
        return inspect(reader.read(fileName, bytes));
    }

    private Inspection inspect(ExtractedDocument document) throws UnreadableFileException {
        CleanedText cleaned = boilerplate.clean(normalizer.normalize(document.text()));
        String body = cleaned.text();
        if (body.isEmpty()) {
            throw new UnreadableFileException("no text left after cleaning");
        }
        String title = document.metadata().get(TikaCoreProperties.TITLE.getName());
        Article article = new Article(title == null ? null : normalizer.normalize(title), null, null, null, null, null,
                readsCount(cleaned), body, countWords(body), ContentHash.of(body));
        return new Inspection(document, cleaned, new ExtractedArticle(article, ArticleFacts.NONE, document.mediaType(), document.charset()));
    }

    private static Integer readsCount(CleanedText cleaned) {
        String reads = cleaned.captured().get(CleanedText.READS);
        if (reads == null || reads.isEmpty() || reads.length() > 9) {
            return null;
        }
        return Integer.valueOf(reads);
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
