package org.marsad.core.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
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
    private static final Pattern DOC = Pattern.compile("<DOC>(.*?)</DOC>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<([A-Z]+)>(.*?)</\\1>", Pattern.DOTALL);

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
        if (start.startsWith("[")) {
            return Kind.JSON;
        }
        if (start.startsWith("{")) {
            int firstLineEnd = start.indexOf('\n');
            boolean oneObjectPerLine = firstLineEnd > 0 && start.substring(0, firstLineEnd).strip().endsWith("}")
                    && start.substring(firstLineEnd).strip().startsWith("{");
            return oneObjectPerLine ? Kind.JSON_LINES : Kind.JSON;
        }
        return Kind.NONE;
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
            String value = firstValue(node, field.getValue());
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

    private static List<ReadRecord> trec(String text, CharsetDetection charset) {
        List<ReadRecord> records = new ArrayList<>();
        Matcher doc = DOC.matcher(text);
        int n = 0;
        while (doc.find()) {
            n++;
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher field = FIELD.matcher(doc.group(1));
            while (field.find()) {
                fields.putIfAbsent(field.group(1), tidy(field.group(2)));
            }
            String entry = "#" + fields.getOrDefault("DOCNO", String.valueOf(n));
            String body = fields.get("TEXT");
            if (body == null || body.isBlank()) {
                records.add(ReadRecord.failed(entry, "<DOC> with an empty or missing <TEXT>"));
                continue;
            }
            Map<String, String> metadata = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, String>> it = fields.entrySet().iterator(); it.hasNext();) {
                Map.Entry<String, String> f = it.next();
                String name = TREC_FIELDS.get(f.getKey());
                if (name != null && !f.getValue().isBlank()) {
                    metadata.put(name, f.getValue());
                }
            }
            records.add(ReadRecord.of(entry, new ExtractedDocument(body, "application/x-trec", charset, metadata)));
        }
        if (records.isEmpty()) {
            records.add(ReadRecord.failed(null, "<DOC> file without a complete <DOC> record"));
        }
        return records;
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
