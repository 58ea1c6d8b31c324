package org.marsad.core.extract.date;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A date an article mentions about an event.
 *
 * @param expression  the words as written ({@code صيف عام 2014})
 * @param value       ISO date or partial date: {@code 2019-03-23}, {@code 2014-09}, {@code 2014}
 * @param granularity how precise the value is
 */
public record DateMention(String expression, String value, DateGranularity granularity) {

    private static final Pattern ISO_PARTIAL = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public DateMention {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(granularity, "granularity");
        if (value == null || !ISO_PARTIAL.matcher(value).matches()) {
            throw new IllegalArgumentException("value must be yyyy, yyyy-mm or yyyy-mm-dd: " + value);
        }
    }
}
