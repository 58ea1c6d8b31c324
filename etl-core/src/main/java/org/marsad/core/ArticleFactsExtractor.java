package org.marsad.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.marsad.core.extract.article.LeadDateline;
import org.marsad.core.extract.article.OutletRegistry;
import org.marsad.core.extract.date.DateMentionExtractor;
import org.marsad.core.extract.entity.OrganisationAnaphors;
import org.marsad.core.extract.entity.EntityFinder;
import org.marsad.core.extract.entity.EntityGazetteer;
import org.marsad.core.extract.entity.EntityMention;
import org.marsad.core.extract.entity.EntityType;
import org.marsad.core.extract.entity.model.EntityModel;
import org.marsad.core.extract.event.Event;
import org.marsad.core.extract.event.EventExtractor;
import org.marsad.core.extract.event.PlaceHierarchy;
import org.marsad.core.extract.quantity.CountingContext;
import org.marsad.core.extract.quantity.Quantity;
import org.marsad.core.extract.quantity.QuantityExtractor;
import org.marsad.core.extract.quote.QuotationExtractor;
import org.marsad.core.text.Sentences;

/**
 * What an article is about: the people, organisations and places it mentions ({@link EntityFinder}:
 * gazetteers, organisation phrases, title patterns and the trained entity model), the numbers it states, its quotations
 * and the dates it mentions. Thread-safe.
 */
public final class ArticleFactsExtractor {

    private final EntityFinder entityFinder;
    private final EntityGazetteer gazetteer;
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final QuotationExtractor quotations = new QuotationExtractor();
    private final DateMentionExtractor dates = new DateMentionExtractor();
    private final OutletRegistry outlets = OutletRegistry.standard();
    private final LeadDateline leads = LeadDateline.standard();
    private final PlaceHierarchy hierarchy = PlaceHierarchy.standard();
    private final EventExtractor events = new EventExtractor(hierarchy);

    /** @param model a trained entity model, or null for the gazetteers and title patterns alone */
    public ArticleFactsExtractor(EntityGazetteer gazetteer, EntityModel model) {
        this.entityFinder = new EntityFinder(gazetteer, model);
        this.gazetteer = gazetteer;
    }

    /** The gazetteers, the title patterns and the entity model shipped with the product. */
    public static ArticleFactsExtractor standard() {
        return new ArticleFactsExtractor(EntityGazetteer.standard(), EntityModel.standard());
    }

    /**
     * @param title       the headline, may be null (its entities count too)
     * @param body        the clean body
     * @param publishedAt the publication time, may be null (resolves dates written without a year)
     */
    public ArticleFacts extract(String title, String body, LocalDateTime publishedAt) {
        return extract(title, body, publishedAt, new CountingContext(null, null, publishedAt == null ? null : publishedAt.toLocalDate()), null);
    }

    /** The facts of an article whose fields are known: its dateline and outlet say which dinar or riyal it means. */
    public ArticleFacts extract(Article article) {
        return extract(article, null);
    }

    /**
     * The same, for an article collected on a known day: where its publication date is unknown, a date written without
     * its year takes its year from that day (a feed's record says when it was crawled, not always when it was published).
     */
    public ArticleFacts extract(Article article, LocalDate collectedOn) {
        return extract(article.title(), article.body(), article.publishedAt(), countingContext(article), collectedOn);
    }

    /** What an article says around its counts: its dateline, its outlet's country, its publication date. */
    public CountingContext countingContext(Article article) {
        return new CountingContext(article.dateline(), outlets.country(article.sourceName()).orElse(null),
                article.publishedAt() == null ? null : article.publishedAt().toLocalDate());
    }

