package org.marsad.core.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
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

    private final Detector typeDetector;
    private final Parser parser;
    private final CompositeCharsetDetector charsets;

    public ArticleFileReader(CompositeCharsetDetector charsets) {
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.typeDetector = tika.getDetector();
        this.parser = new AutoDetectParser(tika);
        this.charsets = charsets;
    }

    public ExtractedDocument read(String fileName, byte[] bytes) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw new UnreadableFileException("empty file");
        }
        MediaType type = detectType(fileName, bytes);
        ExtractedDocument document;
        if (isPlainText(type)) {
            document = decodePlainText(MediaType.TEXT_PLAIN, charsets.decide(bytes), bytes);
        } else if (isHtml(type)) {
            document = readHtml(type, bytes);
        } else if (type.equals(MediaType.OCTET_STREAM)) {
            document = decodeUnknown(bytes);
        } else {
            document = parseWithTika(fileName, type, bytes);
        }
        rejectJunk(document.text());
        return document;
    }

    private MediaType detectType(String fileName, byte[] bytes) throws UnreadableFileException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return typeDetector.detect(in, metadata);
        } catch (IOException e) {
            throw new UnreadableFileException("format detection failed: " + e.getMessage(), e);
        }
    }

    private static boolean isPlainText(MediaType type) {
        return type.getBaseType().equals(MediaType.TEXT_PLAIN);
    }

    private static boolean isHtml(MediaType type) {
        String base = type.getBaseType().toString();
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /**
     * Web pages are decoded with our charset detector (a page's declared charset is often wrong) and
     * reduced to their main content; the page's metadata goes along for the field extraction.
     */
    private ExtractedDocument readHtml(MediaType type, byte[] bytes) {
        CharsetDetection detection = charsets.decide(bytes);
        HtmlMainContent.Result page = HtmlMainContent.extract(CompositeCharsetDetector.decode(bytes, detection));
        return repaired(new ExtractedDocument(page.text(), type.getBaseType().toString(), detection, page.metadata()));
    }

    private static ExtractedDocument decodePlainText(MediaType type, CharsetDetection detection, byte[] bytes) {
        String text = CompositeCharsetDetector.decode(bytes, detection);
        return repaired(new ExtractedDocument(text, type.toString(), detection, Map.of()));
    }

    /** Undoes a windows-1252 misreading baked into UTF-8 text, and says so in the charset record. */
    private static ExtractedDocument repaired(ExtractedDocument document) {
        String text = MojibakeRepair.repair(document.text());
        if (text == document.text()) {
            return document;
        }
        CharsetDetection charset = new CharsetDetection(document.charset().charset(), DetectionMethod.MOJIBAKE_REPAIR,
                document.charset().confidence());
        return new ExtractedDocument(text, document.mediaType(), charset, document.metadata());
    }

    /**
     * Tika's magic does not recognise UTF-16 without a byte order mark, nor text without a telling file
     * name. Such bytes are text when a charset detector (not the fallback) decides them.
     */
    private ExtractedDocument decodeUnknown(byte[] bytes) throws UnreadableFileException {
        CharsetDetection detection = charsets.decide(bytes);
        if (detection.method() == DetectionMethod.FALLBACK) {
            throw new UnreadableFileException("unknown format: Tika detected application/octet-stream and no charset fits");
        }
        return decodePlainText(MediaType.TEXT_PLAIN, detection, bytes);
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
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException("password-protected document", e);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableFileException(type + " could not be parsed: " + e.getMessage(), e);
            }
        } catch (IOException | TikaException | RuntimeException e) {
            throw new UnreadableFileException(type + " could not be parsed: " + e.getMessage(), e);
        }
        return new ExtractedDocument(handler.toString(), type.getBaseType().toString(), encoding.lastDecision(), fields(metadata));
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
