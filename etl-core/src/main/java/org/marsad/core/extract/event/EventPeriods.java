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
import org.marsad.core.extract.quantity.QuantityKind;
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
    private static final Pattern RELATIVE_WORDS = Pattern.compile("(?<![\\p{L}])[وف]?(" + WordAlternation.folded(RELATIVE.stream().map(Relative::written).toList())
            + ")(?![\\p{L}])");
    /**
     * يوم, فجر, مساء الاثنين, مواجهات الاثنين: a time of day or a noun of what happened before a weekday marks it one
     * (الاثنين alone is as often "the two").
     */
    private static final Pattern WEEKDAY = Pattern.compile("(?<![\\p{L}])[وف]?(منذ\\s+)?((?:يوم|فجر|صباح|مساء|ليل|ليلة|ظهر|عصر|نهار|"
            + WordAlternation.folded(java.util.stream.Stream.concat(Lexicon.named("attack-nouns").entries().stream(),
                    Lexicon.named("clash-nouns").entries().stream()).toList()) + ")\\s+)?(?:ال)?(" + CalendarNames.weekdayAlternation()
            + ")(\\s+(?:الماضي|المنصرم))?(?![\\p{L}])");
    /** منذ مطلع 2018, خلال النصف الأول من العام 2015, في الربع الثالث من عام 2019: a part of a year the sentence writes. */
    private static final Pattern PART_OF_YEAR = Pattern.compile("(?<![\\p{L}])[وف]?(?:(منذ)\\s+|(?:خلال|في)\\s+)?"
            + "(مطلع|بداية|النصف\\s+ال[أا]ول|النصف\\s+الثاني|الربع\\s+ال[أا]ول|الربع\\s+الثاني|الربع\\s+الثالث|الربع\\s+الرابع)\\s+"
            + "(?:من\\s+)?(?:عام\\s+|العام\\s+|سنة\\s+|السنة\\s+)?((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern MONTH_ALONE = Pattern.compile("(?<![\\p{L}])[وف]?(منذ|في|خلال|مطلع|بداية|أواخر|اواخر|نهاية)\\s+(?:شهر\\s+)?("
            + CalendarNames.gregorianAlternation() + ")(?![\\p{L}])(?!\\s*[،,]?\\s*(?:عام\\s+|العام\\s+)?\\d{4})"
            + "(\\s*/\\s*\\p{L}+)?(\\s+من\\s+(?:العام|السنة|السنه)\\s+(?:الماضي|المنصرم|الفائت))?");

    private final DateMentionExtractor dates = new DateMentionExtractor();

    private static List<Relative> relative() {
        List<Relative> out = new ArrayList<>();
        for (String[] row : Lexicon.table("period-words").rows()) {
            out.add(new Relative(ArabicMatchKey.of(row[0]), row[0], row[1], Integer.parseInt(row[2]), row[3].equals("to-date")));
        }
        out.sort((a, b) -> b.phrase().length() - a.phrase().length());
        return out;
    }

    /**
     * @param published the publication date, or null (then only a sentence's dates are read)
     * @param collected with no publication date, the day the article was collected, or null: a date written without
     *                  its year (20 يوليو) takes the year that puts it on or before that day; a weekday or a relative
     *                  word is not read from it (a crawl is a day after publication as often as not)
     */
    EventPeriod period(Quantity count, LocalDate published, LocalDate collected) {
        String sentence = count.sentence();
        List<DateMention> full = dates.extract(sentence, published != null ? published : collected);
        Found written = full.isEmpty() || startsASince(count, full.get(0)) ? null : written(count, full.get(0), published);
        Found part = partOfYear(sentence, count, published);
        if (part != null && part.distance() < OTHER_CLAUSE && (written == null || part.distance() <= written.distance())) {
            return part.period(); // النصف الأول من العام 2015 says more than العام 2015 within it
        }
        // a full date first (وفي 20 سبتمبر 1984 … مقتل 24 شخصا، تبعها في 14 يونيو 1985), unless another clause's
        if (written != null && (written.distance() < OTHER_CLAUSE || published == null)) {
            return written.period();
        }
        if (published == null) {
            return null;
        }
        // matched in the sentence as written (the patterns take any spelling), so the evidence quotes it; of a weekday,
        // a month and a relative word, the one nearest the count (وفي يناير تسبب الإعصار بمقتل 51، وفي مارس من العام
        // الماضي قتل 78: January for the 51, March of last year for the 78), on a tie in that order
        Found best = written;
        for (Found f : new Found[] {weekday(sentence, count, published), monthAlone(sentence, count, published),
                relativeTo(sentence, count, published)}) {
            if (f != null && (best == null || f.distance() < best.distance())) {
                best = f;
            }
        }
        return best != null ? best.period() : new EventPeriod(published, published, Granularity.DAY, EventPeriod.PUBLICATION);
    }

    /** A period the sentence writes, and how far from the count it is written. */
    private record Found(EventPeriod period, int distance) {
    }

    /**
     * Whether the date is the start of a منذ in its clause while the count is an incident's: the worst crash since the
     * intervention began in September 2015 happened on Tuesday, not in 2015 (a count of a span since is no EVENT).
     */
    private static boolean startsASince(Quantity count, DateMention d) {
        int at = count.sentence().indexOf(d.expression());
        return count.kind() == QuantityKind.EVENT && at > 0 && SINCE_BEFORE.matcher(count.sentence().substring(Math.max(0, at - 100), at)).find();
    }

    /** من 20 إلى, بين 3 و: the first day of a range whose last day is the date written right after. */
    private static final Pattern DAY_RANGE_BEFORE = Pattern.compile("(?<![\\p{L}])(?:من|بين)\\s+([0-9٠-٩]{1,2})\\s*(?:إلى|الى|حتى|-|و)\\s*$");

    private static final Pattern SINCE_BEFORE = Pattern.compile("(?<![\\p{L}])منذ(?![\\p{L}])[^،,.؛:]*$");

    private static Found written(Quantity count, DateMention d, LocalDate published) {
        int at = count.sentence().indexOf(d.expression());
        EventPeriod period = stated(d);
        Matcher range = at > 0 ? DAY_RANGE_BEFORE.matcher(count.sentence().substring(Math.max(0, at - 30), at)) : null;
        if (range != null && range.find() && period.granularity() == Granularity.DAY) {
            // خلال الفترة من 20 إلى 31 يوليو: the days from the first number to the date written
            int first = Integer.parseInt(org.marsad.core.extract.date.ArabicDateParser.asciiDigits(range.group(1)));
            if (first >= 1 && first < period.start().getDayOfMonth()) {
                period = new EventPeriod(period.start().withDayOfMonth(first), period.end(), Granularity.SPAN, range.group().strip() + " " + d.expression());
            }
        }
        boolean since = at > 0 && SINCE_BEFORE.matcher(count.sentence().substring(Math.max(0, at - 100), at)).find();
        if (since && published != null && !period.start().isAfter(published)) {
            // منذ 30 آذار/مارس … شهدت مقتل 54: a total from that day to publication
            period = new EventPeriod(period.start(), published, Granularity.SPAN, "منذ " + d.expression());
        }
        return new Found(period, at < 0 ? 0 : distance(count, at, at + d.expression().length()));
    }

    /**
     * After the count counts once, before it twice (كشفت السلطات، السبت، عن مقتل … مساء الجمعة is Friday); after it past
     * the start of another clause (، وفي مارس, فيما) only when nothing else is said.
     */
    private static int distance(Quantity count, Matcher m) {
        return distance(count, m.start(), m.end());
    }

    private static int distance(Quantity count, int start, int end) {
        if (start < count.end()) {
            // وكانت تونس أعلنت … في مارس الماضي، في حين قتل 46: a time before فيما or في حين is the other clause's
            boolean otherClause = end <= count.start() && EventExtractor.CLAUSE_BREAK.matcher(count.sentence().substring(end, count.start())).find();
            return (otherClause ? OTHER_CLAUSE : 0) + 2 * Math.max(0, count.start() - end);
        }
        int after = start - count.end();
        // the expression's own first letters too: وفي مارس opens a clause of its own
        String between = count.sentence().substring(count.end(), Math.min(count.sentence().length(), start + 1));
        return NEXT_CLAUSE.matcher(between).find() ? OTHER_CLAUSE + after : after;
    }

    private static final Pattern NEXT_CLAUSE = Pattern.compile("[،,؛]\\s*[وف]|" + EventExtractor.CLAUSE_BREAK.pattern());
    private static final int OTHER_CLAUSE = 100_000;

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
    private static Found weekday(String sentence, Quantity count, LocalDate published) {
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
            int distance = distance(count, m);
            if (distance < nearestDistance) {
                nearest = p;
                nearestDistance = distance;
            }
        }
        return nearest == null ? null : new Found(nearest, nearestDistance);
    }

    private static Found relativeTo(String sentence, Quantity count, LocalDate published) {
        Matcher m = RELATIVE_WORDS.matcher(sentence);
        Found nearest = null;
        while (m.find()) {
            if (OF_SOMETHING.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
                continue; // في الأيام الأخيرة للحرب العالمية الثانية: the last days of that war, not of the publication's week
            }
            int distance = distance(count, m);
            if (nearest == null || distance < nearest.distance()) {
                nearest = new Found(relative(m, published), distance);
            }
        }
        return nearest;
    }

    /** A genitive right after a relative phrase: للحرب, لحكم, من عمر. */
    private static final Pattern OF_SOMETHING = Pattern.compile("\\s+(?:لل|ل(?=\\p{L}{3})|من\\s+(?:عمر|حكم|ولاية))\\p{L}");

    private static EventPeriod relative(Matcher m, LocalDate published) {
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

    /**
     * The part of a year nearest the count: a half or a quarter, or from the year's start to publication after
     * منذ (منذ مطلع 2018; to the year's end when the publication date is unknown or in the year before).
     */
    private static Found partOfYear(String sentence, Quantity count, LocalDate published) {
        Matcher m = PART_OF_YEAR.matcher(sentence);
        Found nearest = null;
        while (m.find()) {
            int year = Integer.parseInt(m.group(3));
            String part = ArabicMatchKey.of(m.group(2)).replaceAll("\\s+", " ");
            LocalDate start = LocalDate.of(year, 1, 1);
            EventPeriod p;
            if (part.startsWith("النصف") || part.startsWith("الربع")) {
                int months = part.startsWith("النصف") ? 6 : 3;
                int index = part.endsWith("ول") ? 0 : part.endsWith("ثاني") ? 1 : part.endsWith("ثالث") ? 2 : 3;
                LocalDate first = start.plusMonths((long) months * index);
                p = new EventPeriod(first, first.plusMonths(months).minusDays(1), Granularity.SEASON, m.group().strip());
            } else if (m.group(1) != null) {
                LocalDate end = published == null || published.getYear() < year ? start.with(TemporalAdjusters.lastDayOfYear()) : published;
                p = new EventPeriod(start, end, Granularity.SPAN, m.group().strip());
            } else {
                continue; // في مطلع 2018 says a time early in the year, not a span
            }
            int distance = distance(count, m);
            if (nearest == null || distance < nearest.distance()) {
                nearest = new Found(p, distance);
            }
        }
        return nearest;
    }

    /** في مارس, منذ يناير: the latest such month not after publication; after منذ, from it to publication. */
    private static Found monthAlone(String sentence, Quantity count, LocalDate published) {
        Matcher m = MONTH_ALONE.matcher(sentence);
        Found nearest = null;
        while (m.find()) {
            Integer month = CalendarNames.gregorianMonthNumber(m.group(2));
            int distance = distance(count, m);
            if (month != null && (nearest == null || distance < nearest.distance())) {
                nearest = new Found(month(m, month, published), distance);
            }
        }
        return nearest;
    }

    /** في مارس: the latest March not after publication; في آذار/مارس من العام الماضي: March of the year before. */
    private static EventPeriod month(Matcher m, int month, LocalDate published) {
        LocalDate first = LocalDate.of(published.getYear(), month, 1);
        if (m.group(4) != null) {
            first = first.minusYears(1);
        } else if (first.isAfter(published)) {
            first = first.minusYears(1);
        }
        if (m.group(1).equals("منذ")) {
            return new EventPeriod(first, published, Granularity.SPAN, m.group().strip());
        }
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        return new EventPeriod(first, last.isAfter(published) ? published : last, Granularity.MONTH, m.group().strip());
    }
}
