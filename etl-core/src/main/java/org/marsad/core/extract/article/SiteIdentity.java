package org.marsad.core.extract.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.core.read.PageSignals;
import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.Lexicon;

/**
 * Who a page says published it, from every signal it carries about itself (site name, application
 * name, JSON-LD publisher, social handle, copyright line, an {@code author} meta that is the site, the
 * name a title carries beside the headline, the domain), and the headline freed of that name. The
 * signals are weighed in the order listed; a name the registry knows wins over one it does not.
 */
final class SiteIdentity {

    /** The site signals in their order of trust, each a metadata key of {@link PageSignals}. */
    static final List<String> ORDER = List.of(PageSignals.SITE_NAME, PageSignals.APPLICATION_NAME, PageSignals.JSON_LD_PUBLISHER,
            PageSignals.TWITTER_SITE, PageSignals.COPYRIGHT, PageSignals.AUTHOR);
    /** What stands between a headline and a site name in a title: a dash, bar, colon, bullet or guillemet. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—|•·:»«]+\\s+|\\s*[|]\\s*|:\\s+|\\s+::\\s+");
    /** Where a stated name joins two names of the site ({@code Masrawy-مصراوي}, {@code … - وفا}). */
    private static final Pattern PARTS = Pattern.compile("\\s*[-–—|/]\\s*|\\s+:\\s+");
    private static final Pattern SEPARATOR_AT_END = Pattern.compile("(?:" + SEPARATOR.pattern() + ")$");
    private static final Pattern COPYRIGHT_WORDS = Pattern.compile("©|\\(c\\)|\\b(?:19|20)\\d\\d\\b(?:\\s*[-–]\\s*(?:19|20)\\d\\d)?|"
            + Lexicon.named("copyright-leads").alternation() + "|[.,،]\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TO_PREFIX = Pattern.compile("^(?:لـ|ل\\s|لـ\\s|to\\s|for\\s|by\\s)\\s*|^[\\s\\-–:]+|[\\s\\-–:|]+$",
            Pattern.CASE_INSENSITIVE);
    private static final Lexicon DESCRIPTORS = Lexicon.named("outlet-descriptors");
    private static final Lexicon OUTLET_KINDS = Lexicon.named("outlet-kind-words");
    private static final Lexicon NATIONALITIES = Lexicon.named("nationality-adjectives");
    private static final Pattern QUOTES = Pattern.compile("[«»\"“”'@]");
    private static final int MAX_AFFIX_WORDS = 6;
    private static final int MIN_NAME_KEY_CHARS = 3;

    /** A value and what decided it. */
    record Decided(String value, String by) {
    }

    private final OutletRegistry outlets;
    private final Map<String, String> names = new LinkedHashMap<>(); // signal -> the name it states
    /** The match keys of every name the site goes by (its signals' names, its host and host label), once the signals are read. */
    private final List<String> keys = new ArrayList<>();
    private final String url;
    private final String host;

    private SiteIdentity(OutletRegistry outlets, String url) {
        this.outlets = outlets;
        this.url = url;
        this.host = OutletRegistry.host(url);
    }

    static SiteIdentity of(Map<String, String> metadata, OutletRegistry outlets) {
        SiteIdentity site = new SiteIdentity(outlets, metadata.get(PageSignals.URL));
        for (String signal : ORDER) {
            String name = statedName(signal, metadata.get(signal));
            if (name != null && !(signal.equals(PageSignals.AUTHOR) && outlets.canonical(name).isEmpty())) {
                site.names.put(signal, name);
            }
        }
        String affix = titleAffix(metadata.get(PageSignals.TITLE), metadata.get(PageSignals.HTML_TITLE));
        if (affix != null) {
            site.names.put("title-affix", affix);
        }
        site.names.values().forEach(n -> site.keys.add(ArabicMatchKey.of(QUOTES.matcher(n).replaceAll(""))));
        if (site.host != null) {
            String label = site.host.replaceFirst("^(www|ar|arabic|m)\\.", "");
            site.keys.add(label);
            site.keys.add(label.substring(0, label.indexOf('.') < 0 ? label.length() : label.indexOf('.')));
        }
        return site;
    }

