package org.marsad.jobs.warehouse;

import java.time.LocalDate;

/** The {@code dim_date} key of a day: yyyymmdd, or null outside the calendar's 1900-2100. */
public final class CalendarKey {

    private CalendarKey() {
    }

    public static Integer of(LocalDate day) {
        if (day == null || day.getYear() < 1900 || day.getYear() > 2100) {
            return null;
        }
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }
}
