package org.marsad.core.extract.date;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the date a structured field carries (a feed's {@code <TIME>}, a JSON {@code date}, an HTML
 * {@code article:published_time}): RFC 822/1123, ISO-8601 with or without offset, {@code yyyy-MM-dd
 * HH:mm:ss}, and day-first {@code dd/MM/yyyy}; Arabic text dates as a last resort.
 */
public final class FieldDateParser {

    private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("[EEE, ]d MMM uuuu HH:mm[:ss] ").appendPattern("[XX][z]").toFormatter(Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);
    // STRICT: 29/02/2021 is no date, rather than 28 February
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu[ HH:mm[:ss]]", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_FIRST_DATE = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final ArabicDateParser arabic = new ArabicDateParser();

    public Optional<ParsedDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = ArabicDateParser.asciiDigits(value.strip());
        for (Function<String, ParsedDate> reader : List.<Function<String, ParsedDate>>of(
                FieldDateParser::offsetDateTime, FieldDateParser::rfc822, FieldDateParser::localDateTime, FieldDateParser::date)) {
            try {
                return Optional.of(reader.apply(v));
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        return arabic.first(value);
    }

    private static ParsedDate offsetDateTime(String v) {
        OffsetDateTime t = OffsetDateTime.parse(v);
        return new ParsedDate(t.toLocalDate(), t.toLocalTime(), t.getOffset(), v, 0, false);
    }

    private static ParsedDate rfc822(String v) {
        ZonedDateTime t = ZonedDateTime.parse(v.replace(" GMT", " +0000").replace(" UT", " +0000"), RFC_822);
        return new ParsedDate(t.toLocalDate(), t.toLocalTime(), t.getOffset(), v, 0, false);
    }

    private static ParsedDate localDateTime(String v) {
        LocalDateTime t;
        try {
            t = LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            try {
                t = LocalDateTime.parse(v, SPACED);
            } catch (DateTimeParseException e2) {
                t = LocalDateTime.parse(v, DAY_FIRST);
            }
        }
        return new ParsedDate(t.toLocalDate(), t.toLocalTime(), null, v, 0, false);
    }

    private static ParsedDate date(String v) {
        LocalDate d;
        try {
            d = LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            d = LocalDate.parse(v, DAY_FIRST_DATE);
        }
        return new ParsedDate(d, null, null, v, 0, false);
    }
}
