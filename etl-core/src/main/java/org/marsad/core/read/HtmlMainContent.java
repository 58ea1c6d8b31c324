package org.marsad.core.read;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article in a web page and drops navigation, sidebars, footers, comment forms and link
 * lists, in the manner of Readability: paragraphs score their containers by text length and commas,
 * link-heavy containers are discounted, and the best container plus its worthy siblings is the
 * article. Metadata the page declares (Open Graph, article:*, author, {@code <time>}) is collected for
 * the field extraction.
 */
final class HtmlMainContent {

    private static final Pattern UNLIKELY = Pattern.compile(
            "comment|share|social|related|sidebar|side-bar|footer|header|menu|nav|breadcrumb|tag|advert|\\bads?\\b|ad-|promo|"
                    + "widget|newsletter|subscribe|popular|most-?read|login|banner|sponsor|outbrain|taboola|cookie|pagination|weather|ticker",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIKELY = Pattern.compile("article|body|content|entry|main|post|story|text|news-?details?",
            Pattern.CASE_INSENSITIVE);
    private static final String BLOCKS = "p,h1,h2,h3,h4,h5,h6,li,blockquote,pre,tr,div,section,article,br,dd,dt,figcaption,table";
    private static final int MIN_PARAGRAPH_CHARS = 25;

    private HtmlMainContent() {
    }

    record Result(String text, Map<String, String> metadata) {
    }

    static Result extract(String html) {
        Document doc = Jsoup.parse(html);
        Map<String, String> metadata = metadata(doc);
        doc.select("script,style,noscript,iframe,form,nav,footer,header,aside,button,svg,select,input,textarea,template,object")
                .remove();
        removeUnlikely(doc.body());
        Element article = bestCandidate(doc);
        return new Result(text(article == null ? doc.body() : article), metadata);
    }

    private static Map<String, String> metadata(Document doc) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "dc:title", first(doc, "meta[property=og:title]", "meta[name=twitter:title]"));
        if (!m.containsKey("dc:title")) {
            put(m, "dc:title", doc.title());
        }
        put(m, "og:site_name", first(doc, "meta[property=og:site_name]", "meta[name=application-name]"));
        put(m, "article:published_time", first(doc, "meta[property=article:published_time]", "meta[name=pubdate]",
                "meta[name=publish-date]", "meta[name=date]", "meta[itemprop=datePublished]"));
        if (!m.containsKey("article:published_time")) {
            Element time = doc.selectFirst("time[datetime]");
            put(m, "article:published_time", time == null ? null : time.attr("datetime"));
        }
        put(m, "author", first(doc, "meta[name=author]", "meta[property=article:author]"));
        put(m, "og:url", first(doc, "meta[property=og:url]", "link[rel=canonical]"));
        put(m, "description", first(doc, "meta[property=og:description]", "meta[name=description]"));
        Element jsonLd = doc.selectFirst("script[type=application/ld+json]");
        put(m, "json-ld", jsonLd == null ? null : jsonLd.data());
        return m;
    }

    private static String first(Document doc, String... selectors) {
        for (String selector : selectors) {
            Element e = doc.selectFirst(selector);
            if (e != null) {
                String value = e.hasAttr("content") ? e.attr("content") : e.attr("href");
                if (!value.isBlank()) {
                    return value.strip();
                }
            }
        }
        return null;
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value.strip());
        }
    }

    /** Drops containers whose class or id says they are furniture, unless they also say content. */
    private static void removeUnlikely(Element body) {
        if (body == null) {
            return;
        }
        for (Element e : body.select("*")) {
            if (e == body || e.parent() == null) {
                continue;
            }
            String marks = e.className() + " " + e.id();
            if (UNLIKELY.matcher(marks).find() && !LIKELY.matcher(marks).find() && !e.tagName().equals("article")) {
                e.remove();
            }
        }
    }

    private static Element bestCandidate(Document doc) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : doc.select("p,pre,td,blockquote,div")) {
            if (p.tagName().equals("div") && !p.select("p,div,table,ul,ol").isEmpty()) {
                continue; // only leaf divs count as paragraphs
            }
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, score / 2, Double::sum);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double score = e.getValue() * (1 - linkDensity(e.getKey())) * (LIKELY.matcher(e.getKey().className() + e.getKey().id()).find() ? 1.25 : 1);
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    private static int commas(String text) {
        int n = 0;
        for (char c : text.toCharArray()) {
            if (c == ',' || c == '،') {
                n++;
            }
        }
        return n;
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return (double) links / total;
    }

    /** The element's text with block boundaries as line breaks, blank lines between paragraphs. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        append(root, out);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void append(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(text.text());
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        boolean block = element.is(BLOCKS);
        if (block) {
            out.append(element.is("p,h1,h2,h3,h4,h5,h6,blockquote") ? "\n\n" : "\n");
        }
        for (Node child : element.childNodes()) {
            append(child, out);
        }
        if (block) {
            out.append(element.is("p,h1,h2,h3,h4,h5,h6,blockquote") ? "\n\n" : "\n");
        }
    }
}
