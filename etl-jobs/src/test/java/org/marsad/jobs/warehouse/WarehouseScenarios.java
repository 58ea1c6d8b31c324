package org.marsad.jobs.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.core.ArticleFacts;
import org.marsad.core.extract.entity.EntityMention;
import org.marsad.core.extract.entity.EntityType;
import org.marsad.jobs.JobsTestApplication;
import org.marsad.jobs.importing.WarehouseFixtures;
import org.marsad.jobs.support.WarehouseTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The star schema and the BI contract, run by {@link WarehouseH2IT} and {@link WarehouseMariaDbIT}. */
@SpringBootTest(classes = JobsTestApplication.class)
abstract class WarehouseScenarios {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    WarehouseFixtures fixtures;
    ArticleFactsWriter factsWriter;

    @BeforeEach
    void emptyWarehouse() {
        WarehouseTables.clear(jdbc);
        fixtures = new WarehouseFixtures(jdbc, transaction);
        factsWriter = WarehouseFixtures.newFactsWriter(jdbc);
    }

    @Test
    void everyBiViewHasTheContractColumns() {
        assertThat(columns("bi_article")).containsExactly("article_id", "source_name", "title", "author", "dateline",
                "published_at", "language", "reads_count", "word_count", "body", "file_path", "charset", "content_hash",
                "loaded_at", "job_execution_id", "published_utc_offset");
        assertThat(columns("bi_entity_mention")).containsExactly("article_id", "entity_type", "entity_name", "mention_count");
        assertThat(columns("bi_quantity")).containsExactly("article_id", "category", "amount", "unit", "approximate", "sentence", "kind",
                "amount_high");
        assertThat(columns("bi_quote")).containsExactly("article_id", "speaker", "quote", "speaker_type");
        assertThat(columns("bi_date_mention")).containsExactly("article_id", "expression", "value", "granularity");
        assertThat(columns("bi_file")).containsExactly("file_path", "charset", "status", "reason", "article_id",
                "job_execution_id", "seen_at");
        assertThat(columns("bi_near_duplicate")).containsExactly("article_id", "similar_article_id", "similarity");
        assertThat(columns("bi_articles_per_source_day")).containsExactly("source_name", "published_day", "articles", "words");
        assertThat(columns("bi_entity_mentions_per_month")).containsExactly("entity_type", "entity_name", "published_month",
                "articles", "mentions");
        assertThat(columns("bi_quantities_per_month")).containsExactly("category", "unit", "published_month", "facts", "articles",
                "total_amount", "max_amount");
        assertThat(columns("bi_event")).containsExactly("article_id", "category", "amount", "approximate", "kind", "actor", "actor_type",
                "target", "target_type", "place", "region", "country", "period_start", "period_end", "granularity", "sentence", "event_id",
                "amount_high", "period_stated", "actor_evidence", "target_evidence", "place_evidence", "period_evidence");
        assertThat(columns("bi_events_per_country_month")).containsExactly("country", "region", "category", "period_year", "period_month",
                "period_level", "events", "articles", "total_amount", "max_amount");
        assertThat(columns("bi_events_per_actor_month")).containsExactly("actor", "actor_type", "category", "period_year", "period_month",
                "period_level", "events", "articles", "total_amount", "max_amount");
        assertThat(columns("bi_event_same_incident")).containsExactly("event_id", "article_id", "other_event_id", "other_article_id");
    }

    @Test
    void eventsLandInBiEventWithWhatDecidedEachField() {
        List<Long> ids = BiFixtureSet.load(fixtures);

        assertThat(jdbc.queryForList("SELECT category, actor, actor_type, target, target_type, place, region, country, granularity, "
                + "period_stated, actor_evidence FROM bi_event WHERE article_id = ? ORDER BY category", ids.get(0)))
                .extracting(r -> r.get("category") + " " + r.get("actor") + " " + r.get("actor_type") + " " + r.get("target") + " "
                        + r.get("target_type") + " " + r.get("place") + " " + r.get("region") + " " + r.get("country") + " "
                        + r.get("granularity") + " " + r.get("period_stated") + " " + r.get("actor_evidence"))
                .containsExactly("ARRESTED قوات الأمن FORCE داعش ORGANIZATION الموصل نينوى العراق DAY true before the count: قوات الأمن",
                        "KILLED قوات الأمن FORCE مسلحون GROUP الموصل نينوى العراق DAY true before the count: قوات الأمن");
        assertThat(jdbc.queryForMap("SELECT kind, period_start, period_end FROM bi_event WHERE article_id = ?", ids.get(2)))
                .containsEntry("kind", "PERIOD_TOTAL")
                .satisfies(r -> assertThat(r.get("period_start") + ".." + r.get("period_end")).isEqualTo("2021-01-01..2021-12-31"));
    }

