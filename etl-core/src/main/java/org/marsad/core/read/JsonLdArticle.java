package org.marsad.core.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The article a page describes in its JSON-LD ({@code <script type="application/ld+json">}): the node
 * of a NewsArticle-like type (any {@code …Article}, {@code BlogPosting}, {@code LiveBlogPosting},
 * {@code Report}), else the page's {@code WebPage}, found in arrays and {@code @graph}s, with
 * {@code @id} references followed. Pages write JSON-LD by hand: trailing commas, raw line breaks in
 * strings and comments are read; a script that is not JSON at all is skipped.
 */
final class JsonLdArticle {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final Set<String> ORGANISATION_TYPES = Set.of("Organization", "NewsMediaOrganization", "Corporation",
            "WebSite", "Brand");

    /**
     * @param datePublished the article's {@code datePublished} as written
     * @param headline      its {@code headline} or {@code name}
     * @param authors       its authors that are people, in order ("، " between several)
     * @param publisher     the name of its publisher, of an organisation author, or of the site the graph describes
     */
    record Found(String datePublished, String headline, String authors, String publisher) {
        static final Found NONE = new Found(null, null, null, null);
    }

    private final List<JsonNode> nodes = new ArrayList<>();
    private final Map<String, JsonNode> byId = new HashMap<>();

    private JsonLdArticle() {
    }

    static Found read(List<String> scripts) {
        JsonLdArticle graph = new JsonLdArticle();
        for (String script : scripts) {
            try {
                graph.collect(JSON.readTree(script.strip()));
            } catch (IOException | RuntimeException e) {
                // a broken script says nothing; the page's other signals still count
            }
        }
        return graph.article();
    }

    private void collect(JsonNode node) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(this::collect);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        nodes.add(node);
        if (node.hasNonNull("@id") && node.size() > 1) {
            byId.putIfAbsent(node.get("@id").asText(), node);
        }
        collect(node.get("@graph"));
    }

    private Found article() {
        JsonNode article = firstOfType(JsonLdArticle::isArticleType);
        JsonNode page = firstOfType(t -> t.equals("WebPage") || t.endsWith("Page"));
        if (article == null && page == null) {
            return Found.NONE;
        }
        JsonNode main = article != null ? article : page;
        String date = text(main.get("datePublished"));
        if (date == null && page != null) {
            date = text(page.get("datePublished"));
        }
        Set<String> people = new LinkedHashSet<>();
        Set<String> organisations = new LinkedHashSet<>();
        authors(main.get("author"), people, organisations);
        String publisher = name(main.get("publisher"));
        if (publisher == null && !organisations.isEmpty()) {
            publisher = organisations.iterator().next();
        }
        if (publisher == null) {
            JsonNode site = firstOfType(ORGANISATION_TYPES::contains);
            publisher = site == null ? null : name(site);
        }
        String headline = text(main.get("headline"));
        return new Found(date, headline == null ? text(main.get("name")) : headline, people.isEmpty() ? null : String.join("، ", people),
                publisher);
    }

    private static boolean isArticleType(String type) {
        return type.endsWith("Article") || type.equals("BlogPosting") || type.equals("LiveBlogPosting") || type.equals("Report");
    }

    private JsonNode firstOfType(java.util.function.Predicate<String> type) {
        for (JsonNode node : nodes) {
            for (String t : types(node)) {
                if (type.test(t)) {
                    return node;
                }
            }
        }
        return null;
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> out = new ArrayList<>();
        if (type == null) {
            return out;
        }
        if (type.isArray()) {
            type.forEach(t -> out.add(t.asText().replaceFirst("^https?://schema.org/", "")));
        } else {
            out.add(type.asText().replaceFirst("^https?://schema.org/", ""));
        }
        return out;
    }

    private void authors(JsonNode author, Set<String> people, Set<String> organisations) {
        if (author == null || author.isNull()) {
            return;
        }
        if (author.isArray()) {
            author.forEach(a -> authors(a, people, organisations));
            return;
        }
        JsonNode node = resolved(author);
        String name = node.isTextual() ? text(node) : name(node);
        if (name == null) {
            return;
        }
        boolean organisation = node.isObject() && types(node).stream().anyMatch(ORGANISATION_TYPES::contains);
        (organisation ? organisations : people).add(name);
    }

    private String name(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            return value.isEmpty() ? null : name(value.get(0));
        }
        JsonNode node = resolved(value);
        return node.isTextual() ? text(node) : text(node.get("name"));
    }

    private JsonNode resolved(JsonNode value) {
        if (value.isObject() && value.size() == 1 && value.hasNonNull("@id")) {
            return byId.getOrDefault(value.get("@id").asText(), value);
        }
        return value;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            return value.isEmpty() ? null : text(value.get(0));
        }
        if (value.isObject()) {
            return text(value.get("@value"));
        }
        String s = value.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
