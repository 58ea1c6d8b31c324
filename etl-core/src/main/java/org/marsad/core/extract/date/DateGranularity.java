package org.marsad.core.extract.date;

/** How precise a mentioned date is. */
public enum DateGranularity {
    DAY, MONTH, SEASON, YEAR
}
