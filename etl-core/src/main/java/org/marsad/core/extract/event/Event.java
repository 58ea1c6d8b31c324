package org.marsad.core.extract.event;

import java.util.Objects;

import org.marsad.core.extract.quantity.Quantity;

/**
 * Who did what to whom, where, when and how many: a count of an incident or a stated period with its
 * actor, target, place and period, each saying what decided it ({@code bi_event}).
 *
 * @param count  the count (category, amount, approximate, kind, sentence)
 * @param actor  who acted, or null when the text does not say
 * @param target whom it was done to, or null
 * @param place  where, or null when neither the sentence nor the dateline says
 * @param period when; the publication date, marked as such, when the sentence says nothing
 */
public record Event(Quantity count, EventParty actor, EventParty target, EventPlace place, EventPeriod period) {

    public Event {
        Objects.requireNonNull(count, "count");
    }
}
