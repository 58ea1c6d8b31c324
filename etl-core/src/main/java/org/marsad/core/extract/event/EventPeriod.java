package org.marsad.core.extract.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened, or the period a total covers, as a span of days.
 *
 * @param start       the first day
 * @param end         the last day (the same for one day)
 * @param granularity how precise the span is
 * @param evidence    the words that decided it ({@code في 2022}, {@code الأربعاء الماضي}), or
 *                    {@code publication date} when the sentence says nothing
 */
public record EventPeriod(LocalDate start, LocalDate end, Granularity granularity, String evidence) {

    /** How precise a period is: a day, a week, a month, a season, a year, or a span running to the publication date. */
    public enum Granularity {
        DAY, WEEK, MONTH, SEASON, YEAR, SPAN
    }

    public static final String PUBLICATION = "publication date";

    public EventPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(evidence, "evidence");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a period ends before it starts: " + start + " " + end);
        }
    }

    /** Whether the text stated the period (false: the publication date stands in). */
    public boolean stated() {
        return !evidence.equals(PUBLICATION);
    }
}
