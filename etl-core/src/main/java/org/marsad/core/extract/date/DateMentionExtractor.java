package org.marsad.core.extract.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.core.text.Lexicon;

import org.marsad.core.text.AnchoredMatches;

/**
 * The dates an article mentions about events, normalised with their granularity: whole days
 * ({@code 23 مارس 2019} → 2019-03-23), months ({@code سبتمبر 2014} → 2014-09), seasons and years
 * ({@code صيف عام 2014} → 2014, SEASON; {@code عام 2020} → 2020, YEAR), and days written without a
 * year ({@code الأربعاء الماضي 10 أغسطس}) resolved against the publication date when it is known.
 */
public final class DateMentionExtractor {

    private static final String YEAR_WORD = Lexicon.named("year-words").alternation();
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\d\\p{L}])(" + monthNames() + ")\\s*[،,]?\\s*(?:" + YEAR_WORD + "\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern SEASON_YEAR = Pattern.compile("(" + Lexicon.named("seasons").alternation() + ")\\s+(?:" + YEAR_WORD
            + "\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile(Lexicon.named("year-cues").alternation() + "\\s+(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+(" + monthNames() + ")(?!\\s*[،,]?\\s*(?:\\(|" + YEAR_WORD + ")?\\s*\\d{4})");

    /** How far before a year its month, season or cue word may begin ({@code صيف عام 2014}, {@code كانون الثاني، 2019}). */
    private static final int YEAR_CONTEXT = 40;

    private final ArabicDateParser days = new ArabicDateParser();

    public List<DateMention> extract(String text, LocalDate publishedOn) {
        String s = ArabicDateParser.asciiDigits(text);
        Map<Integer, DateMention> found = new LinkedHashMap<>();
        List<int[]> taken = new ArrayList<>();
        for (ParsedDate d : days.all(text)) {
            add(found, taken, d.start(), d.start() + d.expression().length(),
                    new DateMention(d.expression(), d.date().toString(), DateGranularity.DAY));
        }
        Matcher m = DAY_MONTH.matcher(s);
        while (m.find() && publishedOn != null) {
            LocalDate resolved = resolve(Integer.parseInt(m.group(1)), CalendarNames.month(m.group(2), false), publishedOn);
            if (resolved != null) {
                add(found, taken, m.start(), m.end(), new DateMention(text.substring(m.start(), m.end()), resolved.toString(), DateGranularity.DAY));
            }
        }
        int[] years = AnchoredMatches.numberStarts(s, 4, 4);
        for (MatchResult mm : endingAtYears(SEASON_YEAR, s, years)) {
            add(found, taken, mm.start(), mm.end(), new DateMention(text.substring(mm.start(), mm.end()), mm.group(2), DateGranularity.SEASON));
        }
        for (MatchResult mm : endingAtYears(MONTH_YEAR, s, years)) {
            String value = mm.group(2) + "-" + String.format("%02d", CalendarNames.month(mm.group(1), false));
            add(found, taken, mm.start(), mm.end(), new DateMention(text.substring(mm.start(), mm.end()), value, DateGranularity.MONTH));
        }
        for (MatchResult mm : endingAtYears(YEAR, s, years)) {
            int year = Integer.parseInt(mm.group(1));
            if (year >= 1900 && year <= 2100) {
                add(found, taken, mm.start(1), mm.end(1), new DateMention(text.substring(mm.start(), mm.end()), mm.group(1), DateGranularity.YEAR));
            }
        }
        List<Map.Entry<Integer, DateMention>> ordered = new ArrayList<>(found.entrySet());
        ordered.sort(Map.Entry.comparingByKey());
        List<DateMention> out = new ArrayList<>();
        ordered.forEach(e -> out.add(e.getValue()));
        return out;
    }

    /** A day and month without a year: the latest such day not after the publication date. */
    private static LocalDate resolve(int day, int month, LocalDate publishedOn) {
        try {
            LocalDate sameYear = LocalDate.of(publishedOn.getYear(), month, day);
            return sameYear.isAfter(publishedOn) ? sameYear.minusYears(1) : sameYear;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static void add(Map<Integer, DateMention> found, List<int[]> taken, int start, int end, DateMention mention) {
        for (int[] span : taken) {
            if (start < span[1] && end > span[0]) {
                return; // part of a more precise mention already found
            }
        }
        taken.add(new int[] {start, end});
        found.put(start, mention);
    }

    /**
     * The matches of a pattern that ends with a four-digit year, tried only in the few words before each year
     * rather than from every position of the text (the scan took most of this class's time).
     */
    private static List<MatchResult> endingAtYears(Pattern pattern, String s, int[] years) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        for (int year : years) {
            m.region(Math.max(0, year - YEAR_CONTEXT), year + 4);
            while (m.find()) {
                if (m.end() == year + 4) {
                    out.add(m.toMatchResult());
                    break;
                }
            }
        }
        return out;
    }

    private static String monthNames() {
        return CalendarNames.gregorianAlternation();
    }
}
