package org.marsad.core;

import java.util.List;

import org.marsad.core.extract.date.DateMention;
import org.marsad.core.extract.entity.EntityMention;
import org.marsad.core.extract.event.Event;
import org.marsad.core.extract.quantity.Quantity;
import org.marsad.core.extract.quote.Quotation;

/** What an article is about: the facts the warehouse keeps beside the article row. */
public record ArticleFacts(List<EntityMention> entities, List<Quantity> quantities, List<Quotation> quotations,
        List<DateMention> dates, List<Event> events) {

    public static final ArticleFacts NONE = new ArticleFacts(List.of(), List.of(), List.of(), List.of(), List.of());

    /** Facts without events. */
    public ArticleFacts(List<EntityMention> entities, List<Quantity> quantities, List<Quotation> quotations, List<DateMention> dates) {
        this(entities, quantities, quotations, dates, List.of());
    }

    public ArticleFacts {
        entities = List.copyOf(entities);
        quantities = List.copyOf(quantities);
        quotations = List.copyOf(quotations);
        dates = List.copyOf(dates);
        events = List.copyOf(events);
    }
}
