package org.marsad.core.extract.date;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * A date found in text or a field, with the time and offset when they were given.
 *
 * @param date       the Gregorian day (Hijri dates are converted)
 * @param time       the time of day as printed, or null
 * @param offset     the UTC offset when stated, or null
 * @param expression the words or characters it was read from
 * @param start      where the expression starts in the text searched (0 for a field)
 * @param hijri      whether it was written in the Hijri calendar
 */
public record ParsedDate(LocalDate date, LocalTime time, ZoneOffset offset, String expression, int start, boolean hijri) {

    /** The local date and time as printed; midnight when only the day is known. */
    public LocalDateTime localDateTime() {
        return time == null ? date.atStartOfDay() : date.atTime(time);
    }
}
