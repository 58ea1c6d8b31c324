package org.marsad.core;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.core.extract.date.DateMentionExtractor;
import org.marsad.core.extract.entity.EntityGazetteer;
import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.extract.entity.EntityMention;
import org.marsad.core.extract.entity.EntityType;
import org.marsad.core.extract.entity.model.EntityModel;
import org.marsad.core.extract.entity.PersonFinder;
import org.marsad.core.extract.quantity.QuantityExtractor;
import org.marsad.core.extract.quote.QuotationExtractor;
import org.marsad.core.text.ArabicMorphology;
import org.marsad.core.text.Sentences;

/**
 * What an article is about: the people, organisations and places it mentions (gazetteers, title
 * patterns and, when one is given, the trained entity model), the numbers it states, its quotations
 * and the dates it mentions. Thread-safe.
 */
public final class ArticleFactsExtractor {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|[^\\s\\p{L}\\p{M}\\p{N}]");
    private static final Map<String, EntityType> MODEL_TYPES = Map.of("PERS", EntityType.PERSON, "LOC", EntityType.LOCATION,
            "ORG", EntityType.ORGANIZATION);

    private final EntityGazetteer gazetteer;
    private final EntityModel model;
    private final PersonFinder persons = new PersonFinder();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final QuotationExtractor quotations = new QuotationExtractor();
    private final DateMentionExtractor dates = new DateMentionExtractor();

    /** @param model a trained entity model, or null for the gazetteers and title patterns alone */
    public ArticleFactsExtractor(EntityGazetteer gazetteer, EntityModel model) {
        this.gazetteer = gazetteer;
        this.model = model;
    }

    public static ArticleFactsExtractor standard() {
        return new ArticleFactsExtractor(EntityGazetteer.standard(), null);
    }

    /**
     * @param title       the headline, may be null (its entities count too)
     * @param body        the clean body
     * @param publishedAt the publication time, may be null (resolves dates written without a year)
     */
    public ArticleFacts extract(String title, String body, LocalDateTime publishedAt) {
        // the dateline's place (القاهرة - بوابة الوسط) is where the copy was filed, kept as the article's dateline, not a mention
        String text = title == null ? body : title + "\n\n" + body;
        List<EntityMention> entities = new ArrayList<>(gazetteer.find(text));
        entities.addAll(persons.find(text));
        if (model != null) {
            addModelMentions(text, entities);
        }
        return new ArticleFacts(entities, quantities.extract(body), quotations.extract(body, namesOf(entities, EntityType.PERSON),
                namesOf(entities, EntityType.ORGANIZATION)), dates.extract(body, publishedAt == null ? null : publishedAt.toLocalDate()));
    }

    private static List<String> namesOf(List<EntityMention> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(EntityMention::canonicalName).toList();
    }

    /**
     * Names the model finds that the gazetteers and patterns did not: the gazetteers give canonical
     * names, so a name they know is counted there, not twice.
     */
    private void addModelMentions(String text, List<EntityMention> entities) {
        Set<String> known = new HashSet<>();
        for (EntityMention m : entities) {
            known.add(ArabicMatchKey.of(m.canonicalName()));
        }
        Map<String, EntityMention> found = new LinkedHashMap<>();
        for (String sentence : Sentences.of(text)) {
            List<String> tokens = new ArrayList<>();
            for (Matcher t = TOKEN.matcher(sentence); t.find();) {
                tokens.add(t.group());
            }
            String[] tags = model.tag(tokens.toArray(String[]::new));
            for (int i = 0; i < tags.length; i++) {
                if (!tags[i].startsWith("B-")) {
                    continue;
                }
                int end = i + 1;
                while (end < tags.length && tags[end].equals("I-" + tags[i].substring(2))) {
                    end++;
                }
                String name = ArabicMorphology.withoutProclitics(String.join(" ", tokens.subList(i, end)));
                EntityType type = MODEL_TYPES.get(tags[i].substring(2));
                if (type != null && name.length() > 1 && gazetteer.find(name).isEmpty() && !known.contains(ArabicMatchKey.of(name))) {
                    found.merge(type + name, new EntityMention(type, name, 1),
                            (a, b) -> new EntityMention(a.type(), a.canonicalName(), a.mentionCount() + 1));
                }
            }
        }
        entities.addAll(found.values());
    }
}
