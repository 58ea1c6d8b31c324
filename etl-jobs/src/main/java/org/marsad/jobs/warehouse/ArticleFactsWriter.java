package org.marsad.jobs.warehouse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.core.ArticleFacts;
import org.marsad.core.extract.date.DateGranularity;
import org.marsad.core.extract.date.DateMention;
import org.marsad.core.extract.entity.EntityMention;
import org.marsad.core.extract.event.Event;
import org.marsad.core.extract.event.EventParty;
import org.marsad.core.extract.event.EventPeriod;
import org.marsad.core.extract.event.EventPlace;
import org.marsad.core.extract.quantity.Quantity;
import org.marsad.core.extract.quote.Quotation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Replaces the facts of a set of articles: deletes whatever the fact tables held for them and inserts
 * the new facts, batched per table. Run inside the caller's transaction, a re-extraction swaps an
 * article's facts atomically: readers see the old set or the new one, never a mix, and no orphans.
 */
public class ArticleFactsWriter {

    private static final List<String> FACT_TABLES = List.of("fact_entity_mention", "fact_quantity", "fact_quote",
            "fact_date_mention", "fact_event");

    private static final Logger log = LoggerFactory.getLogger(ArticleFactsWriter.class);
    /** fact_quantity.amount is DECIMAL(24, 2): 22 digits before the point. No real count comes near. */
    private static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(22);
    /**
     * Sentences and quotations are TEXT columns (65,535 bytes, at most four a character in utf8mb4): a
     * "sentence" longer than this is a paragraph without stops, cut rather than refused.
     */
    private static final int MAX_TEXT_CHARS = 16_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityKeys entityKeys;

    public ArticleFactsWriter(NamedParameterJdbcTemplate jdbc, EntityKeys entityKeys) {
        this.jdbc = jdbc;
        this.entityKeys = entityKeys;
    }

    public void replace(Map<Long, ArticleFacts> factsByArticleId) {
        if (factsByArticleId.isEmpty()) {
            return;
        }
        Set<Long> articleIds = factsByArticleId.keySet();
        for (String table : FACT_TABLES) {
            jdbc.update("DELETE FROM " + table + " WHERE article_id IN (:ids)", Map.of("ids", articleIds));
        }
        insertEntityMentions(factsByArticleId);
        insertQuantities(factsByArticleId);
        insertQuotes(factsByArticleId);
        insertDateMentions(factsByArticleId);
        insertEvents(factsByArticleId);
    }

    private void insertEntityMentions(Map<Long, ArticleFacts> facts) {
        List<EntityMention> all = facts.values().stream().flatMap(f -> f.entities().stream()).toList();
        if (all.isEmpty()) {
            return;
        }
        Map<EntityKeys.Key, Long> ids = entityKeys.keysOf(all);
        List<SqlParameterSource> rows = new ArrayList<>();
        facts.forEach((articleId, f) -> {
            // two names of one entity (an alias and its canonical name) make one row
            Map<Long, Integer> countByEntity = new LinkedHashMap<>();
            f.entities().forEach(m -> countByEntity.merge(ids.get(EntityKeys.Key.of(m)), m.mentionCount(), Integer::sum));
            countByEntity.forEach((entityId, count) -> rows.add(new MapSqlParameterSource().addValue("article", articleId)
                    .addValue("entity", entityId).addValue("count", count)));
        });
        batch("INSERT INTO fact_entity_mention (article_id, entity_id, mention_count) VALUES (:article, :entity, :count)", rows);
    }

    private void insertQuantities(Map<Long, ArticleFacts> facts) {
        List<SqlParameterSource> rows = new ArrayList<>();
        facts.forEach((articleId, f) -> {
            for (Quantity q : f.quantities()) {
                if (q.amount().abs().compareTo(MAX_AMOUNT) >= 0) {
                    log.debug("Count of article {} dropped: {} has more digits than fact_quantity.amount holds", articleId, q.amount());
                    continue;
                }
                BigDecimal high = q.high() == null || q.high().abs().compareTo(MAX_AMOUNT) >= 0 ? null : q.high().setScale(2, RoundingMode.HALF_UP);
                rows.add(new MapSqlParameterSource().addValue("article", articleId).addValue("category", q.category().name())
                        .addValue("amount", q.amount().setScale(2, RoundingMode.HALF_UP)).addValue("unit", ColumnText.fit(q.unit(), 8))
                        .addValue("approximate", q.approximate()).addValue("sentence", ColumnText.fit(q.sentence(), MAX_TEXT_CHARS))
                        .addValue("kind", q.kind().name()).addValue("high", high, Types.DECIMAL));
            }
        });
        batch("INSERT INTO fact_quantity (article_id, category, amount, unit, approximate, sentence, kind, amount_high) "
                + "VALUES (:article, :category, :amount, :unit, :approximate, :sentence, :kind, :high)", rows);
    }

