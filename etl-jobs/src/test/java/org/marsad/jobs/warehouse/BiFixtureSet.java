package org.marsad.jobs.warehouse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.marsad.core.Article;
import org.marsad.core.ArticleFacts;
import org.marsad.core.extract.date.DateGranularity;
import org.marsad.core.extract.date.DateMention;
import org.marsad.core.extract.entity.EntityMention;
import org.marsad.core.extract.entity.EntityType;
import org.marsad.core.extract.event.Event;
import org.marsad.core.extract.event.EventParty;
import org.marsad.core.extract.event.EventPeriod;
import org.marsad.core.extract.event.EventPlace;
import org.marsad.core.extract.quantity.Quantity;
import org.marsad.core.extract.quantity.QuantityCategory;
import org.marsad.core.extract.quantity.QuantityKind;
import org.marsad.core.extract.quote.Quotation;
import org.marsad.jobs.importing.WarehouseFixtures;

/**
 * Four invented articles with hand-annotated facts, two published this month, one last month and one
 * undated, by two outlets (one known by a Latin alias). The BI query tests assert on them.
 */
final class BiFixtureSet {

    static final LocalDateTime THIS_MONTH = LocalDate.now(ZoneOffset.UTC).atTime(12, 0);
    static final LocalDateTime LAST_MONTH = THIS_MONTH.minusMonths(1);

    static final Article NINEVEH = article("اعتقال خلية في الموصل", "مرصد نينوى", THIS_MONTH,
            "أعلن نجم الجبوري اعتقال خمسة من عناصر داعش في الموصل ومقتل اثني عشر مسلحاً.");
    static final Article WASAT = article("عمليات في أطراف الموصل", "Atwasat", THIS_MONTH,
            "قال خالد العبيدي إن تنظيم الدولة فقد نحو سبعة مقاتلين قرب الموصل، وأكد نجم الجبوري ذلك.");
    static final Article BAGHDAD = article("تمويل داعش", "بوابة الوسط", LAST_MONTH,
            "قدرت تقارير أموال داعش بنحو 88 مليار دولار، وقتل ثلاثون شخصاً في بغداد، وبلغت حصيلة القتلى منذ 2011 أكثر من 350 ألفاً.");
    static final Article UNDATED = article("مقابلة", null, null, "تحدث خالد العبيدي عن الأوضاع.");

    private BiFixtureSet() {
    }

    static List<Long> load(WarehouseFixtures fixtures) {
        fixtures.registerOutlet("بوابة الوسط", "Atwasat", "Al Wasat");
        fixtures.registerEntity("ORGANIZATION", "داعش", "تنظيم الدولة", "تنظيم الدولة الإسلامية");
        return fixtures.load(List.of(NINEVEH, WASAT, BAGHDAD, UNDATED), List.of(
                new ArticleFacts(
                        List.of(person("نجم الجبوري", 2), org("داعش", 3), place("الموصل", 2)),
                        List.of(quantity(QuantityCategory.KILLED, 12, null, false), quantity(QuantityCategory.ARRESTED, 5, null, false)),
                        List.of(new Quotation("نجم الجبوري", "اعتقال خمسة من عناصر داعش", EntityType.PERSON)),
                        List.of(new DateMention("23 مارس 2019", "2019-03-23", DateGranularity.DAY)),
                        List.of(inMosul(quantity(QuantityCategory.ARRESTED, 5, null, false), new EventParty("داعش", EventParty.Type.ORGANIZATION,
                                "after من عناصر: داعش")), inMosul(quantity(QuantityCategory.KILLED, 12, null, false),
                                        new EventParty("مسلحون", EventParty.Type.GROUP, "counted noun: مسلحا")))),
                new ArticleFacts(
                        List.of(person("نجم الجبوري", 1), person("خالد العبيدي", 1), org("تنظيم الدولة", 1), place("الموصل", 1)),
                        List.of(quantity(QuantityCategory.KILLED, 7, null, true)),
                        List.of(), List.of(new DateMention("صيف عام 2014", "2014", DateGranularity.SEASON)),
                        // the Nineveh story's incident as another outlet wrote it
                        List.of(inMosul(quantity(QuantityCategory.KILLED, 12, null, false), null),
                                new Event(quantity(QuantityCategory.AIRSTRIKES, 40, null, false), new EventParty("التحالف الدولي",
                                        EventParty.Type.ORGANIZATION, "before the count: التحالف الدولي"), new EventParty("داعش",
                                        EventParty.Type.ORGANIZATION, "after ضد مواقع: داعش"), new EventPlace("قره جوغ", "نينوى", "العراق",
                                        "sentence: قره جوغ"), new EventPeriod(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31),
                                        EventPeriod.Granularity.MONTH, "في مارس 2021")))),
                new ArticleFacts(
                        List.of(org("داعش", 1), place("بغداد", 1)),
                        List.of(quantity(QuantityCategory.MONEY, 88_000_000_000L, "USD", true), quantity(QuantityCategory.KILLED, 30, null, false),
                                new Quantity(QuantityCategory.KILLED, BigDecimal.valueOf(350_000), null, null, true, QuantityKind.CUMULATIVE,
                                        "وبلغت حصيلة القتلى منذ 2011 أكثر من 350 ألفاً"),
                                new Quantity(QuantityCategory.WOUNDED, BigDecimal.valueOf(20), BigDecimal.valueOf(30), null, true, QuantityKind.EVENT,
                                        "وأصيب بين 20 و30 شخصاً")),
                        List.of(new Quotation(null, "إن الأموال تأتي من النفط", null), new Quotation("داعش", "تبنى التنظيم الهجوم", EntityType.ORGANIZATION)),
                        List.of(),
                        List.of(new Event(new Quantity(QuantityCategory.KILLED, BigDecimal.valueOf(30), null, null, false, QuantityKind.PERIOD_TOTAL,
                                "وقتل ثلاثون شخصاً في بغداد في عام 2021"), null, new EventParty("أشخاص", EventParty.Type.GROUP, "counted noun: شخصا"),
                                new EventPlace("بغداد", "بغداد", "العراق", "sentence: بغداد"),
                                new EventPeriod(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), EventPeriod.Granularity.YEAR, "في عام 2021")))),
                new ArticleFacts(List.of(person("خالد العبيدي", 1)), List.of(), List.of(), List.of())));
    }

    /** THIS_MONTH's Nineveh incident: security forces in Mosul, the day before publication. */
    static Event inMosul(Quantity count, EventParty target) {
        LocalDate day = THIS_MONTH.toLocalDate().minusDays(1);
        return new Event(count, new EventParty("قوات الأمن", EventParty.Type.FORCE, "before the count: قوات الأمن"), target,
                new EventPlace("الموصل", "نينوى", "العراق", "sentence: الموصل"), new EventPeriod(day, day, EventPeriod.Granularity.DAY, "أمس"));
    }

    static Article article(String title, String source, LocalDateTime publishedAt, String body) {
        return new Article(title, source, null, null, publishedAt, null, "ar", null, body, body.split(" ").length, sha256(body));
    }

    static EntityMention person(String name, int count) {
        return new EntityMention(EntityType.PERSON, name, count);
    }

    static EntityMention org(String name, int count) {
        return new EntityMention(EntityType.ORGANIZATION, name, count);
    }

    static EntityMention place(String name, int count) {
        return new EntityMention(EntityType.LOCATION, name, count);
    }

    static Quantity quantity(QuantityCategory category, long amount, String unit, boolean approximate) {
        return new Quantity(category, BigDecimal.valueOf(amount), unit, approximate, "جملة " + amount);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
