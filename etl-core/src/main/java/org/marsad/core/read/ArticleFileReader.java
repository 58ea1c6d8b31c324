package org.marsad.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.marsad.core.encoding.CharsetDetection;
import org.marsad.core.encoding.CompositeCharsetDetector;
import org.marsad.core.encoding.DetectionMethod;
import org.marsad.core.encoding.MojibakeRepair;
import org.marsad.core.encoding.TikaEncodingDetector;
import org.xml.sax.SAXException;

/**
 * Reads one article file: Tika detects the format from the name and the bytes; plain text is decoded
 * with our charset detector, HTML is decoded the same way and reduced to its main content
 * ({@link HtmlMainContent}), every other format is parsed by Tika with the same detector in its
 * {@link ParseContext}. Thread-safe: Tika's parsers are stateless and each call has its own context.
 */
public final class ArticleFileReader {

    /** Above this share of control or replacement characters, "text" is binary junk. */
    private static final double MAX_JUNK_SHARE = 0.05;
    private static final int MAX_TEXT_CHARS = 10_000_000;

    private static final Set<String> TEXTUAL = Set.of("text/plain", "application/json", "application/x-ndjson",
            "application/jsonl", "application/x-jsonlines");
    private static final Set<String> ZIP = Set.of("application/zip", "application/x-zip-compressed");
    private static final Set<String> GZIP = Set.of("application/gzip", "application/x-gzip");

