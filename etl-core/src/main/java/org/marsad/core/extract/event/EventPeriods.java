package org.marsad.core.extract.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.core.extract.date.CalendarNames;
import org.marsad.core.extract.date.DateMention;
import org.marsad.core.extract.date.DateMentionExtractor;
import org.marsad.core.extract.event.EventPeriod.Granularity;
import org.marsad.core.extract.quantity.Quantity;
import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.Lexicon;
import org.marsad.core.text.WordAlternation;

/**
 * When a count happened, from its sentence and the publication date: a date the sentence writes (في 2022,
 * 23 مارس, سبتمبر 2014), a weekday (الأربعاء الماضي: the last Wednesday before publication), a word
 * relative to the publication ({@code period-words.tsv}: العام الماضي, منذ مطلع العام, أمس), a month
 * alone (في مارس, منذ يناير); else the publication date, marked as such.
 */
final class EventPeriods {

    private record Relative(String phrase, String written, String unit, int offset, boolean toDate) {
    }

    private static final List<Relative> RELATIVE = relative();
    private static final Pattern RELATIVE_WORDS = Pattern.compile("(?<![\\p{L}])(" + WordAlternation.folded(RELATIVE.stream().map(Relative::written).toList())
            + ")(?![\\p{L}])");
    private static final Pattern WEEKDAY = Pattern.compile("(?<![\\p{L}])[وف]?(منذ\\s+)?(يوم\\s+)?(?:ال)?(" + CalendarNames.weekdayAlternation()
            + ")(\\s+(?:الماضي|المنصرم))?(?![\\p{L}])");
    private static final Pattern MONTH_ALONE = Pattern.compile("(?<![\\p{L}])(منذ|في|خلال|مطلع|بداية|أواخر|اواخر|نهاية)\\s+(?:شهر\\s+)?("
            + CalendarNames.gregorianAlternation() + ")(?![\\p{L}])(?!\\s*[،,]?\\s*(?:عام\\s+|العام\\s+)?\\d{4})");

    private final DateMentionExtractor dates = new DateMentionExtractor();

    private static List<Relative> relative() {
        List<Relative> out = new ArrayList<>();
        for (String[] row : Lexicon.table("period-words").rows()) {
            out.add(new Relative(ArabicMatchKey.of(row[0]), row[0], row[1], Integer.parseInt(row[2]), row[3].equals("to-date")));
        }
        out.sort((a, b) -> b.phrase().length() - a.phrase().length());
        return out;
    }

    /** @param published the publication date, or null (then only a sentence's full dates are read) */
    EventPeriod period(Quantity count, LocalDate published) {
        String sentence = count.sentence();
        for (DateMention d : dates.extract(sentence, published)) {
            return stated(d);
        }
        if (published == null) {
            return null;
        }
        // matched in the sentence as written (the patterns take any spelling), so the evidence quotes it
        EventPeriod p = weekday(sentence, count, published);
        if (p == null) {
            p = relativeTo(sentence, published);
        }
        if (p == null) {
            p = monthAlone(sentence, published);
        }
        return p != null ? p : new EventPeriod(published, published, Granularity.DAY, EventPeriod.PUBLICATION);
    }

    private static EventPeriod stated(DateMention d) {
        String[] parts = d.value().split("-");
        int year = Integer.parseInt(parts[0]);
        return switch (d.granularity()) {
            case DAY -> {
                LocalDate day = LocalDate.parse(d.value());
                yield new EventPeriod(day, day, Granularity.DAY, d.expression());
            }
            case MONTH -> {
                LocalDate first = LocalDate.of(year, Integer.parseInt(parts[1]), 1);
                yield new EventPeriod(first, first.with(TemporalAdjusters.lastDayOfMonth()), Granularity.MONTH, d.expression());
            }
            case SEASON -> new EventPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Granularity.SEASON, d.expression());
            case YEAR -> new EventPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Granularity.YEAR, d.expression());
        };
    }

    /** الأربعاء الماضي, يوم الاثنين: the latest such day before publication (الاثنين alone is also "the two"). */
    private static EventPeriod weekday(String sentence, Quantity count, LocalDate published) {
        Matcher m = WEEKDAY.matcher(sentence);
        EventPeriod nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            DayOfWeek day = CalendarNames.weekdayOf(m.group(3));
            boolean marked = m.group(2) != null || m.group(4) != null;
            if (day == null || day == DayOfWeek.MONDAY && !marked) {
                continue;
            }
            LocalDate d = published.with(TemporalAdjusters.previousOrSame(day));
            if (m.group(4) != null && d.equals(published)) {
                d = d.minusWeeks(1); // الأربعاء الماضي, written on a Wednesday, is a week back
            }
            boolean since = m.group(1) != null;
            EventPeriod p = since ? new EventPeriod(d, published, Granularity.SPAN, m.group().strip())
                    : new EventPeriod(d, d, Granularity.DAY, m.group().strip());
            // كشفت السلطات، السبت، عن مقتل ... في انفجار وقع مساء الجمعة: the day nearest the count, after it first
            int distance = m.start() >= count.end() ? m.start() - count.end() : 2 * (count.start() - m.end());
            if (distance < nearestDistance) {
                nearest = p;
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    private static EventPeriod relativeTo(String sentence, LocalDate published) {
        Matcher m = RELATIVE_WORDS.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String phrase = ArabicMatchKey.of(m.group(1));
        Relative r = RELATIVE.stream().filter(x -> x.phrase().equals(phrase)).findFirst().orElseThrow();
        LocalDate start;
        LocalDate end;
        Granularity granularity;
        switch (r.unit()) {
            case "YEAR" -> {
                start = published.plusYears(r.offset()).withDayOfYear(1);
                end = start.with(TemporalAdjusters.lastDayOfYear());
                granularity = Granularity.YEAR;
            }
            case "MONTH" -> {
                start = published.plusMonths(r.offset()).withDayOfMonth(1);
                end = start.with(TemporalAdjusters.lastDayOfMonth());
                granularity = Granularity.MONTH;
            }
            case "WEEK" -> {
                start = published.plusWeeks(r.offset()).minusDays(6);
                end = published.plusWeeks(r.offset());
                granularity = Granularity.WEEK;
            }
            default -> {
                start = published.plusDays(r.offset());
                end = start;
                granularity = Granularity.DAY;
            }
        }
        if (r.toDate()) {
            end = published;
            granularity = Granularity.SPAN;
        }
        return new EventPeriod(start, end, granularity, m.group(1));
    }

    /** في مارس, منذ يناير: the latest such month not after publication; after منذ, from it to publication. */
    private static EventPeriod monthAlone(String sentence, LocalDate published) {
        Matcher m = MONTH_ALONE.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        Integer month = CalendarNames.gregorianMonthNumber(m.group(2));
        if (month == null) {
            return null;
        }
        LocalDate first = LocalDate.of(published.getYear(), month, 1);
        if (first.isAfter(published)) {
            first = first.minusYears(1);
        }
        if (m.group(1).equals("منذ")) {
            return new EventPeriod(first, published, Granularity.SPAN, m.group().strip());
        }
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        return new EventPeriod(first, last.isAfter(published) ? published : last, Granularity.MONTH, m.group().strip());
    }
}
