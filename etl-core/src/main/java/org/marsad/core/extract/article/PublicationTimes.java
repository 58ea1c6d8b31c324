package org.marsad.core.extract.article;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.core.extract.date.ArabicDateParser;
import org.marsad.core.extract.date.FieldDateParser;
import org.marsad.core.extract.date.ParsedDate;
import org.marsad.core.read.PageSignals;

/**
 * The publication time a record or page states, signal by signal in the order of trust the README
 * documents: JSON-LD {@code datePublished}, {@code article:published_time}, Dublin Core, {@code itemprop},
 * the article's {@code <time>}, date metas, the visible "published" line; the URL's date comes last of
 * all, after the text's own header. A page that gives its time only in UTC is also given in the local
 * time its readers saw: the offset its visible line reveals, else its outlet's time zone.
 */
final class PublicationTimes {

    static final List<String> ORDER = List.of(PageSignals.JSON_LD_PUBLISHED, PageSignals.PUBLISHED_TIME, PageSignals.DC_DATE,
            PageSignals.ITEMPROP_PUBLISHED, PageSignals.TIME_ELEMENT, PageSignals.DATE_META, PageSignals.PUBLISHED_LINE,
            PageSignals.HEADLINE_DATE_LINE);
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)/(?:[a-z_-]+/)?(\\d{1,2})/(\\d{1,2})(?:/|$|[^\\d])"   // /2019/02/08/, /2013/middle_east/8/3/
                    + "|[^\\d]((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?:[^\\d]|$)"            // -2019-02-08-
                    + "|[/_-]((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:[/_.-]|$)");              // /20190208/ or -20190208.html
    private static final int MAX_OFFSET_MINUTES = 14 * 60;

    /** A signal's date. */
    record Candidate(String signal, ParsedDate date) {
    }

    private final FieldDateParser fieldDates = new FieldDateParser();
    private final ArabicDateParser textDates = new ArabicDateParser();

    /** The dates the metadata states, in the order of trust; signals that hold no date are left out. */
    List<Candidate> stated(Map<String, String> metadata) {
        List<Candidate> out = new ArrayList<>();
        for (String signal : ORDER) {
            String value = metadata.get(signal);
            boolean visible = signal.equals(PageSignals.PUBLISHED_LINE) || signal.equals(PageSignals.HEADLINE_DATE_LINE);
            Optional<ParsedDate> date = visible ? textDates.first(value == null ? "" : value)
                    : fieldDates.parse(value);
            date.ifPresent(d -> out.add(new Candidate(signal, d)));
        }
        return out;
    }

    /** The day a URL's path carries ({@code /2019/02/08/}, {@code /2013/middle_east/8/3/}, {@code -20190208}). */
    Optional<ParsedDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path = url.replaceFirst("^[a-z]+://[^/]+", "").replaceFirst("[?#].*$", "");
        Matcher m = URL_DATE.matcher(path);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(4) != null ? 4 : 7;
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)), Integer.parseInt(m.group(g + 2)));
                return Optional.of(new ParsedDate(day, null, null, m.group().replaceAll("^[^\\d]+|[^\\d]+$", ""), 0, false));
            } catch (DateTimeException e) {
                // digits that are no day: an id, a size
            }
        }
        return Optional.empty();
    }

    /**
     * The time in its readers' local time, when it was stated in UTC: with the offset a lower signal
     * reveals (a visible time that differs from UTC by whole quarter-hours), else in the outlet's zone.
     * A lower signal that shows the UTC clock itself keeps it. The candidate says how the local time was
     * found; empty when the time stays as stated.
     */
    Optional<Candidate> localised(ParsedDate chosen, List<Candidate> stated, Optional<ZoneId> outletZone) {
        if (chosen.offset() == null || chosen.offset().getTotalSeconds() != 0 || chosen.time() == null) {
            return Optional.empty();
        }
        for (Candidate c : stated) {
            ParsedDate other = c.date();
            if (other.offset() != null || other.time() == null) {
                continue;
            }
            long minutes = Duration.between(chosen.localDateTime(), other.localDateTime()).toMinutes();
            if (minutes == 0) {
                return Optional.empty();
            }
            if (minutes % 15 == 0 && Math.abs(minutes) <= MAX_OFFSET_MINUTES) {
                return Optional.of(new Candidate("local time from " + c.signal(), new ParsedDate(other.date(), other.time(),
                        ZoneOffset.ofTotalSeconds((int) minutes * 60), chosen.expression(), 0, false)));
            }
        }
        return outletZone.map(zone -> {
            ZonedDateTime local = chosen.localDateTime().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone);
            return new Candidate("local time of " + zone + " (registry)",
                    new ParsedDate(local.toLocalDate(), local.toLocalTime(), local.getOffset(), chosen.expression(), 0, false));
        });
    }
}
