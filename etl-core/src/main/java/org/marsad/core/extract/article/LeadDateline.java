package org.marsad.core.extract.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline a wire story opens its first paragraph with: {@code دبي، الإمارات العربية المتحدة (CNN)-- أعلنت …},
 * {@code بيروت (رويترز) - قال …}, {@code (CNN)-- …}, and the press's {@code باماكو - رويترز: أكدت …}, {@code الرياض - واس:},
 * {@code حاتم العميري - سبق - مكة المكرمة: …} (an author may come first). The place (its first part) is where the copy was filed and the
 * name in parentheses the outlet: fields of the article, and no place the story is about. The body keeps it, as
 * the texts other extractors are measured against do (goose3, newspaper3k); the facts read past it. Only a place
 * the place list knows and an outlet the registry knows make one.
 */
public final class LeadDateline {

    /** Up to six words and a comma before the parentheses, a dash of any length after them. */
    private static final Pattern LEAD = Pattern.compile(
            "^[\\s\\u200F\\u202B\\u202C]*((?:[\\p{IsArabic}]+[ ،,]*){0,6}?)\\s*\\(([^()]{2,30})\\)\\s*(?:--|[-–—ـ])+\\s*");

    /** Two or three short parts joined by spaced dashes, then a colon: place, outlet and perhaps an author, in any order. */
    private static final Pattern DASHED = Pattern.compile("^[\\s\\u200F\\u202B\\u202C]*([^:\\n«»\"()]{3,80}?)\\s*:\\s*");
    private static final Pattern SPACED_DASH = Pattern.compile("\\s+[-–—]+\\s+");

    /** @param end where the story begins after the dateline */
    public record Lead(String place, String outlet, int end) {
    }

    private final PlaceNames places;
    private final OutletRegistry outlets;

    LeadDateline(PlaceNames places, OutletRegistry outlets) {
        this.places = places;
        this.outlets = outlets;
    }

    public static LeadDateline standard() {
        return new LeadDateline(PlaceNames.standard(), OutletRegistry.standard());
    }

    /** The dateline the text opens with, if it opens with one. */
    public Optional<Lead> of(String body) {
        Matcher m = LEAD.matcher(body);
        if (!m.find()) {
            return dashed(body);
        }
        Optional<String> outlet = outlets.canonical(m.group(2).strip());
        String where = m.group(1).strip();
        String place = where.isEmpty() ? null : where.split("\\s*[،,]\\s*")[0].strip();
        if (outlet.isEmpty() || place != null && !places.isPlace(place)) {
            return Optional.empty();
        }
        return Optional.of(new Lead(place, outlet.get(), m.end()));
    }

    private Optional<Lead> dashed(String body) {
        Matcher m = DASHED.matcher(body);
        if (!m.find()) {
            return Optional.empty();
        }
        String[] parts = SPACED_DASH.split(m.group(1).strip());
        if (parts.length < 2 || parts.length > 3) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (part.strip().split("\\s+").length > 4) {
                return Optional.empty();
            }
        }
        // a name can be both (الرياض, the city and the paper): the place is a part that names no other outlet
        String place = null;
        String outlet = null;
        for (int i = 0; i < parts.length && place == null; i++) {
            String p = parts[i].strip();
            if (!places.isPlace(p)) {
                continue;
            }
            for (int j = 0; j < parts.length && outlet == null; j++) {
                if (j != i) {
                    outlet = outlets.canonical(parts[j].strip()).orElse(null);
                }
            }
            place = outlet == null ? null : p;
        }
        return place == null || outlet == null ? Optional.empty() : Optional.of(new Lead(place, outlet, m.end()));
    }
}
