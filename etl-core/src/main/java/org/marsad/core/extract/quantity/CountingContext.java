package org.marsad.core.extract.quantity;

import java.time.LocalDate;

/**
 * What the article says around its counts.
 *
 * @param dateline      the dateline's place, may be null (a bare دينار under عمان is Jordanian)
 * @param outletCountry the outlet's country (ISO 3166 alpha-2), may be null
 * @param published     the publication date, may be null (a toll "since 2011" in a 2018 article is cumulative)
 */
public record CountingContext(String dateline, String outletCountry, LocalDate published) {

    /** An article of which nothing is known. */
    public static final CountingContext NONE = new CountingContext(null, null, null);
}
