package org.marsad.core.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.chrono.HijrahDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.core.text.AnchoredMatches;
import org.marsad.core.text.Lexicon;

/**
 * Finds dates written in Arabic news copy: day, month and year with {@code /}, {@code -}, {@code ،} or
 * spaces; month names of the three families (يناير… / كانون الثاني، شباط… / جانفي، فيفري…) and the
 * paired forms {@code 10 أغسطس (آب)} and {@code 30 آذار/مارس}; weekday names; a following time with {@code ص}/{@code م}/
 * {@code صباحاً}/{@code مساءً}; Arabic-Indic and Persian digits; Hijri dates ({@code 15 رجب 1442هـ})
 * through {@code java.time}'s Hijrah chronology. Thread-safe.
 */
public final class ArabicDateParser {

    /**
     * A weekday before the date belongs to its expression. It is matched backwards from each date found, not tried
     * at every position of the text: as an optional prefix of the date patterns it took most of their time.
     */
    private static final Pattern DAY_NAME_BEFORE = Pattern.compile(
            "(?:يوم\\s+)?" + CalendarNames.weekdayAlternation() + "\\s*[،,\\-–]?\\s*$");
    private static final int DAY_NAME_WINDOW = 32;
    private static final String YEAR_WORD = Lexicon.named("year-words").alternation();
    private static final String G_MONTH = CalendarNames.gregorianAlternation();
    private static final String H_MONTH = CalendarNames.hijriAlternation();
    private static final String SEP = "\\s*[/\\-.]\\s*";
    private static final String TIME = "(?:\\s*[،,\\-–|]?\\s*(?:الساعة\\s*)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(" + CalendarNames.dayHalfAlternation() + ")?(?![\\p{L}\\d]))?";

    private static final Pattern DAY_MONTH_NAME_YEAR = Pattern.compile("(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?(" + G_MONTH
            + ")(?:\\s*\\(\\s*(?:" + G_MONTH + ")\\s*\\)|\\s*/\\s*(?:" + G_MONTH + "))?\\s*[،,]?\\s*(?:" + YEAR_WORD + "\\s+)?(\\d{4})(?!\\d)" + TIME);
    private static final Pattern DAY_SEP_MONTH_SEP_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})" + SEP + "(\\d{1,2}|" + G_MONTH + ")" + SEP
            + "(\\d{4})(?!\\d)" + TIME);
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?<!\\d)(\\d{4})[/\\-](\\d{1,2})[/\\-](\\d{1,2})(?!\\d)" + TIME);
    private static final Pattern HIJRI_DATE = Pattern.compile("(\\d{1,2})\\s+(?:من\\s+)?(" + H_MONTH + ")\\s*[،,]?\\s*(\\d{4})\\s*(?:هـ|ه)?(?![\\p{L}])");

    /** The first date in {@code text}, or empty. */
    public Optional<ParsedDate> first(String text) {
        return all(text).stream().findFirst();
    }

    /** Every date in {@code text}, in order; overlapping readings keep the longest. */
    public List<ParsedDate> all(String text) {
        String s = asciiDigits(text);
        List<ParsedDate> found = new ArrayList<>();
        // every date begins with a number: the patterns are tried there only
        int[] starts = AnchoredMatches.numberStarts(s, 1, Integer.MAX_VALUE);
        collect(found, AnchoredMatches.at(DAY_MONTH_NAME_YEAR, s, starts), text, 1, 2, 3, 4, false);
        collect(found, AnchoredMatches.at(DAY_SEP_MONTH_SEP_YEAR, s, starts), text, 1, 2, 3, 4, false);
        collect(found, AnchoredMatches.at(YEAR_MONTH_DAY, s, starts), text, 3, 2, 1, 4, false);
        collect(found, AnchoredMatches.at(HIJRI_DATE, s, starts), text, 1, 2, 3, -1, true);
        found.sort(Comparator.comparingInt(ParsedDate::start).thenComparing(d -> -d.expression().length()));
        List<ParsedDate> kept = new ArrayList<>();
        int end = -1;
        for (ParsedDate d : found) {
            if (d.start() >= end) {
                kept.add(d);
                end = d.start() + d.expression().length();
            }
        }
        return kept;
    }

    private static void collect(List<ParsedDate> out, List<MatchResult> matches, String original, int dayGroup, int monthGroup,
            int yearGroup, int timeGroup, boolean hijri) {
        for (MatchResult m : matches) {
            try {
                int day = Integer.parseInt(m.group(dayGroup));
                int month = monthOf(m.group(monthGroup), hijri);
                int year = Integer.parseInt(m.group(yearGroup));
                LocalDate date = hijri ? LocalDate.from(HijrahDate.of(year, month, day)) : LocalDate.of(year, month, day);
                if (!hijri && (year < 1900 || year > 2100)) {
                    continue;
                }
                LocalTime time = timeGroup < 0 ? null : time(m, timeGroup);
                int start = withDayName(original, m.start());
                String expression = original.substring(start, m.end()).strip();
                out.add(new ParsedDate(date, time, null, expression, start + leading(original.substring(start, m.end())), hijri));
            } catch (DateTimeException | NumberFormatException e) {
                // not a real date (31 February, month 13): not a date at all
            }
        }
    }

    private static int withDayName(String text, int dateStart) {
        int from = Math.max(0, dateStart - DAY_NAME_WINDOW);
        Matcher day = DAY_NAME_BEFORE.matcher(text.substring(from, dateStart));
        return day.find() ? from + day.start() : dateStart;
    }

    private static LocalTime time(MatchResult m, int hourGroup) {
        if (m.group(hourGroup) == null) {
            return null;
        }
        int hour = Integer.parseInt(m.group(hourGroup));
        int minute = Integer.parseInt(m.group(hourGroup + 1));
        int second = m.group(hourGroup + 2) == null ? 0 : Integer.parseInt(m.group(hourGroup + 2));
        String half = m.group(hourGroup + 3);
        if (half != null) {
            boolean afternoon = CalendarNames.isAfternoon(half);
            if (afternoon && hour < 12) {
                hour += 12;
            } else if (!afternoon && hour == 12) {
                hour = 0;
            }
        }
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute, second) : null;
    }

    private static int monthOf(String token, boolean hijri) {
        if (Character.isDigit(token.charAt(0))) {
            int month = Integer.parseInt(token);
            if (month < 1 || month > 12) {
                throw new NumberFormatException("month " + month);
            }
            return month;
        }
        Integer month = CalendarNames.month(token, hijri);
        if (month == null) {
            throw new NumberFormatException(token);
        }
        return month;
    }

    /** Arabic-Indic and Persian digits as ASCII digits; the text keeps its length. */
    public static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + c - '\u06F0'));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