    @Test
    void eventAggregatesKeepAPeriodAtItsGranularityAndCountAWireCopyOnce() {
        List<Long> ids = BiFixtureSet.load(fixtures);
        jdbc.update("INSERT INTO fact_near_duplicate (article_id, similar_article_id, similarity) VALUES (?, ?, 0.9)", ids.get(1), ids.get(0));
        String mosulMonth = BiFixtureSet.THIS_MONTH.toLocalDate().minusDays(1).withDayOfMonth(1).toString();

        assertThat(jdbc.queryForList("SELECT region, category, period_level, period_year, period_month, events, total_amount "
                + "FROM bi_events_per_country_month WHERE country = 'العراق' AND category IN ('ARRESTED', 'KILLED') ORDER BY category, period_level"))
                .extracting(r -> r.get("region") + " " + r.get("category") + " " + r.get("period_level") + " "
                        + ((Number) r.get("period_year")).intValue() + " " + r.get("period_month") + " " + ((Number) r.get("events")).intValue()
                        + " " + ((Number) r.get("total_amount")).intValue())
                .containsExactly("نينوى ARRESTED MONTH " + mosulMonth.substring(0, 4) + " " + mosulMonth + " 1 5",
                        "نينوى KILLED MONTH " + mosulMonth.substring(0, 4) + " " + mosulMonth + " 1 12",
                        "بغداد KILLED YEAR 2021 null 1 30");
        assertThat(jdbc.queryForList("SELECT actor, events FROM bi_events_per_actor_month WHERE category = 'KILLED' AND actor IS NOT NULL"))
                .extracting(r -> r.get("actor") + " " + ((Number) r.get("events")).intValue()).containsExactly("قوات الأمن 1");
    }

    @Test
    void anEventWhosePeriodNoDateColumnHoldsIsStoredWithoutItAndAnOverlongActorIsCut() {
        org.marsad.core.extract.quantity.Quantity count = BiFixtureSet.quantity(org.marsad.core.extract.quantity.QuantityCategory.KILLED, 9, null, false);
        org.marsad.core.extract.event.Event misread = new org.marsad.core.extract.event.Event(count,
                new org.marsad.core.extract.event.EventParty("قوات ".repeat(100), org.marsad.core.extract.event.EventParty.Type.FORCE, "before the count"),
                null, null, new org.marsad.core.extract.event.EventPeriod(java.time.LocalDate.of(500, 1, 1), java.time.LocalDate.of(500, 12, 31),
                        org.marsad.core.extract.event.EventPeriod.Granularity.YEAR, "عام 500"));

        fixtures.load(List.of(BiFixtureSet.NINEVEH), List.of(new ArticleFacts(List.of(), List.of(count), List.of(), List.of(), List.of(misread))));

        Map<String, Object> row = jdbc.queryForMap("SELECT actor, period_start, granularity, period_stated FROM bi_event");
        assertThat((String) row.get("actor")).hasSize(300).endsWith("…");
        assertThat(row.get("period_start")).isNull();
        assertThat(row.get("granularity")).isNull();
        assertThat(row.get("period_stated")).isEqualTo(false);
    }

    @Test
    void twoArticlesReportingOneIncidentAreLinked() {
        List<Long> ids = BiFixtureSet.load(fixtures);

        assertThat(jdbc.queryForList("SELECT article_id, other_article_id FROM bi_event_same_incident ORDER BY article_id"))
                .extracting(r -> ((Number) r.get("article_id")).longValue() + " " + ((Number) r.get("other_article_id")).longValue())
                .containsExactly(ids.get(0) + " " + ids.get(1), ids.get(1) + " " + ids.get(0));
    }

