package org.marsad.core.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.marsad.core.encoding.CharsetDetection;

/**
 * Article records that carry their fields: JSON Lines and JSON scraper output (one article per object)
 * and TREC-style {@code <DOC>} files. Fields are carried as metadata under the names the HTML reader
 * uses ({@code dc:title}, {@code author}, {@code article:published_time}, {@code og:site_name},
 * {@code og:url}), so the field extraction prefers them to guessing from the text.
 */
final class StructuredRecords {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.ALLOW_COMMENTS).build();
    private static final ObjectReader WHOLE_VALUE = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** A TREC field's opening tag; its end is found with indexOf, so unclosed tags cost linear time, not quadratic. */
    private static final String DOC_OPEN = "<DOC>";
    private static final String DOC_CLOSE = "</DOC>";
    private static final Pattern FIELD_OPEN = Pattern.compile("<([A-Z]{1,20})>");

    /** JSON keys of scrapers we have seen, in order of preference, for each metadata name. */
    private static final Map<String, List<String>> JSON_FIELDS = Map.of(
            "text", List.of("content", "text", "body", "article", "article_body", "articleBody", "full_text"),
            "dc:title", List.of("title", "headline", "name"),
            "author", List.of("author", "byline", "authors", "writer"),
            "article:published_time", List.of("date_published", "published", "published_at", "datePublished", "pubdate", "date",
                    "publish_date", "time"),
            "og:site_name", List.of("source", "site", "site_name", "publisher", "outlet", "newspaper"),
            "og:url", List.of("url", "link", "canonical_url"),
            "crawled_at", List.of("date_extracted", "crawled_at", "scraped_at", "fetched_at"));
    private static final Map<String, String> TREC_FIELDS = Map.of("TITLE", "dc:title", "AUTHOR", "author", "TIME",
            "article:published_time", "SRC", "og:site_name", "URL", "og:url", "DOCNO", "docno", "CAT", "category");

    private StructuredRecords() {
    }

    /** Whether {@code text} is one of the record formats, judged from its first characters. */
    static Kind kindOf(String text) {
        String start = text.stripLeading();
        if (start.startsWith("<DOC>")) {
            return Kind.TREC;
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return isWholeFirstLineFollowedByMore(start) ? Kind.JSON_LINES : Kind.JSON;
        }
        return Kind.NONE;
    }

    /**
     * JSON Lines: the first line is a JSON value of its own and more text follows. Judged by parsing the
     * line, not by its last character, so a later line that is an array, a number or junk is still read
     * as that line's record (and quarantined as such) instead of swallowing the file into one document.
     */
    private static boolean isWholeFirstLineFollowedByMore(String start) {
        int firstLineEnd = start.indexOf('\n');
        if (firstLineEnd < 0 || start.substring(firstLineEnd).isBlank()) {
            return false;
        }
        String first = start.substring(0, firstLineEnd).strip();
        if (!first.endsWith("}") && !first.endsWith("]")) {
            return false;
        }
        try {
            WHOLE_VALUE.readTree(first);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    enum Kind {
        NONE, JSON, JSON_LINES, TREC
    }

    static List<ReadRecord> read(Kind kind, String text, String mediaType, CharsetDetection charset) {
        return switch (kind) {
            case TREC -> trec(text, charset);
            case JSON_LINES -> jsonLines(text, charset);
            case JSON -> json(text, charset);
            case NONE -> throw new IllegalArgumentException("not a record format: " + mediaType);
        };
    }

    private static List<ReadRecord> jsonLines(String text, CharsetDetection charset) {
        List<ReadRecord> records = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String entry = "#" + (i + 1);
            try {
                records.add(fromJson(entry, JSON.readTree(lines[i]), charset, "application/x-ndjson"));
            } catch (IOException e) {
                records.add(ReadRecord.failed(entry, "line " + (i + 1) + " is not valid JSON: " + firstLine(e.getMessage())));
            }
        }
        return records;
    }

    private static List<ReadRecord> json(String text, CharsetDetection charset) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            return List.of(ReadRecord.failed(null, "not valid JSON: " + firstLine(e.getMessage())));
        }
        JsonNode items = root.isArray() ? root : root.has("articles") && root.get("articles").isArray() ? root.get("articles") : null;
        if (items == null) {
            ReadRecord single = fromJson(null, root, charset, "application/json");
            return List.of(single);
        }
        if (items.isEmpty()) {
            return List.of(ReadRecord.failed(null, "JSON array without records"));
        }
        List<ReadRecord> records = new ArrayList<>();
        int i = 0;
        for (JsonNode item : items) {
            records.add(fromJson("#" + (++i), item, charset, "application/json"));
        }
        return records;
    }

    private static ReadRecord fromJson(String entry, JsonNode node, CharsetDetection charset, String mediaType) {
        if (!node.isObject()) {
            return ReadRecord.failed(entry, "record is not a JSON object");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        String body = null;
        for (Map.Entry<String, List<String>> field : JSON_FIELDS.entrySet()) {
            String value = field.getKey().equals("text") ? firstText(node, field.getValue()) : firstValue(node, field.getValue());
            if (value == null) {
                continue;
            }
            if (field.getKey().equals("text")) {
                body = value;
            } else {
                metadata.put(field.getKey(), value);
            }
        }
        if (body == null || body.isBlank()) {
            return ReadRecord.failed(entry, "record has no article text (none of " + JSON_FIELDS.get("text") + ")");
        }
        return ReadRecord.of(entry, new ExtractedDocument(body, mediaType, charset, metadata));
    }

    /**
     * The article text: a JSON string, or an array of strings (paragraphs). A number, a boolean or an
     * object under a text key is not article text ({@code {"content": 5}} is no article "5").
     */
    private static String firstText(JsonNode node, List<String> keys) {
        for (String key : keys) {
            JsonNode value = node.get(key);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return tidy(value.asText());
            }
            if (value != null && value.isArray() && !value.isEmpty() && allTextual(value)) {
                List<String> paragraphs = new ArrayList<>();
                value.forEach(v -> paragraphs.add(v.asText()));
                return tidy(String.join("\n\n", paragraphs));
            }
        }
        return null;
    }

    private static boolean allTextual(JsonNode array) {
        for (JsonNode v : array) {
            if (!v.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static String firstValue(JsonNode node, List<String> keys) {
        for (String key : keys) {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isArray()) {
                List<String> parts = new ArrayList<>();
                value.forEach(v -> parts.add(v.isObject() ? v.path("name").asText() : v.asText()));
                return String.join("، ", parts);
            }
            if (value.isObject()) {
                return value.path("name").asText(null);
            }
            if (!value.asText().isBlank()) {
                return tidy(value.asText());
            }
        }
        return null;
    }

    /**
     * The {@code <DOC>…</DOC>} records, found with indexOf from where the last one ended: a file of
     * unclosed tags is read in linear time (a lazy regex rescanned the rest of the file from every tag).
     */
    private static List<ReadRecord> trec(String text, CharsetDetection charset) {
        List<ReadRecord> records = new ArrayList<>();
        int n = 0;
        for (int from = text.indexOf(DOC_OPEN); from >= 0; ) {
            int end = text.indexOf(DOC_CLOSE, from + DOC_OPEN.length());
            if (end < 0) {
                break;
            }
            // a <DOC> opened again before this one closed starts the record
            int start = text.lastIndexOf(DOC_OPEN, end - DOC_OPEN.length()) + DOC_OPEN.length();
            records.add(trecRecord(text.substring(start, end), ++n, charset));
            from = text.indexOf(DOC_OPEN, end + DOC_CLOSE.length());
        }
        if (records.isEmpty()) {
            records.add(ReadRecord.failed(null, "<DOC> file without a complete <DOC> record"));
        }
        return records;
    }

    private static ReadRecord trecRecord(String doc, int n, CharsetDetection charset) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher open = FIELD_OPEN.matcher(doc);
        Set<String> unclosed = new HashSet<>(); // not found after one tag, so not after any later one
        int from = 0;
        while (open.find(from)) {
            String close = "</" + open.group(1) + ">";
            int end = unclosed.contains(close) ? -1 : doc.indexOf(close, open.end());
            if (end < 0) {
                unclosed.add(close);
                from = open.end();
                continue;
            }
            fields.putIfAbsent(open.group(1), tidy(doc.substring(open.end(), end)));
            from = end + close.length();
        }
        String entry = "#" + fields.getOrDefault("DOCNO", String.valueOf(n));
        String body = fields.get("TEXT");
        if (body == null || body.isBlank()) {
            return ReadRecord.failed(entry, "<DOC> with an empty or missing <TEXT>");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        fields.forEach((tag, value) -> {
            String name = TREC_FIELDS.get(tag);
            if (name != null && !value.isBlank()) {
                metadata.put(name, value);
            }
        });
        return ReadRecord.of(entry, new ExtractedDocument(body, "application/x-trec", charset, metadata));
    }

    /** Field values without the spaces around them, no-break spaces included. */
    private static String tidy(String value) {
        return value.replace('\u00A0', ' ').strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