    /** Parsers run here so that one that hangs can be cut off; daemon threads never keep the JVM up. */
    private static final ExecutorService PARSERS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "marsad-parser");
        t.setDaemon(true);
        return t;
    });

    private final Detector typeDetector;
    private final Parser parser;
    private final CompositeCharsetDetector charsets;
    private final ArchiveEntries archives;
    private final Duration parseTimeout;

    /** A reader with the {@link ReadingLimits#DEFAULTS default limits}. */
    public ArticleFileReader(CompositeCharsetDetector charsets) {
        this(charsets, ReadingLimits.DEFAULTS);
    }

    public ArticleFileReader(CompositeCharsetDetector charsets, ReadingLimits limits) {
        this(charsets, limits, new AutoDetectParser(TikaConfig.getDefaultConfig()));
    }

    ArticleFileReader(CompositeCharsetDetector charsets, ReadingLimits limits, Parser parser) {
        this.typeDetector = TikaConfig.getDefaultConfig().getDetector();
        this.parser = parser;
        this.charsets = charsets;
        this.archives = new ArchiveEntries(limits.maxArchiveEntries(), limits.maxExpandedBytes(), limits.maxEntryBytes(),
                limits.maxArchiveDepth());
        this.parseTimeout = limits.parseTimeout();
    }

    /**
     * Reads a file into its records: one for an ordinary article file; one per record for JSON Lines,
     * JSON arrays and TREC files with several {@code <DOC>}s; one per entry for archives. A record that
     * cannot be read carries its reason; a file that cannot be read at all throws.
     */
    public List<ReadRecord> readAll(String fileName, byte[] bytes) throws UnreadableFileException {
        return uniqueEntries(withinTimeLimit(() -> readAll(fileName, bytes, 0)));
    }

    private interface Reading {
        List<ReadRecord> read() throws UnreadableFileException;
    }

    /**
     * Every format, text ones included, is read under the parse time limit: a file that would keep a
     * parser or a pattern busy is cut off and quarantined, and the run goes on.
     */
    private List<ReadRecord> withinTimeLimit(Reading reading) throws UnreadableFileException {
        Future<List<ReadRecord>> read = PARSERS.submit(reading::read);
        try {
            return read.get(parseTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            read.cancel(true);
            throw new UnreadableFileException("reading did not finish within " + parseTimeout.toMillis() / 1000.0 + " s");
        } catch (InterruptedException e) {
            read.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableFileException("interrupted while reading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnreadableFileException unreadable) {
                throw unreadable;
            }
            throw new UnreadableFileException("could not be read: " + describe(e.getCause()), e.getCause());
        }
    }

    /** A parser's failure as an operator reads it: the exception's kind and message, without object ids. */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        String kind = failure.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return kind;
        }
        return kind + ": " + message.lines().findFirst().orElse("").replaceAll("@[0-9a-f]{6,}", "");
    }

    /**
     * Entry names made unique within the file (a zip naming one entry three times, TREC records sharing a
     * DOCNO), so that each record gets a row of its own: the second and later copies are numbered.
     */
    private static List<ReadRecord> uniqueEntries(List<ReadRecord> records) {
        if (records.size() < 2) {
            return records;
        }
        Map<String, Integer> seen = new HashMap<>();
        List<ReadRecord> out = new ArrayList<>(records.size());
        for (ReadRecord r : records) {
            int n = seen.merge(String.valueOf(r.entry()), 1, Integer::sum);
            out.add(n == 1 ? r : new ReadRecord(r.entry() + " (" + n + ")", r.document(), r.error()));
        }
        return out;
    }

    /** Reads a file that holds one article. */
    public ExtractedDocument read(String fileName, byte[] bytes) throws UnreadableFileException {
        List<ReadRecord> records = readAll(fileName, bytes);
        if (records.size() != 1 || records.get(0).document() == null) {
            throw new UnreadableFileException(records.size() == 1 ? records.get(0).error() : "file holds " + records.size() + " records");
        }
        return records.get(0).document();
    }

    private List<ReadRecord> readAll(String fileName, byte[] bytes, int depth) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw new UnreadableFileException("empty file");
        }
        MediaType type = detectType(fileName, bytes);
        String base = type.getBaseType().toString();
        if (ZIP.contains(base)) {
            return archives.expandZip(bytes, depth, this::readAll);
        }
        if (GZIP.contains(base)) {
            return archives.expandGzip(fileName, bytes, depth, this::readAll);
        }
        if (TEXTUAL.contains(base) || isHtml(type) || type.equals(MediaType.OCTET_STREAM)) {
            return readText(type, bytes);
        }
        ExtractedDocument document = parseWithTika(fileName, type, bytes);
        rejectJunk(document.text());
        return List.of(ReadRecord.whole(document));
    }

    /**
     * Text formats are decoded with our charset detector, then read as records (JSON, JSON Lines, TREC),
     * as a web page, or as plain text. Tika's magic does not recognise UTF-16 without a byte order mark,
     * nor text without a telling file name: such bytes are text when a detector (not the fallback)
     * decides their charset.
     */
    private List<ReadRecord> readText(MediaType type, byte[] bytes) throws UnreadableFileException {
        CharsetDetection detection = charsets.decide(bytes);
        if (type.equals(MediaType.OCTET_STREAM) && detection.method() == DetectionMethod.FALLBACK) {
            throw new UnreadableFileException("unknown format: Tika detected application/octet-stream and no charset fits");
        }
        String text = CompositeCharsetDetector.decode(bytes, detection);
        StructuredRecords.Kind kind = StructuredRecords.kindOf(text);
        if (kind != StructuredRecords.Kind.NONE) {
            return records(StructuredRecords.read(kind, text, type.toString(), detection));
        }
        ExtractedDocument document;
        if (isHtml(type)) {
            HtmlMainContent.Result page = HtmlMainContent.extract(text);
            document = repaired(new ExtractedDocument(page.text(), type.getBaseType().toString(), detection, page.metadata(),
                    page.removed()));
        } else {
            document = repaired(new ExtractedDocument(text, MediaType.TEXT_PLAIN.toString(), detection, Map.of()));
        }
        rejectJunk(document.text());
        return List.of(ReadRecord.whole(document));
    }

    /** Records as read, repaired and checked one by one; a lone record stands for the whole file. */
    private static List<ReadRecord> records(List<ReadRecord> read) throws UnreadableFileException {
        List<ReadRecord> out = new ArrayList<>(read.size());
        for (ReadRecord r : read) {
            if (r.document() == null) {
                out.add(r);
                continue;
            }
            ExtractedDocument document = repaired(r.document());
            try {
                rejectJunk(document.text());
                out.add(new ReadRecord(r.entry(), document, null));
            } catch (UnreadableFileException e) {
                out.add(ReadRecord.failed(r.entry(), e.getMessage()));
            }
        }
        if (out.isEmpty()) {
            throw new UnreadableFileException("no records");
        }
        if (out.size() == 1) {
            ReadRecord only = out.get(0);
            if (only.document() == null) {
                throw new UnreadableFileException(only.error());
            }
            return List.of(ReadRecord.whole(only.document()));
        }
        return out;
    }

    private MediaType detectType(String fileName, byte[] bytes) throws UnreadableFileException {
        Optional<MediaType> sniffed = PlainTextSniffer.typeOf(fileName, bytes);
        if (sniffed.isPresent()) {
            return sniffed.get();
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = TikaInputStream.get(bytes)) {
            return typeDetector.detect(in, metadata);
        } catch (IOException e) {
            throw new UnreadableFileException("format detection failed: " + e.getMessage(), e);
        }
    }

    private static boolean isHtml(MediaType type) {
        return ExtractedDocument.isWebPage(type.getBaseType().toString());
    }

    /** Undoes a windows-1252 misreading baked into UTF-8 text, and says so in the charset record. */
    private static ExtractedDocument repaired(ExtractedDocument document) {
        String text = MojibakeRepair.repair(document.text());
        if (text == document.text()) {
            return document;
        }
        CharsetDetection charset = new CharsetDetection(document.charset().charset(), DetectionMethod.MOJIBAKE_REPAIR,
                document.charset().confidence());
        return new ExtractedDocument(text, document.mediaType(), charset, document.metadata(), document.removed());
    }

    private ExtractedDocument parseWithTika(String fileName, MediaType type, byte[] bytes) throws UnreadableFileException {
        TikaEncodingDetector encoding = new TikaEncodingDetector(charsets);
        ParseContext context = new ParseContext();
        context.set(EncodingDetector.class, encoding);
        context.set(Parser.class, parser);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        metadata.set(Metadata.CONTENT_TYPE, type.toString());
        BodyContentHandler handler = new BodyContentHandler(MAX_TEXT_CHARS);
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            failure(type, e);
        }
        return new ExtractedDocument(handler.toString(), type.getBaseType().toString(), encoding.lastDecision(), fields(metadata));
    }

    /** Maps a parser's failure to the reason an operator reads; a reached write limit is not a failure. */
    private static void failure(MediaType type, Throwable cause) throws UnreadableFileException {
        if (cause instanceof EncryptedDocumentException) {
            throw new UnreadableFileException("password-protected document", cause);
        }
        if (cause instanceof SAXException sax && WriteLimitReachedException.isWriteLimitReached(sax)) {
            return;
        }
        throw new UnreadableFileException(type + " could not be parsed: " + describe(cause), cause);
    }

    private static Map<String, String> fields(Metadata metadata) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : metadata.names()) {
            String value = metadata.get(name);
            if (value != null && !value.isBlank()) {
                fields.put(name, value.strip());
            }
        }
        return fields;
    }

    private static void rejectJunk(String text) throws UnreadableFileException {
        int junk = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
                continue;
            }
            visible++;
            if (c == '\uFFFD' || Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.UNASSIGNED) {
                junk++;
            }
        }
        if (visible == 0) {
            throw new UnreadableFileException("no text content");
        }
        if (junk > visible * MAX_JUNK_SHARE) {
            throw new UnreadableFileException(String.format("binary content: %d of %d characters are control or undecodable", junk, visible));
        }
    }
}