    private static String statedName(String signal, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip();
        if (signal.equals(PageSignals.COPYRIGHT)) {
            name = TO_PREFIX.matcher(COPYRIGHT_WORDS.matcher(name).replaceAll(" ").strip()).replaceAll("").strip();
        } else if (signal.equals(PageSignals.TWITTER_SITE)) {
            name = name.replaceFirst("^@", "").replaceFirst("^https?://(www\\.)?(twitter|x)\\.com/", "").replace('_', ' ');
        }
        name = withoutGluedTo(name.strip());
        name = name.replaceAll("\\s+", " ").strip();
        return name.isEmpty() || name.split(" ").length > MAX_AFFIX_WORDS ? null : name;
    }

    /** {@code لوكالة عمون} is "to the agency Ammon": the preposition glued to a kind of outlet is no part of the name. */
    private static String withoutGluedTo(String name) {
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        return first.length() > 2 && first.startsWith("ل") && OUTLET_KINDS.contains(first.substring(1)) ? name.substring(1) : name;
    }

    /** What the page's {@code <title>} adds to its sharing title on one side, when that is all it adds. */
    private static String titleAffix(String shared, String page) {
        if (shared == null || page == null) {
            return null;
        }
        String s = shared.strip();
        String p = page.strip();
        if (p.length() <= s.length()) {
            return null;
        }
        boolean after = p.startsWith(s);
        if (!after && !p.endsWith(s)) {
            return null;
        }
        String rest = after ? p.substring(s.length()) : p.substring(0, p.length() - s.length());
        if (!(after ? SEPARATOR.matcher(rest).lookingAt() : SEPARATOR_AT_END.matcher(rest).find())) {
            return null; // the page title goes on with words, not with a separator and a name
        }
        String affix = TO_PREFIX.matcher(SEPARATOR.matcher(rest).replaceAll(" ")).replaceAll("").strip();
        return affix.isEmpty() || affix.split("\\s+").length > MAX_AFFIX_WORDS ? null : affix;
    }

    /**
     * The outlet by the first signal whose name the registry knows. Where the page's domain is an
     * outlet of the registry too and they differ, the domain wins: several countries have a الوطن or a
     * الشروق, but a host is one outlet's.
     */
    Optional<Decided> knownOutlet() {
        for (Map.Entry<String, String> name : names.entrySet()) {
            Optional<String> outlet = canonical(name.getValue());
            if (outlet.isPresent()) {
                Optional<String> byDomain = outlets.byUrl(url);
                if (byDomain.isPresent() && !byDomain.equals(outlet)) {
                    return Optional.of(new Decided(byDomain.get(), "registry:url-domain (the page names itself " + name.getValue() + ")"));
                }
                return Optional.of(new Decided(outlet.get(), "metadata:" + name.getKey()));
            }
        }
        return Optional.empty();
    }

    /** The name the site gives itself, for a site the registry does not know; its host when it names itself nowhere. */
    Optional<Decided> statedOutlet() {
        for (Map.Entry<String, String> name : names.entrySet()) {
            if (!name.getKey().equals(PageSignals.AUTHOR) && !name.getKey().equals(PageSignals.TWITTER_SITE)) {
                return Optional.of(new Decided(name.getValue(), "metadata:" + name.getKey() + " (not in the registry)"));
            }
        }
        if (names.containsKey(PageSignals.TWITTER_SITE)) {
            return Optional.of(new Decided(names.get(PageSignals.TWITTER_SITE), "metadata:twitter:site (not in the registry)"));
        }
        return Optional.ofNullable(host).map(h -> new Decided(h.replaceFirst("^www\\.", ""), "url-host (not in the registry)"));
    }

