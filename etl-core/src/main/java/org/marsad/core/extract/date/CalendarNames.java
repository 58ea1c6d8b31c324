package org.marsad.core.extract.date;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.Lexicon;
import org.marsad.core.text.WordAlternation;

/**
 * The names of months (Gregorian in its three Arab families, Hijri), weekdays and halves of the day,
 * from the lexicon files {@code months.tsv}, {@code weekdays.tsv} and {@code day-halves.tsv}: what the
 * date parser, the date mentions and the calendar dimension all read.
 */
public final class CalendarNames {

    private static final Map<String, Integer> GREGORIAN = new LinkedHashMap<>();
    private static final Map<String, Integer> HIJRI = new LinkedHashMap<>();
    private static final Map<Integer, String> GREGORIAN_SHOWN = new HashMap<>();
    private static final Map<Integer, String> WEEKDAYS_SHOWN = new HashMap<>();
    private static final Lexicon WEEKDAYS = Lexicon.table("weekdays");
    private static final Map<String, java.time.DayOfWeek> WEEKDAY_OF = new HashMap<>();
    private static final Map<String, Boolean> AFTERNOON = new LinkedHashMap<>();

    static {
        for (String[] row : Lexicon.table("months").rows()) {
            int number = Integer.parseInt(row[1]);
            boolean hijri = row[0].equals("HIJRI");
            (hijri ? HIJRI : GREGORIAN).putIfAbsent(ArabicMatchKey.of(row[2]), number);
            if (!hijri) {
                GREGORIAN_SHOWN.putIfAbsent(number, row[2]);
            }
        }
        for (String[] row : WEEKDAYS.rows()) {
            WEEKDAYS_SHOWN.putIfAbsent(Integer.parseInt(row[0]), row[1]);
            WEEKDAY_OF.putIfAbsent(ArabicMatchKey.of(row[1]), java.time.DayOfWeek.of(Integer.parseInt(row[0])));
        }
        for (String[] row : Lexicon.table("day-halves").rows()) {
            AFTERNOON.put(row[1], row[0].equals("PM"));
        }
    }

    private CalendarNames() {
    }

    /** The name the calendar dimension shows for a Gregorian month (1-12). */
    public static String gregorianMonth(int month) {
        return GREGORIAN_SHOWN.get(month);
    }

    /** The name the calendar dimension shows for a weekday. */
    public static String weekday(DayOfWeek day) {
        return WEEKDAYS_SHOWN.get(day.getValue());
    }

    /** Any Gregorian month name, in any spelling; longer names win (كانون الثاني over كانون). */
    public static String gregorianAlternation() {
        return WordAlternation.folded(GREGORIAN.keySet());
    }

    static String hijriAlternation() {
        return WordAlternation.folded(HIJRI.keySet());
    }

    /** Any weekday name, in any spelling. */
    public static String weekdayAlternation() {
        return WordAlternation.folded(WEEKDAYS.rows().stream().map(r -> r[1]).toList());
    }

    /** The words after a clock time, as written (they hold Latin AM/PM in both cases). */
    static String dayHalfAlternation() {
        return WordAlternation.of(List.copyOf(AFTERNOON.keySet()));
    }

    static boolean isAfternoon(String half) {
        return Boolean.TRUE.equals(AFTERNOON.get(half));
    }

    /** The month a name found in the text stands for, or null. */
    static Integer month(String name, boolean hijri) {
        return (hijri ? HIJRI : GREGORIAN).get(ArabicMatchKey.of(name));
    }

    /** The Gregorian month (1-12) a name found in the text stands for, or null. */
    public static Integer gregorianMonthNumber(String name) {
        return month(name, false);
    }

    /** The weekday a name found in the text stands for, or null. */
    public static java.time.DayOfWeek weekdayOf(String name) {
        return WEEKDAY_OF.get(ArabicMatchKey.of(name));
    }
}
