package org.marsad.core.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.marsad.core.text.Lexicon;

/**
 * What a web page says about itself, read before its furniture is removed: each signal under its own
 * metadata key, as the page wrote it, so that the field extraction weighs them in its documented order
 * of trust and {@code inspect} shows every one. Nothing here decides a field.
 */
public final class PageSignals {

    /** The page's own title for sharing ({@code og:title}, else {@code twitter:title}, else {@code <title>}). */
    public static final String TITLE = "dc:title";
    public static final String HTML_TITLE = "html:title";
    /** The headline element of the article ({@code <h1>} in the article, else the page's longest). */
    public static final String HEADLINE = "html:h1";
    public static final String JSON_LD_HEADLINE = "json-ld:headline";

    public static final String SITE_NAME = "og:site_name";
    public static final String APPLICATION_NAME = "application-name";
    public static final String JSON_LD_PUBLISHER = "json-ld:publisher";
    public static final String TWITTER_SITE = "twitter:site";
    public static final String COPYRIGHT = "copyright";

    public static final String JSON_LD_PUBLISHED = "json-ld:datePublished";
    public static final String PUBLISHED_TIME = "article:published_time";
    public static final String DC_DATE = "dc:date";
    public static final String ITEMPROP_PUBLISHED = "itemprop:datePublished";
    public static final String TIME_ELEMENT = "time:datetime";
    public static final String DATE_META = "meta:date";
    /** The visible line near the headline that says when the page was published ({@code نشر في …}). */
    public static final String PUBLISHED_LINE = "page:published-line";
    /** A short line just under (else just above) the headline that holds a date, with no cue word ({@code الثلاثاء 12 أغسطس 2020}). */
    public static final String HEADLINE_DATE_LINE = "page:date-by-headline";

    public static final String JSON_LD_AUTHOR = "json-ld:author";
    public static final String BYLINE_MARKUP = "byline:markup";
    public static final String AUTHOR = "author";

    public static final String URL = "og:url";
    public static final String DESCRIPTION = "description";

    /** Containers whose dates, names and lines belong to other pages or to the site, never to this article. */
    static final Pattern FURNITURE = Pattern.compile("comment|related|sidebar|side-bar|footer|most-?read|popular|widget|"
            + "recommend|more-?news|read-?also|outbrain|taboola|ticker|breaking|latest|trending|newsletter|\\bnav",
            Pattern.CASE_INSENSITIVE);
    private static final String FURNITURE_TAGS = "footer,aside,nav,form";
    private static final Pattern PUBLICATION_CUE = Pattern.compile(Lexicon.named("publication-cues").alternation(),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UPDATE_CUE = Pattern.compile(Lexicon.named("update-cues").alternation(),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COPYRIGHT_MARK = Pattern.compile("©|&copy;|\\(c\\)|" + Lexicon.named("copyright-leads").alternation(),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DIGIT = Pattern.compile("[0-9\\u0660-\\u0669\\u06F0-\\u06F9]");
    private static final int MAX_LINE_CHARS = 160;
    private static final int DATE_LINE_BLOCKS = 6;
    private static final Pattern YEAR = Pattern.compile("(?<![0-9\\u0660-\\u0669])(?:19|20|١٩|٢٠)[0-9\\u0660-\\u0669]{2}(?![0-9\\u0660-\\u0669])");
    private static final int MAX_BYLINE_CHARS = 80;

    private PageSignals() {
    }

    static Map<String, String> read(Document doc) {
        Map<String, String> m = new LinkedHashMap<>();
        JsonLdArticle.Found jsonLd = JsonLdArticle.read(jsonLdScripts(doc));
        Element headline = headlineElement(doc);
        titles(doc, jsonLd, headline, m);
        site(doc, jsonLd, m);
        published(doc, jsonLd, headline, m);
        authors(doc, jsonLd, m);
        put(m, URL, meta(doc, "meta[property=og:url]", "link[rel=canonical]", "meta[name=twitter:url]"));
        put(m, DESCRIPTION, meta(doc, "meta[property=og:description]", "meta[name=description]"));
        return m;
    }

    private static List<String> jsonLdScripts(Document doc) {
        List<String> scripts = new ArrayList<>();
        doc.select("script[type=application/ld+json]").forEach(s -> scripts.add(s.data()));
        return scripts;
    }

    private static void titles(Document doc, JsonLdArticle.Found jsonLd, Element headline, Map<String, String> m) {
        put(m, TITLE, meta(doc, "meta[property=og:title]", "meta[name=twitter:title]", "meta[property=twitter:title]"));
        put(m, HTML_TITLE, doc.title());
        put(m, TITLE, m.get(HTML_TITLE));
        put(m, JSON_LD_HEADLINE, jsonLd.headline());
        put(m, HEADLINE, headline == null ? null : headline.text());
    }

    /** The article's headline element: one marked as such, else the page's longest {@code <h1>} outside the furniture. */
    private static Element headlineElement(Document doc) {
        Element marked = doc.selectFirst("article h1, main h1, h1[itemprop=headline], [itemprop=headline]:not(meta), h1.entry-title, "
                + "h1.post-title, h1.article-title, h1.title");
        if (marked != null && !marked.text().isBlank()) {
            return marked;
        }
        Element longest = null;
        for (Element h1 : doc.select("h1")) {
            if (!inFurniture(h1) && !h1.text().isBlank() && (longest == null || h1.text().length() > longest.text().length())) {
                longest = h1;
            }
        }
        return longest;
    }

    private static void site(Document doc, JsonLdArticle.Found jsonLd, Map<String, String> m) {
        put(m, SITE_NAME, meta(doc, "meta[property=og:site_name]", "meta[name=og:site_name]"));
        put(m, APPLICATION_NAME, meta(doc, "meta[name=application-name]", "meta[name=apple-mobile-web-app-title]"));
        put(m, JSON_LD_PUBLISHER, jsonLd.publisher());
        put(m, TWITTER_SITE, meta(doc, "meta[name=twitter:site]", "meta[property=twitter:site]"));
        put(m, COPYRIGHT, meta(doc, "meta[name=copyright]", "meta[name=dcterms.rightsHolder]", "meta[name=rights]"));
        if (!m.containsKey(COPYRIGHT)) {
            put(m, COPYRIGHT, copyrightLine(doc));
        }
    }

    /** The shortest text of the page that carries a copyright mark, footers first. */
    private static String copyrightLine(Document doc) {
        String best = null;
        for (Element scope : doc.select("footer, [class~=(?i)footer|copyright], [id~=(?i)footer|copyright]")) {
            for (TextNode text : textNodesOf(scope)) {
                String line = text.text().strip();
                if (line.length() <= MAX_LINE_CHARS && COPYRIGHT_MARK.matcher(line).find() && (best == null || line.length() < best.length())) {
                    best = line;
                }
            }
        }
        return best;
    }

    private static List<TextNode> textNodesOf(Element scope) {
        List<TextNode> out = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                out.add(t);
            }
        }, scope);
        return out;
    }