    @Test
    void calendarCoversEveryDayFrom1900To2100() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dim_date", Long.class)).isEqualTo(73_414L);
        assertThat(jdbc.queryForMap("SELECT calendar_year, month_of_year, day_name_ar, month_start FROM dim_date WHERE date_key = 20190323"))
                .containsEntry("day_name_ar", "السبت").satisfies(r -> {
                    assertThat(((Number) r.get("calendar_year")).intValue()).isEqualTo(2019);
                    assertThat(((Number) r.get("month_of_year")).intValue()).isEqualTo(3);
                    assertThat(r.get("month_start").toString()).isEqualTo("2019-03-01");
                });
    }

    @Test
    void outletAliasesLandOnOneSource() {
        BiFixtureSet.load(fixtures);

        assertThat(jdbc.queryForList("SELECT source_name FROM bi_article WHERE title IN ('عمليات في أطراف الموصل', 'تمويل داعش')",
                String.class)).containsOnly("بوابة الوسط").hasSize(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dim_source", Long.class)).isEqualTo(2);
    }

    @Test
    void entityAliasesAndSpellingsLandOnOneEntity() {
        List<Long> ids = BiFixtureSet.load(fixtures);

        assertThat(jdbc.queryForList("SELECT entity_name FROM bi_entity_mention WHERE article_id = ? AND entity_type = 'ORGANIZATION'",
                String.class, ids.get(1))).containsExactly("داعش");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dim_entity WHERE canonical_name = 'داعش'", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT entity_name, mention_count FROM bi_entity_mention WHERE article_id = ?", ids.get(0)))
                .extracting(r -> r.get("entity_name") + "=" + r.get("mention_count"))
                .containsExactlyInAnyOrder("نجم الجبوري=2", "داعش=3", "الموصل=2");
    }

    @Test
    void spellingsOfOnePersonShareARowAndRowsAnEarlierVersionKeyedAreFoundByTheirOldKey() {
        // a row as versions before NameKey wrote it: the orthographic key alone, compound written apart
        jdbc.update("INSERT INTO dim_entity (entity_type, canonical_name, match_key) VALUES ('PERSON', 'بنيامين نتانياهو', 'بنيامين نتانياهو')");
        long old = jdbc.queryForObject("SELECT entity_id FROM dim_entity WHERE canonical_name = 'بنيامين نتانياهو'", Long.class);
        EntityKeys keys = new EntityKeys(new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc));

        java.util.Map<EntityKeys.Key, Long> found = transaction.execute(status -> keys.keysOf(List.of(
                new EntityMention(EntityType.PERSON, "بنيامين نتانياهو", 1), new EntityMention(EntityType.PERSON, "سلمان بن عبد العزيز", 1),
                new EntityMention(EntityType.PERSON, "سلمان بن عبدالعزيز", 1))));

        assertThat(found.get(EntityKeys.Key.of(new EntityMention(EntityType.PERSON, "بنيامين نتانياهو", 1)))).isEqualTo(old);
        assertThat(EntityKeys.Key.of(new EntityMention(EntityType.PERSON, "بنيامين نتنياهو", 1)))
                .isEqualTo(EntityKeys.Key.of(new EntityMention(EntityType.PERSON, "بنيامين نتانياهو", 1)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dim_entity", Long.class)).as("the old row and one row for both spellings of سلمان")
                .isEqualTo(2);
    }

    @Test
    void factsLandInTheirViews() {
        List<Long> ids = BiFixtureSet.load(fixtures);

        assertThat(jdbc.queryForMap("SELECT category, amount, unit, approximate FROM bi_quantity WHERE article_id = ? AND category = 'MONEY'",
                ids.get(2))).containsEntry("unit", "USD").containsEntry("approximate", true)
                .satisfies(r -> assertThat(((Number) r.get("amount")).longValue()).isEqualTo(88_000_000_000L));
        assertThat(jdbc.queryForMap("SELECT speaker, quote, speaker_type FROM bi_quote WHERE article_id = ?", ids.get(0)))
                .containsEntry("speaker", "نجم الجبوري").containsEntry("speaker_type", "PERSON");
        assertThat(jdbc.queryForList("SELECT speaker_type FROM bi_quote WHERE article_id = ?", String.class, ids.get(2)))
                .containsExactlyInAnyOrder(null, "ORGANIZATION");
        assertThat(jdbc.queryForList("SELECT kind, amount, amount_high FROM bi_quantity WHERE article_id = ? AND category IN ('KILLED', 'WOUNDED') "
                + "ORDER BY amount", ids.get(2)))
                .extracting(r -> r.get("kind") + " " + ((Number) r.get("amount")).longValue() + " "
                        + (r.get("amount_high") == null ? "-" : ((Number) r.get("amount_high")).longValue()))
                .containsExactly("EVENT 20 30", "EVENT 30 -", "CUMULATIVE 350000 -");
        assertThat(jdbc.queryForList("SELECT `value`, granularity FROM bi_date_mention ORDER BY 1"))
                .extracting(r -> r.get("value") + " " + r.get("granularity")).containsExactly("2014 SEASON", "2019-03-23 DAY");
        assertThat(jdbc.queryForObject("SELECT date_key FROM fact_date_mention WHERE date_value = '2019-03-23'", Integer.class))
                .isEqualTo(20190323);
    }

    @Test
    void overLongValuesAreCutToTheirColumnsInsteadOfFailingTheChunk() {
        String longTitle = "عنوان ".repeat(400);
        org.marsad.core.Article article = new org.marsad.core.Article(longTitle, "مصدر ".repeat(100), "كاتب ".repeat(100),
                "مكان ".repeat(100), null, null, "ar", null, "نص المقال.", 2, "f".repeat(64));

        fixtures.load(List.of(article), List.of(ArticleFacts.NONE));

        Map<String, Object> row = jdbc.queryForMap("SELECT title, author, dateline, source_name FROM bi_article");
        assertThat((String) row.get("title")).hasSize(1000).endsWith("…");
        assertThat((String) row.get("author")).hasSize(300);
        assertThat((String) row.get("dateline")).hasSize(300);
        assertThat((String) row.get("source_name")).hasSize(200);
    }

    @Test
    void reExtractionReplacesAnArticlesFactsAtomically() {
        List<Long> ids = BiFixtureSet.load(fixtures);
        long article = ids.get(0);
        ArticleFacts newer = new ArticleFacts(List.of(BiFixtureSet.place("نينوى", 1)),
                List.of(BiFixtureSet.quantity(org.marsad.core.extract.quantity.QuantityCategory.KILLED, 13, null, false)),
                List.of(), List.of());

        transaction.executeWithoutResult(s -> factsWriter.replace(Map.of(article, newer)));

        assertThat(jdbc.queryForList("SELECT entity_name FROM bi_entity_mention WHERE article_id = ?", String.class, article))
                .containsExactly("نينوى");
        assertThat(jdbc.queryForList("SELECT amount FROM bi_quantity WHERE article_id = ?", article))
                .extracting(r -> ((Number) r.get("amount")).intValue()).containsExactly(13);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bi_quote WHERE article_id = ?", Long.class, article)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bi_date_mention WHERE article_id = ?", Long.class, article)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bi_entity_mention WHERE article_id = ?", Long.class, ids.get(1)))
                .as("other articles keep their facts").isEqualTo(4);
    }

    @Test
    void aFailedReplacementLeavesTheOldFacts() {
        List<Long> ids = BiFixtureSet.load(fixtures);
        long article = ids.get(0);

        try {
            transaction.executeWithoutResult(s -> {
                factsWriter.replace(Map.of(article, ArticleFacts.NONE));
                throw new IllegalStateException("crash mid-chunk");
            });
        } catch (IllegalStateException expected) {
            // the chunk rolled back
        }

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bi_entity_mention WHERE article_id = ?", Long.class, article)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bi_quantity WHERE article_id = ?", Long.class, article)).isEqualTo(2);
    }

    private List<String> columns(String view) {
        return jdbc.query("SELECT * FROM " + view + " WHERE 1 = 0", rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
            }
            return names;
        });
    }
}
