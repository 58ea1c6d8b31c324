package org.marsad.core.extract.event;

import java.util.Objects;

/**
 * Where an event happened: the most specific place its sentence ties to it, else the dateline's.
 *
 * @param name     the place as the gazetteer or the text names it
 * @param region   its first-level region (governorate, province), or null when not known
 * @param country  its country, or null when not known or disputed
 * @param evidence the rule and the words that decided it ({@code sentence: الموصل}, {@code dateline: بغداد})
 */
public record EventPlace(String name, String region, String country, String evidence) {

    public EventPlace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(evidence, "evidence");
    }
}
