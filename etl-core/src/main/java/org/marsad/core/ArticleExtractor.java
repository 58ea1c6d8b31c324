package org.marsad.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.core.clean.BoilerplateFilter;
import org.marsad.core.clean.CleanedText;
import org.marsad.core.clean.TextNormalizer;
import org.marsad.core.encoding.CompositeCharsetDetector;
import org.marsad.core.extract.article.ArticleFields;
import org.marsad.core.extract.article.ArticleFieldsExtractor;
import org.marsad.core.extract.date.FieldDateParser;
import org.marsad.core.extract.date.ParsedDate;
import org.marsad.core.read.ArticleFileReader;
import org.marsad.core.read.ExtractedDocument;
import org.marsad.core.read.ReadRecord;
import org.marsad.core.read.UnreadableFileException;

/**
 * The pipeline from a file's bytes to an {@link Article}: read (format and charset), clean, extract.
 * Usable without a database; thread-safe.
 */
public final class ArticleExtractor {

    /** Fewer words than this in a clean body make no article. */
    public static final int DEFAULT_MIN_WORDS = 10;
    public static final int DEFAULT_MIN_PAGE_WORDS = 25;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private final ArticleFileReader reader;
    private final TextNormalizer normalizer;
    private final BoilerplateFilter boilerplate;
    private final ArticleFieldsExtractor fields;
    private final ArticleFactsExtractor facts;
    private final int minWords;
    private final int minPageWords;
    private final FieldDateParser fieldDates = new FieldDateParser();

    /** A pipeline that quarantines articles of fewer than {@link #DEFAULT_MIN_WORDS} words (web pages {@link #DEFAULT_MIN_PAGE_WORDS}). */
    public ArticleExtractor(ArticleFileReader reader, TextNormalizer normalizer, BoilerplateFilter boilerplate,
            ArticleFieldsExtractor fields, ArticleFactsExtractor facts) {
        this(reader, normalizer, boilerplate, fields, facts, DEFAULT_MIN_WORDS);
    }

    /** @param minWords an article whose clean body has fewer words is no article (a stub, an error page, one stray letter) */
    public ArticleExtractor(ArticleFileReader reader, TextNormalizer normalizer, BoilerplateFilter boilerplate,
            ArticleFieldsExtractor fields, ArticleFactsExtractor facts, int minWords) {
        this(reader, normalizer, boilerplate, fields, facts, minWords, DEFAULT_MIN_PAGE_WORDS);
    }

    /**
     * @param minPageWords the same for a web page, whose main content of a few words is a stub, a video's
     *                     caption or an error page left by the main-content step
     */
    public ArticleExtractor(ArticleFileReader reader, TextNormalizer normalizer, BoilerplateFilter boilerplate,
            ArticleFieldsExtractor fields, ArticleFactsExtractor facts, int minWords, int minPageWords) {
        this.minPageWords = minPageWords;
        this.reader = reader;
        this.normalizer = normalizer;
        this.boilerplate = boilerplate;
        this.fields = fields;
        this.facts = facts;
        this.minWords = minWords;
    }

    /** The standard pipeline. */
    public static ArticleExtractor standard() {
        return new ArticleExtractor(new ArticleFileReader(CompositeCharsetDetector.standard()), new TextNormalizer(),
                BoilerplateFilter.standard(), ArticleFieldsExtractor.standard(), ArticleFactsExtractor.standard());
    }

    /** The article of a file that holds one; {@code path} is its name or path (folders may name the outlet). */
    public ExtractedArticle extract(String path, byte[] bytes) throws UnreadableFileException {
        return inspect(path, bytes).article();
    }

    /**
     * Every article of a file: one for an ordinary article file, one per record or archive entry for
     * files that hold several. A file that cannot be read at all throws.
     */
    public List<ExtractedRecord> extractAll(String path, byte[] bytes) throws UnreadableFileException {
        List<ExtractedRecord> out = new ArrayList<>();
        for (ReadRecord record : reader.readAll(path, bytes)) {
            if (record.document() == null) {
                out.add(new ExtractedRecord(record.entry(), null, record.error()));
                continue;
            }
            try {
                out.add(new ExtractedRecord(record.entry(), inspect(path, record.document()).article(), null));
            } catch (UnreadableFileException e) {
                out.add(new ExtractedRecord(record.entry(), null, e.getMessage()));
            } catch (RuntimeException e) {
                // a fault of ours on one record's text costs that record, not its file's others
                out.add(new ExtractedRecord(record.entry(), null, "extraction failed: " + e));
            }
        }
        return out;
    }

    /** Runs the pipeline on a file that holds one article and keeps every intermediate result. */
    public Inspection inspect(String path, byte[] bytes) throws UnreadableFileException {
        return inspect(path, reader.read(path, bytes));
    }

    private Inspection inspect(String path, ExtractedDocument document) throws UnreadableFileException {
        CleanedText cleaned = boilerplate.clean(normalizer.normalize(document.text()));
        if (cleaned.text().isEmpty()) {
            throw new UnreadableFileException("no text left after cleaning");
        }
        ArticleFields f = fields.extract(path, document.isWebPage(), normalizedMetadata(document.metadata()), cleaned);
        String body = f.body().isEmpty() ? cleaned.text() : f.body();
        int words = countWords(body);
        boolean page = document.isWebPage();
        int least = page ? minPageWords : minWords;
        if (words < least) {
            throw new UnreadableFileException("too little text: " + words + (words == 1 ? " word" : " words") + ", "
                    + (page ? "a web page's article" : "an article") + " has at least " + least);
        }
        ParsedDate published = f.publishedAt();
        Article article = new Article(f.title(), f.sourceName(), f.author(), f.dateline(),
                published == null ? null : published.localDateTime(), published == null ? null : published.offset(), f.language(),
                readsCount(cleaned), body, words, ContentHash.of(body));
        ArticleFacts articleFacts = facts.extract(article, collectedOn(document.metadata()));
        return new Inspection(document, cleaned, f, new ExtractedArticle(article, articleFacts, document.mediaType(), document.charset()));
    }

    /** The day a record says it was crawled (SaudiNewsNet's date_extracted: 2015-07-21 02:51:32), or null. */
    private java.time.LocalDate collectedOn(Map<String, String> metadata) {
        return fieldDates.parse(metadata.get("crawled_at")).map(ParsedDate::date).orElse(null);
    }

    /** Metadata values normalised like the text, so that a title compares equal to its line. */
    private Map<String, String> normalizedMetadata(Map<String, String> metadata) {
        Map<String, String> out = new LinkedHashMap<>();
        metadata.forEach((k, v) -> out.put(k, normalizer.normalize(v)));
        return out;
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