    /**
     * An outlet name looked up in the registry as it is, then each part of it between separators
     * ({@code Masrawy-مصراوي}, {@code وكالة الأنباء … - وفا}), each also without the descriptors that
     * trail it ({@code سبق الإلكترونية}, {@code معا الإخبارية}).
     */
    private Optional<String> canonical(String name) {
        List<String> variants = new ArrayList<>();
        variants.add(name);
        variants.addAll(List.of(PARTS.split(name)));
        for (String variant : variants) {
            String bare = QUOTES.matcher(variant).replaceAll("").strip();
            for (String candidate : List.of(bare, withoutTrailingDescriptors(bare))) {
                Optional<String> outlet = outlets.canonical(candidate);
                if (outlet.isPresent()) {
                    return outlet;
                }
            }
        }
        return Optional.empty();
    }

    private static String withoutTrailingDescriptors(String name) {
        List<String> words = new ArrayList<>(List.of(name.split("\\s+")));
        while (words.size() > 1 && isDescriptor(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    private static boolean isDescriptor(String word) {
        return DESCRIPTORS.contains(word) || NATIONALITIES.contains(ArabicMatchKey.of(word).replaceFirst("ه$", ""));
    }

    /**
     * Whether a few words are this site's name by any of its signals: the same name, a name the registry
     * gives the same outlet, the domain's name, or a short phrase holding the name ({@code جريدة الصباح
     * التونسية}).
     */
    boolean names(String text, String decidedOutlet) {
        return names(text, decidedOutlet, false);
    }

    /**
     * @param trailing whether the words end a title: only there may a longer phrase hold the name, since
     *                 a title opens with a name inside a phrase when it quotes someone ({@code وزيرة لـ CNN: …})
     */
    private boolean names(String text, String decidedOutlet, boolean trailing) {
        String bare = QUOTES.matcher(text).replaceAll("").strip();
        if (bare.isEmpty() || bare.split("\\s+").length > MAX_AFFIX_WORDS) {
            return false;
        }
        String key = ArabicMatchKey.of(bare);
        Optional<String> outlet = canonical(bare);
        if (outlet.isPresent() && (outlet.get().equals(decidedOutlet) || decidedOutlet == null && names.isEmpty())) {
            return true;
        }
        List<String> keys = this.keys;
        if (decidedOutlet != null) {
            keys = new ArrayList<>(this.keys);
            keys.add(ArabicMatchKey.of(decidedOutlet));
        }
        String squeezed = key.replace(" ", "").replace("-", "").replaceFirst("^www\\.", "").replaceFirst("\\.[a-z]{2,3}(\\.[a-z]{2})?$", "");
        for (String k : keys) {
            if (k.length() < MIN_NAME_KEY_CHARS) {
                continue;
            }
            boolean holds = trailing && (" " + key + " ").contains(" " + k + " ") && onlyDescriptorsBeside(key, k);
            if (key.equals(k) || squeezed.equals(k.replace(" ", "").replace("-", "")) || holds) {
                return true;
            }
        }
        return false;
    }

    /** Whether every word of the phrase beside the name is a kind of outlet, a nationality or a word like نيوز. */
    private static boolean onlyDescriptorsBeside(String phrase, String name) {
        String rest = (" " + phrase + " ").replace(" " + name + " ", " ").strip();
        for (String word : rest.split(" ")) {
            if (!word.isEmpty() && !isDescriptor(word) && !OUTLET_KINDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The title without the site's name before or after it (any separator), once on each side; the
     * title itself when neither end names the site.
     */
    String withoutSiteName(String title, String decidedOutlet) {
        String t = title.strip();
        for (int pass = 0; pass < 2; pass++) {
            List<int[]> seps = new ArrayList<>();
            Matcher m = SEPARATOR.matcher(t);
            while (m.find()) {
                seps.add(new int[] {m.start(), m.end()});
            }
            if (seps.isEmpty()) {
                break;
            }
            int[] last = seps.get(seps.size() - 1);
            int[] first = seps.get(0);
            if (names(t.substring(last[1]), decidedOutlet, true) && last[0] > 0) {
                t = t.substring(0, last[0]).strip();
            } else if (names(t.substring(0, first[0]), decidedOutlet) && first[1] < t.length()) {
                t = t.substring(first[1]).strip();
            } else {
                break;
            }
        }
        return t;
    }
}