    private ArticleFacts extract(String title, String body, LocalDateTime publishedAt, CountingContext counting, LocalDate collectedOn) {
        // the dateline's place (القاهرة - بوابة الوسط) is where the copy was filed, kept as the article's dateline, not a mention
        // so is a wire story's opening dateline (دبي، الإمارات العربية المتحدة (CNN)--), which the body keeps
        int lead = leads.of(body).map(LeadDateline.Lead::end).orElse(0);
        String story = " ".repeat(lead) + body.substring(lead);
        String text = title == null ? story : title + "\n\n" + story;
        List<EntityMention> named = entityFinder.find(text);
        List<Quantity> every = quantities.extractEach(body, counting);
        List<Quantity> counts = QuantityExtractor.onceEach(every);
        LocalDate publishedOn = publishedAt == null ? null : publishedAt.toLocalDate();
        // every occurrence, so that what the first sentence of a figure leaves unsaid a later one can tell
        Map<String, Integer> mentions = countryMentions(named);
        // التنظيم, الحركة: who did what is often named by the head of an organisation the article named in full
        OrganisationAnaphors anaphors = OrganisationAnaphors.of(named, gazetteer);
        Map<String, List<EntityFinder.LocatedName>> located = new HashMap<>(); // each sentence tagged once for both uses
        Function<String, List<EntityFinder.LocatedName>> locate = sentence -> located.computeIfAbsent(sentence, this::locatePastTheDateline);
        List<String> sentences = Sentences.of(body);
        List<EntityMention> entities = anaphors.countedIn(named, sentences, locate);
        List<Event> happened = events.extract(every, sentence -> anaphors.withAnaphors(sentence, locate.apply(sentence)),
                new EventExtractor.Context(counting.dateline(), publishedOn, countriesOf(mentions, counting.dateline()), mainCountry(mentions),
                        mentions.keySet(), publishedOn == null ? collectedOn : null, sentenceBefore(sentences)));
        return new ArticleFacts(entities, counts, quotations.extract(body, namesOf(entities, EntityType.PERSON),
                namesOf(entities, EntityType.ORGANIZATION)), dates.extract(body, publishedOn != null ? publishedOn : collectedOn), happened);
    }

    /** The sentence before each sentence of the body, null for the first. */
    private static Function<String, String> sentenceBefore(List<String> sentences) {
        Map<String, String> before = new HashMap<>();
        for (int i = 1; i < sentences.size(); i++) {
            before.putIfAbsent(sentences.get(i), sentences.get(i - 1));
        }
        return before::get;
    }

    /** The names of a sentence where they stand, none of a dateline it opens with. */
    private List<EntityFinder.LocatedName> locatePastTheDateline(String sentence) {
        int lead = leads.of(sentence).map(LeadDateline.Lead::end).orElse(0);
        List<EntityFinder.LocatedName> names = entityFinder.locate(sentence);
        return lead == 0 ? names : names.stream().filter(n -> n.start() >= lead).toList();
    }

    /** How often the article mentions places of each country, counting the places of one reading only. */
    private Map<String, Integer> countryMentions(List<EntityMention> entities) {
        Map<String, Integer> mentions = new HashMap<>();
        for (EntityMention e : entities) {
            String country = e.type() == EntityType.LOCATION ? onlyCountryOf(e.canonicalName()) : null;
            if (country != null) {
                mentions.merge(country, e.mentionCount(), Integer::sum);
            }
        }
        return mentions;
    }

    /** The country of a place of one reading, else null. */
    private String onlyCountryOf(String place) {
        List<PlaceHierarchy.Place> readings = hierarchy.readings(place);
        return readings.size() == 1 ? readings.get(0).country() : null;
    }

    /** The countries the article's places (and its dateline) lie in, where a place has one reading. */
    private Set<String> countriesOf(Map<String, Integer> mentions, String dateline) {
        Set<String> countries = new HashSet<>(mentions.keySet());
        String filed = dateline == null ? null : onlyCountryOf(dateline);
        if (filed != null) {
            countries.add(filed);
        }
        return countries;
    }

    /** The country the article's places lie in most often, by mentions; null when two tie. */
    private static String mainCountry(Map<String, Integer> mentions) {
        List<Map.Entry<String, Integer>> ranked = mentions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        boolean leads = !ranked.isEmpty() && (ranked.size() == 1 || ranked.get(0).getValue() > ranked.get(1).getValue());
        return leads ? ranked.get(0).getKey() : null;
    }

    private static List<String> namesOf(List<EntityMention> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(EntityMention::canonicalName).toList();
    }
}