    private static void published(Document doc, JsonLdArticle.Found jsonLd, Element headline, Map<String, String> m) {
        put(m, JSON_LD_PUBLISHED, jsonLd.datePublished());
        put(m, PUBLISHED_TIME, meta(doc, "meta[property=article:published_time]", "meta[name=article:published_time]",
                "meta[property=og:published_time]", "meta[property=article:published]"));
        put(m, DC_DATE, dublinCoreDate(doc));
        put(m, ITEMPROP_PUBLISHED, itempropDate(doc));
        put(m, TIME_ELEMENT, timeElement(doc));
        put(m, DATE_META, meta(doc, "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=publish_date]",
                "meta[name=date]", "meta[name=sailthru.date]", "meta[name=parsely-pub-date]", "meta[name=created]"));
        put(m, PUBLISHED_LINE, publishedLine(doc));
        put(m, HEADLINE_DATE_LINE, dateByHeadline(doc, headline));
    }

    private static String dublinCoreDate(Document doc) {
        String named = meta(doc, "meta[name=DC.date.issued]", "meta[name=dcterms.issued]", "meta[name=dc.date]",
                "meta[name=dcterms.date]", "meta[name=dcterms.created]", "meta[name=dc.date.created]");
        if (named != null) {
            return named;
        }
        // RDFa: property lists several terms (property="dc:date dc:created")
        for (Element e : doc.select("[property~=(?i)(^|\\s)(dc|dcterms):(date|issued|created)($|\\s)][content]")) {
            if (!e.attr("content").isBlank()) {
                return e.attr("content");
            }
        }
        return null;
    }

    private static String itempropDate(Document doc) {
        for (Element e : doc.select("[itemprop=datePublished]")) {
            String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            if (!v.isBlank() && !inFurniture(e)) {
                return v;
            }
        }
        return null;
    }

    /** The article's {@code <time datetime>}: one marked as the publication, else the first outside the furniture. */
    private static String timeElement(Document doc) {
        Element marked = doc.selectFirst("time[datetime][pubdate], time[datetime][class~=(?i)publish|posted|created]");
        if (marked != null && !inFurniture(marked)) {
            return marked.attr("datetime");
        }
        for (Element time : doc.select("time[datetime]")) {
            if (!inFurniture(time) && !UPDATE_CUE.matcher(time.parent() == null ? "" : time.parent().ownText()).find()
                    && !time.attr("class").toLowerCase(java.util.Locale.ROOT).contains("updat")) {
                return time.attr("datetime");
            }
        }
        return null;
    }