    private void insertQuotes(Map<Long, ArticleFacts> facts) {
        List<SqlParameterSource> rows = new ArrayList<>();
        facts.forEach((articleId, f) -> {
            for (Quotation q : f.quotations()) {
                rows.add(new MapSqlParameterSource().addValue("article", articleId).addValue("speaker", ColumnText.fit(q.speaker(), 300))
                        .addValue("quote", ColumnText.fit(q.text(), MAX_TEXT_CHARS))
                        .addValue("type", q.speakerType() == null ? null : q.speakerType().name(), Types.VARCHAR));
            }
        });
        batch("INSERT INTO fact_quote (article_id, speaker, quote, speaker_type) VALUES (:article, :speaker, :quote, :type)", rows);
    }

    private void insertDateMentions(Map<Long, ArticleFacts> facts) {
        List<SqlParameterSource> rows = new ArrayList<>();
        facts.forEach((articleId, f) -> {
            for (DateMention d : f.dates()) {
                if (d.value().length() > 10) {
                    log.debug("Date mention of article {} dropped: {} is no calendar value", articleId, d.value());
                    continue;
                }
                Integer dateKey = d.granularity() == DateGranularity.DAY ? CalendarKey.of(LocalDate.parse(d.value())) : null;
                rows.add(new MapSqlParameterSource().addValue("article", articleId).addValue("expression", ColumnText.fit(d.expression(), 300))
                        .addValue("value", d.value()).addValue("granularity", d.granularity().name()).addValue("dateKey", dateKey));
            }
        });
        batch("INSERT INTO fact_date_mention (article_id, expression, date_value, granularity, date_key) "
                + "VALUES (:article, :expression, :value, :granularity, :dateKey)", rows);
    }

    private void insertEvents(Map<Long, ArticleFacts> facts) {
        List<SqlParameterSource> rows = new ArrayList<>();
        facts.forEach((articleId, f) -> {
            for (Event e : f.events()) {
                Quantity q = e.count();
                if (q.amount().abs().compareTo(MAX_AMOUNT) >= 0) {
                    continue; // as its count: no column holds it
                }
                BigDecimal high = q.high() == null || q.high().abs().compareTo(MAX_AMOUNT) >= 0 ? null : q.high().setScale(2, RoundingMode.HALF_UP);
                MapSqlParameterSource row = new MapSqlParameterSource().addValue("article", articleId).addValue("category", q.category().name())
                        .addValue("amount", q.amount().setScale(2, RoundingMode.HALF_UP)).addValue("high", high, Types.DECIMAL)
                        .addValue("approximate", q.approximate()).addValue("kind", q.kind().name())
                        .addValue("sentence", ColumnText.fit(q.sentence(), MAX_TEXT_CHARS));
                party(row, "actor", e.actor());
                party(row, "target", e.target());
                EventPlace place = e.place();
                row.addValue("place", place == null ? null : ColumnText.fit(place.name(), 300), Types.VARCHAR)
                        .addValue("region", place == null ? null : ColumnText.fit(place.region(), 100), Types.VARCHAR)
                        .addValue("country", place == null ? null : ColumnText.fit(place.country(), 100), Types.VARCHAR)
                        .addValue("placeEvidence", place == null ? null : ColumnText.fit(place.evidence(), 500), Types.VARCHAR);
                EventPeriod period = storable(e.period());
                row.addValue("start", period == null ? null : period.start(), Types.DATE)
                        .addValue("end", period == null ? null : period.end(), Types.DATE)
                        .addValue("startKey", period == null ? null : CalendarKey.of(period.start()), Types.INTEGER)
                        .addValue("endKey", period == null ? null : CalendarKey.of(period.end()), Types.INTEGER)
                        .addValue("granularity", period == null ? null : period.granularity().name(), Types.VARCHAR)
                        .addValue("stated", period != null && period.stated())
                        .addValue("periodEvidence", period == null ? null : ColumnText.fit(period.evidence(), 300), Types.VARCHAR);
                rows.add(row);
            }
        });
        batch("INSERT INTO fact_event (article_id, category, amount, amount_high, approximate, kind, actor, actor_type, actor_evidence, "
                + "target, target_type, target_evidence, place, region, country, place_evidence, period_start, period_end, period_start_key, "
                + "period_end_key, granularity, period_stated, period_evidence, sentence) VALUES (:article, :category, :amount, :high, "
                + ":approximate, :kind, :actor, :actorType, :actorEvidence, :target, :targetType, :targetEvidence, :place, :region, :country, "
                + ":placeEvidence, :start, :end, :startKey, :endKey, :granularity, :stated, :periodEvidence, :sentence)", rows);
    }

    /** A period a DATE column holds (years 1000-9999), else none: a misread year never fails the chunk. */
    private static EventPeriod storable(EventPeriod period) {
        return period == null || period.start().getYear() < 1000 || period.end().getYear() > 9999 ? null : period;
    }

    private static void party(MapSqlParameterSource row, String side, EventParty party) {
        row.addValue(side, party == null ? null : ColumnText.fit(party.name(), 300), Types.VARCHAR)
                .addValue(side + "Type", party == null ? null : party.type().name(), Types.VARCHAR)
                .addValue(side + "Evidence", party == null ? null : ColumnText.fit(party.evidence(), 500), Types.VARCHAR);
    }

    private void batch(String sql, List<SqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
        }
    }
}
