package org.marsad.core.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
 * article. What the page says about itself ({@link PageSignals}) is collected first, for the field
 * extraction; what was left out is listed with its reason, for {@code inspect}.
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
    private static final String FURNITURE_TAGS = "script,style,noscript,iframe,form,nav,footer,header,aside,button,svg,select,input,"
            + "textarea,template,object";
    private static final int MAX_LISTED_REMOVALS = 200;
    private static final int MAX_HEADER_CHARS = 400;
    private static final double MAX_HEADER_LINK_DENSITY = 0.25;

    private HtmlMainContent() {
    }

    record Result(String text, Map<String, String> metadata, List<RemovedBlock> removed) {
    }

    static Result extract(String html) {
        Document doc = Jsoup.parse(html);
        Map<String, String> metadata = PageSignals.read(doc);
        List<RemovedBlock> removed = new ArrayList<>();
        for (Element e : doc.select(FURNITURE_TAGS)) {
            if (e.ownerDocument() != null) { // not already gone with an ancestor
                record(removed, "<" + e.tagName() + ">", e);
                e.remove();
            }
        }
        removeUnlikely(doc.body(), removed);
        Element article = withItsHeadline(bestCandidate(doc), removed);
        if (article != null) {
            recordOutside(doc.body(), article, removed);
        }
        return new Result(text(article == null ? doc.body() : article), metadata, removed);
    }

    private static void record(List<RemovedBlock> removed, String reason, Element e) {
        record(removed, reason, e.text());
    }

    private static void record(List<RemovedBlock> removed, String reason, String text) {
        if (!text.isBlank() && removed.size() < MAX_LISTED_REMOVALS) {
            removed.add(RemovedBlock.of(reason, text));
        }
    }

    /**
     * The blocks of the page around the article chosen: each container beside the article's line of
     * ancestors is one block, unless it holds several blocks itself, which are then listed one by one.
     */
    private static void recordOutside(Element scope, Element article, List<RemovedBlock> removed) {
        if (scope == null || scope == article) {
            return;
        }
        boolean holdsArticle = article.parents().contains(scope);
        if (holdsArticle || scope.select(BLOCKS).size() > 8) {
            for (Element child : scope.children()) {
                recordOutside(child, article, removed);
            }
            if (!holdsArticle && !scope.ownText().isBlank()) {
                record(removed, "outside the main content", scope.ownText());
            }
            return;
        }
        record(removed, "outside the main content", scope);
    }

    /** Drops containers whose class or id says they are furniture, unless they also say content. */
    private static void removeUnlikely(Element body, List<RemovedBlock> removed) {
        if (body == null) {
            return;
        }
        for (Element e : body.select("*")) {
            if (e == body || e.parent() == null || e.ownerDocument() == null) {
                continue;
            }
            String marks = e.className() + " " + e.id();
            Matcher unlikely = UNLIKELY.matcher(marks);
            if (unlikely.find() && !LIKELY.matcher(marks).find() && !e.tagName().equals("article")) {
                record(removed, "class/id \"" + unlikely.group() + "\"", e);
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

    /**
     * The article's text block with the headline block before it, where the headline sits beside it
     * (h1, byline and date above the body's own div): the header lines are the article's, and the field
     * extraction reads them. Only what comes before the block is taken, and only when it is short and
     * not a list of links; what follows it there (most-read lists, tags) is removed and listed.
     */
    private static Element withItsHeadline(Element best, List<RemovedBlock> removed) {
        if (best == null || best.selectFirst("h1") != null) {
            return best;
        }
        Element branch = best;
        for (int up = 0; up < 2 && branch.parent() != null && !branch.parent().is("body,html"); up++) {
            Element parent = branch.parent();
            List<Element> before = parent.children().subList(0, branch.elementSiblingIndex());
            if (before.stream().anyMatch(e -> e.is("h1") || e.selectFirst("h1") != null)) {
                int chars = 0;
                int linkChars = 0;
                for (Element e : before) {
                    chars += e.text().length();
                    linkChars += e.select("a").text().length();
                }
                if (chars > MAX_HEADER_CHARS || linkChars > chars * MAX_HEADER_LINK_DENSITY) {
                    return best;
                }
                for (Element after : new ArrayList<>(parent.children().subList(branch.elementSiblingIndex() + 1, parent.childrenSize()))) {
                    record(removed, "after the article", after);
                    after.remove();
                }
                return parent;
            }
            branch = parent;
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
