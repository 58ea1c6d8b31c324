package org.marsad.core.extract.article;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.marsad.core.clean.CleanedText;
import org.marsad.core.clean.RemovedLine;
import org.marsad.core.extract.date.ArabicDateParser;
import org.marsad.core.read.PageSignals;
import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.Lexicon;
import org.marsad.core.extract.date.ParsedDate;

/**
 * Reads title, outlet, byline, dateline, publication time and language. Fields a format carries
 * (feed records, HTML metadata) win over what the text's layout suggests; the layout is read from the
 * header: the short lines above the first paragraph. Every field records what decided it; a field
 * nothing states stays null. Thread-safe.
 */
public final class ArticleFieldsExtractor {

    private static final int MAX_HEADER_LINES = 8;
    private static final int MAX_TITLE_WORDS = 25;
    private static final int MAX_KICKER_WORDS = 4;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!؟?:]$");
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s,،\\-–ـ|]+|[\\s,،\\-–ـ|]+$");
    /** The words of a "published" or "updated" line around its date, which are no byline. */
    private static final Pattern DATE_LINE_WORDS = Pattern.compile(Lexicon.named("publication-cues").alternation() + "\\s*[:：]?|"
            + Lexicon.named("update-cues").alternation() + "\\s*[:：]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PUBLISHED_BY = Pattern.compile("^" + Lexicon.named("published-by").alternation() + "\\s+");

    private final OutletRegistry outlets;
    private final BylineParser bylines;
    private final LeadDateline leads;
    private final ArabicDateParser textDates = new ArabicDateParser();
    private final PublicationTimes publicationTimes = new PublicationTimes();
    private final LanguageGuesser languages = new LanguageGuesser();

    public ArticleFieldsExtractor(OutletRegistry outlets) {
        this.outlets = outlets;
        this.bylines = new BylineParser(PlaceNames.standard(), outlets);
        this.leads = new LeadDateline(PlaceNames.standard(), outlets);
    }

    public static ArticleFieldsExtractor standard() {
        return new ArticleFieldsExtractor(OutletRegistry.standard());
    }

    /**
     * @param path     the file's path (folders may name the outlet), may be null
     * @param metadata fields the format carried
     * @param cleaned  the cleaned text
     */
    public ArticleFields extract(String path, Map<String, String> metadata, CleanedText cleaned) {
        return extract(path, false, metadata, cleaned);
    }

    /**
     * @param webPage whether the text was read from a web page: its UTC time is also given in its readers' local time
     */
    public ArticleFields extract(String path, boolean webPage, Map<String, String> metadata, CleanedText cleaned) {
        Fields f = new Fields();
        List<String> lines = List.of(cleaned.text().split("\n", -1));
        List<Integer> header = headerLines(lines);
        Set<Integer> headerFields = new HashSet<>();

        SiteIdentity site = SiteIdentity.of(metadata, outlets);
        f.site = site;
        site.knownOutlet().ifPresent(o -> f.set("source", o.value(), o.by()));
        title(f, metadata, site);
        List<PublicationTimes.Candidate> stated = publicationTimes.stated(metadata);
        stated.forEach(c -> f.setDate(c.date(), "metadata:" + c.signal()));
        authors(f, metadata, site);

        readHeader(f, lines, header, headerFields, cleaned);
        outletFromCaptured(f, cleaned.captured().get(CleanedText.OUTLET_LINE));
        outlets.byUrl(metadata.get(PageSignals.URL)).ifPresent(o -> f.set("source", o, "registry:url-domain"));
        outletFromPath(f, path);
        site.statedOutlet().ifPresent(o -> f.set("source", o.value(), o.by()));
        publicationTimes.fromUrl(metadata.get(PageSignals.URL)).ifPresent(d -> f.setDate(d, "url-path"));
        if (webPage && f.published != null && f.decidedBy.get("published_at").startsWith("metadata:")) {
            publicationTimes.localised(f.published, stated, outlets.timeZone(f.source))
                    .ifPresent(local -> f.relocate(local.date(), local.signal()));
        }

        String body = body(lines, headerFields);
        leads.of(body).ifPresent(lead -> {
            f.set("dateline", lead.place(), "layout:lead-dateline");
            f.set("source", lead.outlet(), "layout:lead-dateline");
        });
        f.set("language", languages.guess(body), "script-and-stopwords");
        return new ArticleFields(f.title, f.source, f.author, f.dateline, f.published, f.language, body, f.decidedBy);
    }

    /**
     * The headline: the page's titles without the site's name; the headline element of the page where
     * those titles disagree or one adds words to it.
     */
    private static void title(Fields f, Map<String, String> metadata, SiteIdentity site) {
        String h1 = metadata.get(PageSignals.HEADLINE);
        List<Title> titles = new ArrayList<>();
        for (String signal : List.of(PageSignals.TITLE, PageSignals.JSON_LD_HEADLINE, PageSignals.HTML_TITLE)) {
            String value = metadata.get(signal);
            if (value == null) {
                continue;
            }
            String headline = site.withoutSiteName(value, f.source);
            if (!headline.isBlank() && !site.names(headline, f.source)) {
                titles.add(new Title(headline, headline.equals(value.strip()) ? "metadata:" + signal : "metadata:" + signal + " without the site name"));
            }
        }
        boolean h1Usable = h1 != null && h1.strip().split("\\s+").length >= 2 && !site.names(h1, f.source)
                && titles.stream().anyMatch(t -> sharesMostWords(h1, t.text()));
        if (titles.isEmpty()) {
            f.set("title", h1Usable ? h1 : null, "metadata:" + PageSignals.HEADLINE);
            return;
        }
        String first = matchKey(titles.get(0).text());
        boolean disagree = titles.stream().map(t -> matchKey(t.text())).distinct().count() > 1;
        if (h1Usable && !first.equals(matchKey(h1)) && (disagree || first.contains(matchKey(h1)))) {
            f.set("title", h1, "metadata:" + PageSignals.HEADLINE + " (the titles disagree)");
            return;
        }
        f.set("title", titles.get(0).text(), titles.get(0).by());
    }

    /** A title the page states, without the site's name, and which signal stated it. */
    private record Title(String text, String by) {
    }

    private static boolean sharesMostWords(String a, String b) {
        Set<String> words = new HashSet<>(List.of(matchKey(b).split(" ")));
        String[] own = matchKey(a).split(" ");
        int shared = 0;
        for (String w : own) {
            if (words.contains(w)) {
                shared++;
            }
        }
        return shared * 2 >= own.length;
    }

    private static String matchKey(String text) {
        return ArabicMatchKey.of(key(text));
    }

    /** JSON-LD authors as they are; byline markup and the author meta read as bylines; none that is the site itself. */
    private void authors(Fields f, Map<String, String> metadata, SiteIdentity site) {
        String people = metadata.get(PageSignals.JSON_LD_AUTHOR);
        if (people != null && !site.names(people, f.source)) {
            f.set("author", people, "metadata:" + PageSignals.JSON_LD_AUTHOR);
        }
        for (String signal : List.of(PageSignals.BYLINE_MARKUP, PageSignals.AUTHOR)) {
            String value = metadata.get(signal);
            if (value != null && !site.names(value, f.source)) {
                applyByline(f, bylines.parse(value), "metadata:" + signal);
            }
        }
    }

    /** Short lines above the first paragraph, at most eight; none when the text opens with a paragraph. */
    private static List<Integer> headerLines(List<String> lines) {
        List<Integer> header = new ArrayList<>();
        for (int i = 0; i < lines.size() && header.size() < MAX_HEADER_LINES; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (isParagraph(line)) {
                break;
            }
            header.add(i);
        }
        return header;
    }

    private static boolean isParagraph(String line) {
        int words = line.split("\\s+").length;
        return words > MAX_TITLE_WORDS || words >= 12 && SENTENCE_END.matcher(line).find();
    }

    private void readHeader(Fields f, List<String> lines, List<Integer> header, Set<Integer> headerFields, CleanedText cleaned) {
        Set<String> repeated = new HashSet<>();
        for (RemovedLine r : cleaned.removed()) {
            if (r.rule().equals("REPEATED_LINE")) {
                repeated.add(key(r.text()));
            }
        }
        List<Integer> untyped = new ArrayList<>();
        for (int i : header) {
            String line = lines.get(i).strip();
            if (readDateLine(f, line) || readOutletLine(f, line) || readBylineLine(f, line, !untyped.isEmpty() || f.title != null)) {
                headerFields.add(i);
            } else {
                untyped.add(i);
            }
        }
        chooseTitle(f, lines, untyped, repeated, headerFields);
    }

    /** A line that is a date, or a date with a dateline or byline around it. */
    private boolean readDateLine(Fields f, String line) {
        Optional<ParsedDate> date = textDates.first(line);
        if (date.isEmpty()) {
            return false;
        }
        String rest = SEPARATORS.matcher(DATE_LINE_WORDS.matcher(line.replace(date.get().expression(), " ")).replaceAll(" ")).replaceAll("").strip();
        if (rest.split("\\s+").length > 6) {
            return false; // a sentence that mentions a date, not a date line
        }
        f.setDate(date.get(), "layout:header-date");
        if (!rest.isEmpty()) {
            applyByline(f, bylines.parse(rest), "layout:header-date-line");
        }
        return true;
    }

    private boolean readOutletLine(Fields f, String line) {
        Optional<String> outlet = outlets.canonical(line);
        outlet.ifPresent(o -> f.set("source", o, "layout:outlet-line"));
        return outlet.isPresent();
    }

    /** A byline below the headline: a marked byline, place and name, or a lone name. */
    private boolean readBylineLine(Fields f, String line, boolean belowHeadline) {
        if (!belowHeadline || line.split("\\s+").length > 8) {
            return false;
        }
        Byline byline = bylines.parse(line);
        boolean plausible = byline.dateline() != null || byline.outlet() != null
                || byline.author() != null && (line.contains("/") || line.split("\\s+").length <= 4);
        if (!plausible) {
            return false;
        }
        applyByline(f, byline, "layout:header-byline");
        return true;
    }

    /**
     * The headline is the first header line left, unless that is a kicker (a short section label above a
     * longer line); a line the page printed twice (headline and caption) is the headline in any case. The metadata title, when there is one, is removed from the
     * body if the page repeats it.
     */
    private static void chooseTitle(Fields f, List<String> lines, List<Integer> untyped, Set<String> repeated, Set<Integer> headerFields) {
        Integer chosen = null;
        for (int i : untyped) {
            if (repeated.contains(key(lines.get(i)))) {
                chosen = i;
                break;
            }
        }
        if (chosen == null && !untyped.isEmpty() && canBeHeadline(lines, untyped.get(0))) {
            chosen = untyped.get(0);
            if (untyped.size() > 1 && isKicker(lines.get(chosen), lines.get(untyped.get(1))) && canBeHeadline(lines, untyped.get(1))) {
                chosen = untyped.get(1);
            }
        }
        if (f.title != null) {
            for (int i : untyped) {
                if (key(lines.get(i)).equals(key(f.title))) {
                    headerFields.add(i);
                }
            }
            return;
        }
        if (chosen != null) {
            f.set("title", lines.get(chosen).strip(), repeated.contains(key(lines.get(chosen))) ? "layout:repeated-headline" : "layout:first-line");
            for (int i : untyped) {
                if (i <= chosen) {
                    headerFields.add(i); // the headline and any kicker above it
                }
            }
        }
    }

    /** A section label above the headline: a few words, shorter than the line that follows it. */
    private static boolean isKicker(String first, String next) {
        int words = first.strip().split("\\s+").length;
        return words <= MAX_KICKER_WORDS && next.strip().split("\\s+").length > words;
    }

    /**
     * A headline does not end a sentence with a full stop, and it stands above text: the first sentence
     * of a one-paragraph item is not passed off as a headline.
     */
    private static boolean canBeHeadline(List<String> lines, int index) {
        String line = lines.get(index).strip();
        if (line.endsWith(".") && !line.endsWith("..")) {
            return false;
        }
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private void outletFromCaptured(Fields f, String outletLine) {
        if (outletLine == null) {
            return;
        }
        String name = PUBLISHED_BY.matcher(outletLine).replaceFirst("");
        for (String part : name.split("\\s+[-–ـ]\\s+|\\s*[:،,]\\s*")) {
            Optional<String> outlet = outlets.canonical(part);
            if (outlet.isPresent()) {
                f.set("source", outlet.get(), "layout:outlet-header");
                return;
            }
        }
    }

    private void outletFromPath(Fields f, String path) {
        if (path == null) {
            return;
        }
        String[] segments = path.replace('\\', '/').split("/");
        for (int i = segments.length - 2; i >= 0; i--) {
            Optional<String> outlet = outlets.canonical(segments[i]);
            if (outlet.isPresent()) {
                f.set("source", outlet.get(), "registry:folder");
                return;
            }
        }
    }

    /** A byline's parts; a writer that is the site itself ({@code الميادين نت}) is no author. */
    private static void applyByline(Fields f, Byline byline, String decidedBy) {
        if (byline.author() != null && (f.site == null || !f.site.names(byline.author(), f.source))) {
            f.set("author", byline.author(), decidedBy);
        }
        f.set("dateline", byline.dateline(), decidedBy);
        f.set("source", byline.outlet(), decidedBy);
    }

    private static String body(List<String> lines, Set<Integer> headerFields) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!headerFields.contains(i)) {
                kept.add(lines.get(i));
            }
        }
        return String.join("\n", kept).replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String key(String line) {
        return line.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static final LocalDate EARLIEST_PUBLICATION = LocalDate.of(1900, 1, 1);

    /** Fields as they are decided: the first source to set a field wins. */
    private static final class Fields {
        String title;
        String source;
        String author;
        String dateline;
        ParsedDate published;
        String language;
        SiteIdentity site;
        final Map<String, String> decidedBy = new LinkedHashMap<>();

        void set(String field, String value, String by) {
            if (value == null || value.isBlank() || decidedBy.containsKey(field)) {
                return;
            }
            String v = value.strip();
            switch (field) {
                case "title" -> title = v;
                case "source" -> source = v;
                case "author" -> author = v;
                case "dateline" -> dateline = v;
                case "language" -> language = v;
                default -> throw new IllegalArgumentException(field);
            }
            decidedBy.put(field, by);
        }

        /**
         * A publication time before 1900 or after tomorrow (UTC) is a feed's placeholder or typo, not a
         * date: it is left out, and why is kept beside the fields' provenance, so a later signal may decide.
         */
        void setDate(ParsedDate date, String by) {
            if (decidedBy.containsKey("published_at")) {
                return;
            }
            if (date.date().isBefore(EARLIEST_PUBLICATION) || date.date().isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
                decidedBy.putIfAbsent("published_at.rejected", by + ": " + date.date() + " is outside 1900 to tomorrow");
                return;
            }
            published = date;
            decidedBy.put("published_at", by);
        }

        /** The same moment in another offset (a page's UTC time in its readers' local time). */
        void relocate(ParsedDate date, String how) {
            published = date;
            decidedBy.put("published_at", decidedBy.get("published_at") + ", " + how);
        }
    }
}
