package org.marsad.core;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.marsad.core.extract.date.DateMentionExtractor;
import org.marsad.core.extract.entity.EntityGazetteer;
import org.marsad.core.extract.entity.EntityMention;
import org.marsad.core.extract.entity.PersonFinder;
import org.marsad.core.extract.quantity.QuantityExtractor;
import org.marsad.core.extract.quote.QuotationExtractor;

/**
 * What an article is about: the people, organisations and places it mentions (gazetteers and title
 * patterns), the numbers it states, its quotations and the dates it mentions. Thread-safe.
 */
public final class ArticleFactsExtractor {

    private final EntityGazetteer gazetteer;
    private final PersonFinder persons = new PersonFinder();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final QuotationExtractor quotations = new QuotationExtractor();
    private final DateMentionExtractor dates = new DateMentionExtractor();

    public ArticleFactsExtractor(EntityGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static ArticleFactsExtractor standard() {
        return new ArticleFactsExtractor(EntityGazetteer.standard());
    }

    /**
     * @param title       the headline, may be null (its entities count too)
     * @param body        the clean body
     * @param publishedAt the publication time, may be null (resolves dates written without a year)
     */
    public ArticleFacts extract(String title, String body, LocalDateTime publishedAt) {
        String text = title == null ? body : title + "\n\n" + body;
        List<EntityMention> entities = new ArrayList<>(gazetteer.find(text));
        entities.addAll(persons.find(text));
        return new ArticleFacts(entities, quantities.extract(body), quotations.extract(body),
                dates.extract(body, publishedAt == null ? null : publishedAt.toLocalDate()));
    }
}
