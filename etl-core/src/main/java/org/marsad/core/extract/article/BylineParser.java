package org.marsad.core.extract.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.core.text.Lexicon;

/**
 * Splits bylines and datelines: {@code نجران: ناصر الحقباني}, {@code جدة - عماد الحكمي (تصوير …)},
 * {@code العربية.نت - محمد جراح}, {@code القاهرة - بوابة الوسط}, {@code بقلم سارة علي}, initials such as
 * {@code ق/ د}. A part that is a known place is the dateline, a known outlet is the outlet, and what is
 * left, if it can be a name, is the author.
 */
final class BylineParser {

    private static final Pattern LEAD = Pattern.compile("^(?:" + Lexicon.named("byline-leads").alternation() + "|By)(?:\\s*[:：\\-–ـ]\\s*|\\s+)");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SPLIT = Pattern.compile("\\s*[:：]\\s*|\\s+[-–ـ]\\s*|\\s*[-–ـ]\\s+|(?<=\\p{IsArabic})-(?=\\p{IsArabic})");
    private static final Pattern INITIALS = Pattern.compile("^(\\p{L}{1,2}\\s*/\\s*\\p{L}{1,2})(\\s+\\1)*$");
    private static final Pattern NAME = Pattern.compile("^[\\p{IsArabic}\\p{L}.'’ ]{2,60}$");
    private static final int MAX_NAME_WORDS = 5;

    private final PlaceNames places;
    private final OutletRegistry outlets;

    BylineParser(PlaceNames places, OutletRegistry outlets) {
        this.places = places;
        this.outlets = outlets;
    }

    Byline parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Byline.NONE;
        }
        String placed = placeBeforeItsCountry(raw);
        String quotedOutlet = quotedOutlet(raw);
        String s = PARENTHESES.matcher(raw).replaceAll(" ").replaceAll("[«»\"]", "").replaceAll("\\s+", " ").strip();
        Matcher initials = INITIALS.matcher(s);
        if (initials.matches()) {
            return new Byline(initials.group(1), null, null);
        }
        s = LEAD.matcher(s).replaceFirst("");
        String[] parts = SPLIT.split(s, 3); // place - outlet: writer
        String dateline = null;
        String outlet = null;
        String author = null;
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Optional<String> named = outlet == null ? outlets.canonical(p) : Optional.empty();
            if (named.isPresent() && named.get().equals(quotedOutlet)) {
                outlet = named.get(); // نجران: «الشرق الأوسط», the paper's name in quotes, never the region
            } else if (dateline == null && placed != null && placed.startsWith(p + " (")) {
                dateline = placed;
            } else if (dateline == null && places.isPlace(p)) {
                dateline = p;
            } else if (named.isPresent()) {
                outlet = named.get();
            } else if (author == null && looksLikeName(p)) {
                author = p;
            }
        }
        return new Byline(author, dateline, outlet);
    }

    /**
     * تشاتانوغا (الولايات المتحدة): «الشرق الأوسط»: a first part followed by a known place in parentheses is a place
     * in it, kept with it as written (the place alone is often one no list has).
     */
    private String placeBeforeItsCountry(String raw) {
        Matcher m = PLACE_IN_COUNTRY.matcher(raw);
        return m.find() && places.isPlace(m.group(2).strip()) ? m.group(1).strip() + " (" + m.group(2).strip() + ")" : null;
    }

    /** The outlet a byline names in quotes («الشرق الأوسط»), or null. */
    private String quotedOutlet(String raw) {
        Matcher m = QUOTED.matcher(raw);
        return m.find() ? outlets.canonical(m.group(1).strip()).orElse(null) : null;
    }

    private static final Pattern PLACE_IN_COUNTRY = Pattern.compile("^\\s*([\\p{IsArabic} ]{2,40}?)\\s*\\(([^)]{2,40})\\)\\s*[:：\\-–ـ]");
    private static final Pattern QUOTED = Pattern.compile("[«\"]([^»\"]{2,40})[»\"]");

    static boolean looksLikeName(String s) {
        int words = s.split("\\s+").length;
        return words <= MAX_NAME_WORDS && NAME.matcher(s).matches();
    }
}