    /**
     * The visible "published" line: the text from a publication cue to the end of its element (or to an
     * "updated" cue), taken from the smallest element around the cue that also holds a digit; of several,
     * the first after the headline, else the nearest before it.
     */
    private static String publishedLine(Document doc) {
        Element body = doc.body();
        if (body == null || !PUBLICATION_CUE.matcher(body.text()).find()) {
            return null;
        }
        Element h1 = doc.selectFirst("h1");
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        boolean[] pastHeadline = {h1 == null};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node == h1) {
                    pastHeadline[0] = true;
                }
                if (node instanceof TextNode t && PUBLICATION_CUE.matcher(t.text()).find()) {
                    String line = lineAround(t);
                    if (line != null) {
                        (pastHeadline[0] ? after : before).add(line);
                    }
                }
            }
        }, body);
        if (!after.isEmpty()) {
            return after.get(0);
        }
        return before.isEmpty() ? null : before.get(before.size() - 1);
    }

    /**
     * The first short line with a year among the few blocks after the headline (before the first
     * paragraph), else among those just before it; never an "updated" line or one in the furniture. The
     * field extraction reads a date from it only if it holds a whole one.
     */
    private static String dateByHeadline(Document doc, Element h1) {
        if (h1 == null) {
            return null;
        }
        org.jsoup.select.Elements all = doc.getAllElements();
        int at = all.indexOf(h1);
        String after = dateLineAmong(all, at + h1.getAllElements().size(), 1);
        return after != null ? after : dateLineAmong(all, at - 1, -1);
    }

    private static String dateLineAmong(org.jsoup.select.Elements all, int from, int step) {
        int looked = 0;
        for (int i = from; i >= 0 && i < all.size() && looked < DATE_LINE_BLOCKS; i += step) {
            Element e = all.get(i);
            String own = e.ownText().strip();
            if (own.isEmpty()) {
                continue;
            }
            looked++;
            String line = e.text().strip();
            if (line.length() > MAX_LINE_CHARS) {
                return null; // a paragraph: the article has begun
            }
            if (YEAR.matcher(line).find() && !UPDATE_CUE.matcher(line).find() && !inFurniture(e)) {
                return line;
            }
        }
        return null;
    }

    private static String lineAround(TextNode cue) {
        Element scope = cue.parent();
        for (int up = 0; scope != null && up < 3; up++, scope = scope.parent()) {
            if (inFurniture(scope)) {
                return null;
            }
            String text = scope.text();
            if (text.length() > MAX_LINE_CHARS * 2) {
                return null;
            }
            Matcher cueAt = PUBLICATION_CUE.matcher(text);
            if (cueAt.find()) {
                String line = text.substring(cueAt.start());
                Matcher update = UPDATE_CUE.matcher(line);
                if (update.find(cueAt.end() - cueAt.start())) {
                    line = line.substring(0, update.start());
                }
                if (DIGIT.matcher(line).find()) {
                    return line.length() > MAX_LINE_CHARS ? line.substring(0, MAX_LINE_CHARS) : line.strip();
                }
            }
        }
        return null;
    }

    private static void authors(Document doc, JsonLdArticle.Found jsonLd, Map<String, String> m) {
        put(m, JSON_LD_AUTHOR, jsonLd.authors());
        put(m, BYLINE_MARKUP, bylineMarkup(doc));
        put(m, AUTHOR, meta(doc, "meta[name=author]", "meta[property=article:author]", "meta[name=byl]", "meta[name=dc.creator]"));
    }

    /**
     * The writer's name as the page marks it up: {@code itemprop=author} (its {@code name} inside), a
     * {@code rel=author} link, else the shortest element whose class or id says author, byline or writer.
     */
    private static String bylineMarkup(Document doc) {
        for (Element e : doc.select("[itemprop=author], [rel=author]")) {
            Element name = e.selectFirst("[itemprop=name]");
            String v = name != null ? (name.hasAttr("content") ? name.attr("content") : name.text())
                    : e.hasAttr("content") ? e.attr("content") : e.text();
            if (!v.isBlank() && v.length() <= MAX_BYLINE_CHARS && !inFurniture(e)) {
                return v;
            }
        }
        String best = null;
        for (Element e : doc.select("[class~=(?i)author|byline|writer|kateb], [id~=(?i)author|byline|writer]")) {
            String v = e.text().strip();
            if (!v.isBlank() && v.length() <= MAX_BYLINE_CHARS && !inFurniture(e) && (best == null || v.length() < best.length())) {
                best = v;
            }
        }
        return best;
    }

    /** Whether the element sits in a footer, sidebar, comment, related list or the like. */
    static boolean inFurniture(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.is(FURNITURE_TAGS) || FURNITURE.matcher(a.className() + " " + a.id()).find()) {
                return true;
            }
        }
        return false;
    }

    private static String meta(Document doc, String... selectors) {
        for (String selector : selectors) {
            for (Element e : doc.select(selector)) {
                String value = e.hasAttr("content") ? e.attr("content") : e.attr("href");
                if (!value.isBlank()) {
                    return value.strip();
                }
            }
        }
        return null;
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null && !value.isBlank() && !m.containsKey(key)) {
            m.put(key, value.strip().replaceAll("\\s+", " "));
        }
    }
}
