package org.marsad.core.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.core.ArticleFactsExtractor;
import org.marsad.core.extract.event.EventPeriod.Granularity;
import org.marsad.core.extract.quantity.QuantityCategory;

class EventExtractorTest {

    private static final ArticleFactsExtractor FACTS = ArticleFactsExtractor.standard();
    /** A Friday. */
    private static final LocalDateTime PUBLISHED = LocalDateTime.of(2023, 3, 10, 12, 0);

    private static List<Event> events(String sentence) {
        return FACTS.extract(null, sentence, PUBLISHED).events();
    }

    @Test
    void countsOfOneSentenceShareTheActorAndTheNamedTarget() {
        List<Event> events = events("في عام 2021، أعلن جهاز مكافحة الإرهاب أن قواته تمكنت من قتل 120 عنصرا من تنظيم داعش، واعتقال 80 آخرين، "
                + "ونفذت 140 عملية في العراق.");
        assertThat(events).extracting(e -> e.count().category()).containsExactly(QuantityCategory.KILLED, QuantityCategory.ARRESTED,
                QuantityCategory.OPERATIONS);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.actor().name()).isEqualTo("جهاز مكافحة الإرهاب");
            assertThat(e.target().name()).isEqualTo("داعش");
            assertThat(e.place().country()).isEqualTo("العراق");
            assertThat(e.period().granularity()).isEqualTo(Granularity.YEAR);
            assertThat(e.period().start()).hasToString("2021-01-01");
        });
    }

    @Test
    void theMostSpecificPlaceOfAChainIsTheEventsWithItsRegionAndCountry() {
        Event e = events("وقال إن طائرات التحالف الدولي شنت 40 ضربة جوية ضد مواقع تنظيم داعش في جبال قره جوغ بالموصل شمالي العراق.").get(0);
        assertThat(e.actor().name()).isEqualTo("التحالف الدولي");
        assertThat(e.target().name()).isEqualTo("داعش");
        assertThat(e.place()).extracting(EventPlace::name, EventPlace::region, EventPlace::country).containsExactly("قره جوغ", "نينوى", "العراق");
    }

    @Test
    void aDescribedForceActsAndTheCountedNounNamesTheVictims() {
        Event e = events("وأضاف أن سلاح الجو العراقي تمكن من قتل 75 إرهابيا خلال الأسبوع.").get(0);
        assertThat(e.actor()).extracting(EventParty::name, EventParty::type).containsExactly("سلاح الجو العراقي", EventParty.Type.FORCE);
        assertThat(e.target()).extracting(EventParty::name, EventParty::type).containsExactly("مسلحون", EventParty.Type.GROUP);
    }

    @Test
    void aWordOfAgencyAfterTheCountNamesTheActorAndAWeekdayTheDay() {
        Event e = events("قتل ثلاثة مدنيين بنيران القوات الحكومية في ريف حلب يوم الأربعاء الماضي.").get(0);
        assertThat(e.actor().name()).isEqualTo("القوات الحكومية");
        assertThat(e.target().name()).isEqualTo("مدنيون");
        assertThat(e.place().country()).isEqualTo("سوريا");
        assertThat(e.period().start()).hasToString("2023-03-08");
        assertThat(e.period().stated()).isTrue();
    }

    @Test
    void whoReportsADeathIsNotWhoCausedIt() {
        Event e = events("وأعلنت وزارة الصحة مقتل 12 شخصا في قصف على المدينة.").get(0);
        assertThat(e.actor()).isNull();
        assertThat(e.target().name()).isEqualTo("أشخاص");
    }

    @Test
    void aForceReportingItsOwnArrestsIsTheirActor() {
        Event e = events("أعلن الجيش الإسرائيلي اعتقال 14 فلسطينيا في الضفة الغربية.").get(0);
        assertThat(e.actor().name()).isEqualTo("الجيش الإسرائيلي");
        assertThat(e.target().name()).isEqualTo("فلسطينيون");
        assertThat(e.place().name()).isEqualTo("الضفة الغربية");
    }

    @Test
    void aNationalityAfterTheCountedNounIsNoPlace() {
        Event e = events("وقتل 6 جنود أتراك و4 جنديا تركيا في اشتباكات في منطقة عفرين.").get(1);
        assertThat(e.place().name()).isEqualTo("عفرين");
    }

    @Test
    void aSentenceWithoutDateFallsBackToThePublicationDateMarkedAsSuch() {
        Event e = events("واعتقلت الشرطة 9 أشخاص في العريش.").get(0);
        assertThat(e.period().stated()).isFalse();
        assertThat(e.period().start()).isEqualTo(PUBLISHED.toLocalDate());
        assertThat(e.place()).extracting(EventPlace::region, EventPlace::country).containsExactly("شمال سيناء", "مصر");
    }

    @Test
    void aRelativePeriodResolvesAgainstThePublicationDate() {
        Event e = events("وقتل 300 شخص منذ مطلع العام في المحافظة.").get(0);
        assertThat(e.count().kind().name()).isEqualTo("PERIOD_TOTAL");
        assertThat(e.period()).extracting(p -> p.start().toString(), p -> p.end().toString(), EventPeriod::granularity)
                .containsExactly("2023-01-01", "2023-03-10", Granularity.SPAN);
    }

    @Test
    void aTollSinceAStartIsNoEvent() {
        assertThat(events("وقتل أكثر من 350 ألف شخص منذ عام 2011.")).isEmpty();
    }

    @Test
    void aFigureTheArticleRepeatsTakesWhatItsFirstSentenceLeavesUnsaidFromTheLaterOne() {
        List<Event> events = FACTS.extract(null, "قال ناشطون إن 40 شخصا لقوا حتفهم.\n\nوأضافوا أن 40 مدنيا قتلوا في قصف على مدينة دوما يوم الأربعاء.",
                PUBLISHED).events();
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.count().sentence()).startsWith("قال ناشطون");
        assertThat(e.target().name()).isEqualTo("مدنيون"); // أشخاص says no more than that people died
        assertThat(e.place().name()).isEqualTo("دوما");
        assertThat(e.place().evidence()).startsWith("a later sentence of the figure");
        assertThat(e.period().start()).hasToString("2023-03-08");
        assertThat(e.actor()).isNull();
    }

    @Test
    void aVerbOfCarryingOutFarAfterTheCountNamesTheActor() {
        Event e = events("لقي 22 مسلحا من تنظيم داعش الإرهابي مصرعهم في عملية أمنية واسعة نفذتها قوات عراقية مشتركة غربي الرمادي.").get(0);
        assertThat(e.actor()).extracting(EventParty::name, EventParty::type).containsExactly("قوات عراقية مشتركة", EventParty.Type.FORCE);
        assertThat(e.target().name()).isEqualTo("داعش");
    }

    @Test
    void anExchangeOfFireNamesTheOtherSide() {
        Event e = events("وأعلن البيان القضاء على ستة أفراد تكفيريين خلال تبادل لإطلاق النار مع القوات في شمال سيناء.").get(0);
        assertThat(e.actor().name()).isEqualTo("القوات");
    }

    @Test
    void aForceReportingTheDeathsOfFightersItFightsKilledThemButNotOfItsOwnOrOfCivilians() {
        assertThat(events("وأكدت المقاومة الشعبية مقتل سبعة حوثيين في جبهة الضباب.").get(0).actor().name()).isEqualTo("المقاومة الشعبية");
        assertThat(events("وأكدت المقاومة الشعبية مقتل سبعة مدنيين في جبهة الضباب.").get(0).actor()).isNull();
        assertThat(events("وأعلن المرصد السوري لحقوق الإنسان مقتل سبعة مسلحين في ريف إدلب.").get(0).actor()).isNull();
    }

    @Test
    void aPlaceTheTableLacksLiesInTheCountryTheArticlesPlacesLieInMostOften() {
        String body = "اشتدت المعارك في تعز وعدن ومأرب، فيما دعت السعودية إلى الهدوء.\n\nوقتل خمسة مدنيين في قرية الحصين.\n\n"
                + "وأصيب ثلاثة أشخاص بجروح.";
        List<Event> events = FACTS.extract(null, body, PUBLISHED).events();
        assertThat(events).extracting(e -> e.place().country()).containsExactly("اليمن", "اليمن");
        assertThat(events.get(0).place().name()).isEqualTo("الحصين");
        assertThat(events.get(1).place().evidence()).startsWith("the sentence before"); // the village again, still in Yemen
    }

    @Test
    void fightersInConstructWithANamedSideAreThatSidesAndRanksAfterMinAreSkipped() {
        assertThat(events("وأسفرت الغارة عن مقتل العشرات من مقاتلي الحشد الشعبي قرب البوكمال.").get(0).target().name()).isEqualTo("الحشد الشعبي");
        assertThat(events("وتمكنت القوات من اعتقال خمسة من كبار قادة الحوثيين في صعدة.").get(0).target().name()).isEqualTo("الحوثيون");
        assertThat(events("وأسفرت الغارة عن مقتل 12 مسلحا في البوكمال.").get(0).target().name()).isEqualTo("مسلحون");
    }

    @Test
    void aPlaceNamedByItsKindEndsBeforeASecondPlaceJoinedByWaAndIsNeverAVagueWord() {
        assertThat(events("وقتل 15 عنصرا من الميليشيات خلال اشتباكات في منطقتي الفازة والجاح.").get(0).place().name()).isEqualTo("الفازة");
        assertThat(events("وشن الطيران 9 غارات على منطقة أخرى يسيطر عليها المتمردون.").get(0).place()).isNull();
    }

    @Test
    void aBodyThatCountsTheDeadAndAnOfficialOfItNeverDealtThem() {
        assertThat(events("وسجلت وزارة الصحة في غزة سقوط 17 قتيلا خلال الأسبوع.").get(0).actor()).isNull();
        assertThat(events("وأعلن المدير العام لشرطة عدن مقتل 17 شخصا في انفجار.").get(0).actor()).isNull();
    }

    @Test
    void aPartyRightBeforeARelativeClauseIsTheAgentWhateverGovernsIt() {
        Event e = events("واستفاد المقاتلون من دعم مقاتلات التحالف العربي الذي شن نحو 15 غارة على مواقع المتمردين.").get(0);
        assertThat(e.actor().name()).isEqualTo("التحالف العربي");
    }

    @Test
    void aSecondGroupWordSaysWhoseFightersTheyAre() {
        assertThat(events("وشن التحالف 15 غارة وقتل 20 من المتمردين الحوثيين في التواهي.").get(1).target().name()).isEqualTo("الحوثيون");
    }

    @Test
    void theAircraftOfAForceAreThatForce() {
        Event e = events("وقال إن طائرات القوات الجوية الليبية شنت أربع غارات على مواقع المسلحين.").get(0);
        assertThat(e.actor().name()).isEqualTo("القوات الجوية الليبية");
    }

    @Test
    void aLaterClauseAfterFimaKeepsItsSideToItself() {
        List<Event> events = events("وأسفرت الاشتباكات عن سقوط 16 قتيلا، فيما أصيب ثلاثة من عناصر المقاومة الشعبية.");
        assertThat(events.get(0).target()).isNull();
        assertThat(events.get(1).target().name()).isEqualTo("المقاومة الشعبية");
    }

    @Test
    void theNationalityAStrikeBearsNamesTheStateThatStruck() {
        Event e = events("وقتل 12 مسلحا في غارة جوية إسرائيلية على موقع قرب دمشق.").get(0);
        assertThat(e.actor()).extracting(EventParty::name, EventParty::type).containsExactly("إسرائيل", EventParty.Type.ORGANIZATION);
    }

    @Test
    void aPartyWrittenWithLamIsAnObjectUnlessItOwnsTheAttackBeforeIt() {
        Event object = events("وأطلق المسلحون قذيفة على سيارة تابعة للشرطة، ما أدى إلى إصابة ثلاثة مدنيين.").get(0);
        assertThat(object.actor().name()).isEqualTo("المسلحون");
        Event owner = events("وأسفرت غارات لمقاتلات التحالف العربي عن مقتل 30 من المسلحين في الحديدة.").get(0);
        assertThat(owner.actor().name()).isEqualTo("التحالف العربي");
    }

    @Test
    void aWordOfAgencyPastTheTargetAfterTheCountNamesTheActor() {
        Event e = events("وأفاد بيان أن 45 عنصرا من تنظيم داعش، بينهم قياديون، قتلوا في غارات لطائرات التحالف الدولي قرب الحسكة.").get(0);
        assertThat(e.target().name()).isEqualTo("داعش");
        assertThat(e.actor().name()).isEqualTo("التحالف الدولي");
    }

    @Test
    void aGroupActsOnlyAsAnArmedOne() {
        Event armed = events("وقال المصدر إن مجموعة مسلحة هاجمت دورية للجيش، ما أدى إلى مقتل 4 جنود.").get(0);
        assertThat(armed.actor()).extracting(EventParty::name, EventParty::type).containsExactly("مجموعة مسلحة", EventParty.Type.FORCE);
        Event unarmed = events("وقالت مجموعة من الأطباء إن الحادث أدى إلى مقتل 4 أشخاص.").get(0);
        assertThat(unarmed.actor()).isNull();
    }

    @Test
    void aRepeatedFigureTakesTheActorALaterSentenceNamesByAWordOfAgencyOnly() {
        List<Event> byAgency = FACTS.extract(null, "مقتل 17 من الحوثيين في الحديدة.\nوقتل 17 من الحوثيين بقصف للتحالف العربي على مواقعهم.",
                PUBLISHED).events();
        assertThat(byAgency).singleElement().satisfies(e -> assertThat(e.actor().name()).isEqualTo("التحالف العربي"));
        List<Event> before = FACTS.extract(null, "مقتل 17 شخصا في انهيار مبنى بالقاهرة.\nوكانت قوات الأمن قد أغلقت الشارع قبل انهيار المبنى ومقتل 17 شخصا.",
                PUBLISHED).events();
        assertThat(before).singleElement().satisfies(e -> assertThat(e.actor()).isNull());
    }

    @Test
    void aClauseOfResultReachesBackToWhoActedAndTheSideAfterMaIsTheOther() {
        Event e = events("وقالت المصادر إن قوات البيشمركة اشتبكت مع عناصر داعش لدى محاولتهم اقتحام قرى تابعة لناحية كفري الحدودية مع "
                + "محافظتي كركوك وصلاح الدين شمال شرقي مدينة بعقوبة ما أسفر عن مقتل 22 مسلحا.").get(0);
        assertThat(e.actor().name()).isEqualTo("البيشمركة");
    }

    @Test
    void theTargetIsTheSideWhosePositionsOrCentresWereStruckAndASingularNationalityCountsItsPeople() {
        assertThat(events("وقالت المصادر إن القوات نفذت 18 غارة جوية على مواقع الحوثي قرب الحديدة.").get(0).target().name()).isEqualTo("الحوثيون");
        assertThat(events("وشنت الطائرات أربع غارات لمراكز تجمع تابعة لتنظيم داعش قرب الرمادي.").get(0).target().name()).isEqualTo("داعش");
        assertThat(events("وأكدت المصادر أن أكثر من 445 فلسطيني أصيبوا بجروح مختلفة.").get(0).target().name()).isEqualTo("فلسطينيون");
    }

    @Test
    void theSideWhosePositionsWereAttackedAndTheSideACountCountsNeverActed() {
        List<Event> events = events("وكانت قوات الشرعية قد هاجمت تحصينات المتمردين في مديرية الصلو، حيث أسفر الهجوم عن مقتل أربعة متمردين "
                + "وأسر اثنين آخرين.");
        assertThat(events).extracting(e -> e.count().category()).containsExactly(QuantityCategory.KILLED, QuantityCategory.ARRESTED);
        assertThat(events).allSatisfy(e -> assertThat(e.actor().name()).isEqualTo("قوات الشرعية"));
    }

    @Test
    void aStrikeActsOnlyWhenAWordSaysWhoseItWas() {
        assertThat(events("وقال المرصد إن الضربات الجوية أسفرت عن مقتل 13 مدنيا.").get(0).actor()).isNull();
        assertThat(events("وقال المرصد إن الغارات الجوية التركية أسفرت عن مقتل 13 مدنيا.").get(0).actor().name())
                .isEqualTo("الغارات الجوية التركية");
    }

    @Test
    void aCountryRightAfterAPlaceBeforeTheCountSaysWhereThatPlaceLies() {
        Event e = events("وهاجم مفجر انتحاري مدينة مايدوجوري (نيجيريا) مما أسفر عن مقتل 10 أشخاص على الأقل.").get(0);
        assertThat(e.place()).extracting(EventPlace::name, EventPlace::country).containsExactly("مايدوغوري", "نيجيريا");
        Event road = events("وأصيب 4 بإصابات خطيرة في حادث انقلاب على طريق عرعر – سكاكا بمنطقة الحدود الشمالية.").get(0);
        assertThat(road.place().name()).isEqualTo("الحدود الشمالية");
    }

    @Test
    void eachCountTakesTheTimeWrittenNearestItInItsOwnClauseAndAMonthOfLastYearIsThatMonth() {
        List<Event> events = events("وتسبب الإعصار أمس بمقتل 51 شخصا، وفي آذار/مارس من العام الماضي قتل 78 شخصا في إعصار آخر.");
        assertThat(events).extracting(e -> e.count().amount().intValue() + " " + e.period().start() + ".." + e.period().end())
                .containsExactly("51 2023-03-09..2023-03-09", "78 2022-03-01..2022-03-31");
    }

    @Test
    void aDatelineNoneOfTheArticlesPlacesSharesIsThePapersOfficeNotWhereItHappened() throws Exception {
        String record = "{\"source\": \"aawsat\", \"author\": \"لندن: «الشرق الأوسط»\", \"title\": \"حملة في تركيا\", "
                + "\"content\": \"أعلنت الحكومة في أنقرة حملة واسعة على الخلايا في تركيا. وقال مكتب رئيس الحكومة إن الشرطة أوقفت "
                + "251 شخصا في إطار الحملة التي أطلقت في أنحاء البلاد، وإن العملية ستتواصل خلال الأيام المقبلة حتى تنتهي.\"}";
        org.marsad.core.ExtractedArticle a = org.marsad.core.ArticleExtractor.standard().extract("article.json",
                record.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(a.article().dateline()).isEqualTo("لندن");
        assertThat(a.facts().events()).singleElement().satisfies(e -> assertThat(e.place().country()).isEqualTo("تركيا"));
    }

    @Test
    void aCountryThatDoesTheDeedActsAndIsNoPlaceOfIt() {
        Event e = events("ونفذت الولايات المتحدة أكثر من 30 ضربة جوية العام الماضي في الصومال.").get(0);
        assertThat(e.actor()).extracting(EventParty::name, EventParty::type).containsExactly("الولايات المتحدة", EventParty.Type.ORGANIZATION);
        assertThat(e.place().name()).isEqualTo("الصومال");
        assertThat(events("وقتل 5 أشخاص في الولايات المتحدة أمس.").get(0).actor()).isNull();
    }

    @Test
    void aCountWhosePlaceInItsSentenceIsNotKnownSaysNothingOfWhoActedOnItsNeighbours() {
        String sentence = "وكانت قوات الشرعية قد هاجمت تحصينات المتمردين، حيث أسفر الهجوم عن مقتل أربعة متمردين.";
        List<org.marsad.core.extract.quantity.Quantity> counts = new java.util.ArrayList<>(
                new org.marsad.core.extract.quantity.QuantityExtractor().extract(sentence));
        counts.add(0, new org.marsad.core.extract.quantity.Quantity(QuantityCategory.KILLED, java.math.BigDecimal.TEN, null, false, sentence));
        List<Event> events = new EventExtractor(PlaceHierarchy.standard()).extract(counts, s -> List.of(),
                new EventExtractor.Context(null, PUBLISHED.toLocalDate(), List.of()));
        assertThat(events).singleElement().satisfies(e -> assertThat(e.count().amount().intValue()).isEqualTo(4));
    }

    @Test
    void othersAreTheGroupNamedBeforeThemInTheirClauseElsePeople() {
        List<Event> events = events("وأسفر الهجوم عن مقتل رجل شرطة وإصابة ستة آخرين بجروح.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.count().amount().intValue()).isEqualTo(6);
            assertThat(e.target().name()).isEqualTo("عناصر أمن");
        });
        assertThat(events("كما أصيب 14 آخرون في الانفجار.").get(0).target().name()).isEqualTo("أشخاص");
    }

    @Test
    void aPossessivePronounOnTheCountedNounStillNamesTheGroup() {
        assertThat(events("وأعلنت الوزارة مقتل أربعة من جنودها في الهجوم.").get(0).target().name()).isEqualTo("جنود");
        assertThat(events("وأعلن التنظيم مقتل خمسة من عناصره في الغارة.").get(0).target()).isNull();
    }

    @Test
    void aHalfOrQuarterOfAYearIsThatPartAndSinceItsStartRunsToPublication() {
        assertThat(events("وسجلت الأمم المتحدة مقتل 1500 مدني خلال النصف الأول من العام 2022.").get(0).period())
                .extracting(p -> p.start() + ".." + p.end()).isEqualTo("2022-01-01..2022-06-30");
        assertThat(events("وقتل 40 مدنيا في الربع الثالث من عام 2022.").get(0).period())
                .extracting(p -> p.start() + ".." + p.end()).isEqualTo("2022-07-01..2022-09-30");
        assertThat(events("وأسفرت الاحتجاجات منذ مطلع 2023 عن مقتل 25 شخصا.").get(0).period())
                .extracting(p -> p.start() + ".." + p.end(), EventPeriod::granularity).containsExactly("2023-01-01..2023-03-10", Granularity.SPAN);
    }

    @Test
    void aRelativeWordAfterAConjunctionStillDates() {
        assertThat(events("والأسبوع الماضي أعلن الجيش مقتل أربعة من جنوده.").get(0).period())
                .extracting(p -> p.start() + ".." + p.end()).isEqualTo("2023-02-25..2023-03-03");
    }

    @Test
    void theWorstIncidentSinceAStartIsAnIncidentOfItsOwnDay() {
        Event e = events("في حادث يعد الأسوأ من نوعه منذ بدء التدخل في سبتمبر 2015، تحطمت طائرة في قاعدة حميميم الأربعاء ما أدى إلى مقتل 39 شخصا.")
                .get(0);
        assertThat(e.count().kind()).isEqualTo(org.marsad.core.extract.quantity.QuantityKind.EVENT);
        assertThat(e.period().start()).hasToString("2023-03-08");
    }

    @Test
    void countsListedWithAndShareThePlaceNamedAfterTheLastOfThem() {
        List<Event> events = events("وتحدث مسعفون في دمشق عن سقوط عشرات القتلى ومئات الجرحى في هجوم مساء السبت في مدينة دوما.");
        assertThat(events).extracting(e -> e.place().name()).containsExactly("دوما", "دوما");
    }

    @Test
    void aPlacesNameEndsBeforeADirectionWithAPreposition() {
        Event e = events("واقتحم مسلحون مركزا للشرطة في ولاية البنجاب بشمال الهند مما أدى إلى مقتل ستة أشخاص.").get(0);
        assertThat(e.place()).extracting(EventPlace::name, EventPlace::country).containsExactly("البنجاب", "الهند");
    }

    @Test
    void theOutletThatReportsIsNoPartyToWhatItReports() {
        Event e = events("وقال المكتب في بيان حصلت «الشرق الأوسط» على نسخة منه إن الهجوم أسفر عن مقتل اثنين من عناصر الميليشيات.").get(0);
        assertThat(e.actor()).isNull();
    }

    @Test
    void aPluralNisbaTheListsLackNamesThePeopleCounted() {
        assertThat(events("وأعلنت الشرطة احتجاز 5 نيباليين للاشتباه في ذبحهم طفلا.").get(0).target().name()).isEqualTo("نيباليون");
    }

    @Test
    void aStrikeOrShellingThatCausedTheDeathsNamesWhoseItWas() {
        assertThat(events("وقتل عشرة مقاتلين الأربعاء جراء غارات تركية استهدفت حاجزا لهم.").get(0).actor().name()).isEqualTo("تركيا");
        assertThat(events("وقتل ثلاثة أشخاص في مدينة عربين نتيجة قصف من طائرات النظام السوري.").get(0).actor()).isNotNull();
    }

    @Test
    void passengersAndPassersByAreTheGroupsCounted() {
        assertThat(events("وتوفي تسعة وأصيب 39 من ركاب الحافلة في الحادث.")).extracting(e -> e.target().name()).contains("ركاب");
    }

    @Test
    void aPlaceInALaterClauseIsThatClausesNotTheCounts() {
        Event e = events("وذكر شهود من إقليم شرناخ أن ثلاثة جنود قتلوا في هجوم على ثكنة، فيما أكد حزب معارض أنه ما زال يعمل في تركيا.").get(0);
        assertThat(e.place().name()).isEqualTo("شرناق"); // the place list's name for شرناخ
    }

    @Test
    void aPartyBeforeAnEarlierEventDidNotDealItsCount() {
        Event e = events("أمر حكام الولايات بتسليح أفراد الحرس الوطني في أعقاب هجمات أدت إلى مقتل خمسة من أفراد الجيش.").get(0);
        assertThat(e.actor()).isNull();
    }

    @Test
    void aPlaceAfterAWordOfAllegianceNamesASideNotWhereItHappened() {
        Event e = events("وقتل عشرة مقاتلين موالين لدمشق الأربعاء جراء غارات تركية على الطريق المؤدي من عفرين.").get(0);
        assertThat(e.place().name()).isEqualTo("عفرين");
    }

    @Test
    void aForceNamedAmongTheHarmedDidNotHarmThem() {
        Event e = events("لقي ضابط شرطة ومجند مصرعهما وأصيب ثلاثة مجندين آخرين إثر انفجار عبوة ناسفة بالعريش.").get(0);
        assertThat(e.actor()).isNull();
    }

    @Test
    void aSeaNamedAfterFiIsWhereItHappenedAndLiesInNoCountry() {
        Event e = events("وغرق نحو 540 مهاجرا في خليج البنغال، فيما توفي آخرون على الحدود بين المكسيك والولايات المتحدة.").get(0);
        assertThat(e.place()).extracting(EventPlace::name, EventPlace::country).containsExactly("خليج البنغال", null);
        assertThat(events("وقتل 5 صيادين قرب ميناء الحديدة على البحر الأحمر.").get(0).place().name()).isNotEqualTo("البحر الأحمر");
    }

    @Test
    void anArmedGroupTheNewsNamesIsTheSideItsFightersBelongTo() {
        Event e = events("مقتل 23 من مسلحي \"احرار الشام\" في هجوم انتحاري بحلب.").get(0);
        assertThat(e.target().name()).isEqualTo("حركة أحرار الشام");
    }

    @Test
    void aDaeshiIsOfDaeshAndTheForceThatReportsTheirDeathsKilledThem() {
        Event e = events("وأعلن الجيش العراقي مقتل 17 داعشيا شرقي الفلوجة.").get(0);
        assertThat(e.target().name()).isEqualTo("داعش");
        assertThat(e.actor().name()).isEqualTo("الجيش العراقي");
    }

    @Test
    void whatAnAttackWasAimedAtIsNoActorAndAForcesNameEndsAtItsNationalityOrPlace() {
        Event e = events("وقال الجيش إن مقاتلين قتلوا ثلاثة جنود أتراك في هجوم على كتيبة للجيش في إقليم شرناق.").get(0);
        assertThat(e.actor() == null ? null : e.actor().name()).isNotEqualTo("الجيش");
        assertThat(events("وقتل 6 من المسلحين في حملات لقوات الجيش شمال سيناء.").get(0).actor().name()).isEqualTo("قوات الجيش");
        assertThat(events("وشهدت غزة مقتل 54 فلسطينيا بأيدي الجيش الإسرائيلي.").get(0).actor().name()).isEqualTo("الجيش الإسرائيلي");
    }

    @Test
    void aTotalSinceADayRunsFromThatDayToPublication() {
        Event e = events("وتشهد غزة منذ 1 مارس مسيرات شهدت مقتل 54 فلسطينيا بأيدي الجيش الإسرائيلي.").get(0);
        assertThat(e.period()).extracting(p -> p.start() + ".." + p.end()).isEqualTo("2023-03-01..2023-03-10");
    }

    @Test
    void aCueAfterAConjunctionStillCuesAndTheOneWhoCarriedItOutIsItsActor() {
        Event e = events("وأدى التفجير إلى سقوط 21 قتيلا وإصابة العشرات، ونفذه انتحاري آخر يدعى صالح.").get(0);
        assertThat(e.actor().name()).isIn("انتحاري", "صالح"); // the bomber, or the man the sentence names as him
        assertThat(events("وقتل 5 أشخاص في السوق صباح الأحد، وفي هجوم آخر للتحالف الدولي قتل 3.").get(1).actor().name()).isEqualTo("التحالف الدولي");
    }

    @Test
    void anAsideOnWhoTheCountedWereDoesNotPutTheAgencyOutOfReach() {
        Event e = events("وقتل أربعة فلسطينيين، بينهم ثلاثة ناشطين في كتائب عز الدين القسام، الجناح العسكري لحركة حماس، في قصف إسرائيلي مكثف.").get(0);
        assertThat(e.actor().name()).isEqualTo("إسرائيل");
    }

    @Test
    void anIndefiniteForceHeadWithNothingOfItsOwnNamesNoForce() {
        Event e = events("وقدم التعازي في استشهاد 12 من منسوبي قوات طوارئ منطقة عسير وإصابة تسعة آخرين.").get(0);
        assertThat(e.target() == null ? null : e.target().name()).isNotEqualTo("قوات");
        assertThat(events("وقتل 5 مسلحين في اشتباكات مع قوات الأمن.").get(0).actor().name()).isEqualTo("قوات الأمن");
    }

    @Test
    void whoAnnouncesItsResponsibilityForTheAttacksCarriedThemOut() {
        assertThat(events("وأعلنت حركة طالبان مسؤوليتها عن 472 هجوما في يناير وحده.").get(0).actor().name()).isEqualTo("حركة طالبان");
    }

    @Test
    void theOthersWoundedAreTheKilledsPeopleNotTheirWomenAndChildren() {
        List<Event> events = events("وكشف تقرير عن مقتل 21 مدنيا، بينهم 5 أطفال و4 نساء، في قصف على المدينة، وإصابة 72 آخرين.");
        Event wounded = events.stream().filter(e -> e.count().amount().intValue() == 72).findFirst().orElseThrow();
        assertThat(wounded.target().name()).isEqualTo("مدنيون");
    }

    @Test
    void aJudgingAdjectiveIsNoPartOfAForcesName() {
        Event e = events("وسقط 13 قتيلا من عناصر ميليشيات الحوثي الانقلابية في المواجهات.").get(0);
        assertThat(e.target().name()).isEqualTo("ميليشيات الحوثي");
        assertThat(events("وقتلت القوات المسلحة 5 إرهابيين.").get(0).actor().name()).isEqualTo("القوات المسلحة");
    }

    @Test
    void aDatelineOfPlaceAndAgencyIsNoPlaceOfTheEvent() {
        Event e = events("باماكو - رويترز: قتل جنديان وأصيب 4 في كمين قرب تمبكتو أول من أمس.").get(0);
        assertThat(e.place().name()).isEqualTo("تمبكتو");
    }

    @Test
    void whereSomeoneWasBornIsNoPlaceOfTheEvent() {
        Event e = events("وقع إطلاق النار على مركز عسكري في ولاية تينيسي، والمسلح من مواليد الكويت، وقد قتل في الحادث 4 جنود.").get(0);
        assertThat(e.place().country()).isEqualTo("الولايات المتحدة");
    }

    @Test
    void aTownBetweenTheCountAndItsCountryIsThePlace() {
        Event e = events("وأعلنت القيادة استشهاد 4 من جنودها بمعركة تحرير الحديدة ضمن قوات التحالف في اليمن.").get(0);
        assertThat(e.place().name()).isEqualTo("الحديدة");
    }

    @Test
    void theSideTheCountedFoughtIsTheirActor() {
        Event e = events("قتل 21 متمردا على الاقل معظمهم من الاجانب وتعرض 13 آخرين لاصابات خلال يومين من القتال الشرس مع قوات الامن الافغانية.").get(0);
        assertThat(e.actor().name()).isEqualTo("قوات الامن الافغانية");
        Event fought = events("سقط 13 قتيلا و7 جرحى من عناصر ميليشيات الحوثي إثر المواجهات التي خاضها الجيش اليمني بمساندة المقاومة مع عناصر الميليشيات.").get(1);
        assertThat(fought.actor().name()).isEqualTo("الجيش اليمني");
        assertThat(events("قتل 5 جنود في اشتباكات مع الجنود المنشقين.").get(0).actor()).isNull(); // their own people: no side named
    }

    @Test
    void whoBlamesAnAttackDidNotCarryItOut() {
        assertThat(events("وقتل 32 شخصا في هجوم نسبته السلطات التركية الى تنظيم داعش.").get(0).actor().name()).isEqualTo("داعش");
        Event e = events("اثر الهجوم الانتحاري في سوروتش الذي نسبته السلطات التركية الى التنظيم الجهادي والذي ادى الى سقوط 32 قتيلا.").get(0);
        assertThat(e.actor()).isNull();
    }

    @Test
    void daysCountedBackFromThePublicationAreThatDay() {
        assertThat(events("وقتل 32 شخصا في الهجوم الذي وقع قبل أسبوع.").get(0).period().start()).isEqualTo(PUBLISHED.toLocalDate().minusDays(7));
        assertThat(events("وقتل جنديان في كمين أول من أمس.").get(0).period().start()).isEqualTo(PUBLISHED.toLocalDate().minusDays(2));
    }

    @Test
    void aPlaceAfterASemicolonOrإذIsWhatFollowedNotWhereTheCountHappened() {
        Event e = events("وجاء القرار بعد هجوم مسلح على فندق في مدينة سوسة قتل فيه 12 شخصا؛ إذ دفع الهجوم السياح إلى العودة إلى بريطانيا.").get(0);
        assertThat(e.place().name()).isEqualTo("سوسة");
        assertThat(e.place().country()).isEqualTo("تونس");
    }

    @Test
    void aNationalityRightAfterAPlaceTheTableLacksSaysItsCountry() {
        Event e = events("قتل ثلاثة متسلقين في جبال الألب الفرنسية إثر انهيار ثلجي.").get(0);
        assertThat(e.place().country()).isEqualTo("فرنسا");
        assertThat(e.target().name()).isEqualTo("متسلقون");
    }

    @Test
    void aCapitalIsAPlaceOfItsCountry() {
        Event e = events("قتل 15 شخصا في انفجار بسوق في العاصمة كمبالا.").get(0);
        assertThat(e.place()).extracting(EventPlace::name, EventPlace::country).containsExactly("كمبالا", "أوغندا");
    }

    @Test
    void aTownBeforeTheRegionItLiesInIsTheMoreSpecificPlace() {
        Event e = events("أصيب 4 من رجال حرس الحدود بقطاع ظهران الجنوب بمنطقة عسير إثر سقوط قذائف.").get(0);
        assertThat(e.place()).extracting(EventPlace::name, EventPlace::region).containsExactly("ظهران الجنوب", "عسير");
        assertThat(e.target().name()).isEqualTo("حرس الحدود");
    }

    @Test
    void theCivilDefenceThatCountsTheDeadNamesNoCivilians() {
        Event e = events("وقال الدفاع المدني إن القصف أوقع 30 قتيلا.").get(0);
        assertThat(e.target() == null ? null : e.target().name()).isNotEqualTo("مدنيون");
    }

    @Test
    void anAttackBlamedWithLamOnAnOrganisationIsItsDeed() {
        Event e = events("وكان التفجير الذي وقع في مدينة سروج وأوقع 20 قتيلا ونسب لتنظيم داعش قد هز البلاد.").get(0);
        assertThat(e.actor().name()).isEqualTo("داعش");
    }

    @Test
    void aMilitarySpokesmanSpeaksForHisCountrysArmyWhichKilledTheMilitants() {
        Event e = events("أعلن المتحدث العسكري الأردني مقتل 6 مسلحين على الحدود الشمالية خلال الفترة من 3 إلى 8 مارس.").get(0);
        assertThat(e.actor()).extracting(EventParty::name, EventParty::type).containsExactly("الجيش الأردني", EventParty.Type.FORCE);
        assertThat(e.period()).extracting(p -> p.start().toString(), p -> p.end().toString(), EventPeriod::granularity)
                .containsExactly("2023-03-03", "2023-03-08", Granularity.SPAN);
    }

    @Test
    void theMembersOfAGroupThatLaunchedTheAttackAreItsDoersNotItsVictims() {
        Event e = events("وقع هجوم شنه مسلحون من جماعة «بوكو حرام» على قرية وأسفر عن مقتل 23 شخصا.").get(0);
        assertThat(e.actor().name()).isEqualTo("بوكو حرام");
    }

    @Test
    void aForcesAllegianceIsPartOfItsName() {
        Event e = events("وقتل 5 من القوات الموالية للحكومة في هجوم على موقعها.").get(0);
        assertThat(e.target().name()).isEqualTo("القوات الموالية للحكومة");
    }

    @Test
    void aTollOfLossesCountsWhoseLossesTheyAre() {
        Event e = events("وتواصلت المعارك ما رفع خسائر الانقلابيين لتصل إلى 40 قتيلا.").get(0);
        assertThat(e.target().name()).isEqualTo("الانقلابيون");
    }

    @Test
    void theOrganisationAnArticleNamedInFullIsWhoTheBareHeadNames() {
        List<Event> events = FACTS.extract(null, "وأعلن تنظيم داعش مسؤوليته عن تفجير في بغداد أمس.\n\nوقتل 20 شخصا في الهجوم الذي شنه التنظيم على السوق.",
                PUBLISHED).events();
        assertThat(events).singleElement().satisfies(e -> assertThat(e.actor().name()).isEqualTo("داعش"));
    }

    @Test
    void aCommandOfOperationsReportingMilitantsKilledIsTheirActorAndAPlaceAfterADirectionIsWhere() {
        Event e = events("وأعلنت قيادة عمليات الأنبار مقتل 14 إرهابيا شرقي الرمادي.").get(0);
        assertThat(e.actor()).extracting(EventParty::name, EventParty::type).containsExactly("قيادة عمليات الأنبار", EventParty.Type.FORCE);
        assertThat(e.place().name()).isEqualTo("الرمادي");
    }

    @Test
    void theOccupationsFireAndSeparatistsAreForcesAndAReportersVerbAfterItMakesTheBodyItsSource() {
        assertThat(events("وقتل 12 فلسطينيا بنيران الاحتلال على حدود قطاع غزة.").get(0).actor().name()).isEqualTo("الاحتلال");
        assertThat(events("وأصيب 3 جنود في قصف شنه الانفصاليون على مواقع الجيش.").get(0).actor().name()).isEqualTo("الانفصاليون");
        assertThat(events("وكانت الشرطة أعلنت في وقت سابق مصرع 21 شخصا في غرق المركب.").get(0).actor()).isNull();
    }

    @Test
    void aCountryABorderingPlaceBordersIsNotWhereItHappened() {
        Event e = events("قتل 30 مسلحا في غارات جوية على المناطق الحدودية مع باكستان في شرق أفغانستان.").get(0);
        assertThat(e.place().country()).isEqualTo("أفغانستان");
    }

    @Test
    void aPlaceOfAnotherAttackJoinedByواوIsThatAttacksAndASeaAcrossWhichIsWhere() {
        Event e = events("وكان أبرزها الهجوم على متحف في العاصمة تونس الذي أدى إلى مقتل 22 شخصا، والهجوم على فندق في سوسة.").get(0);
        assertThat(e.place().name()).isEqualTo("تونس");
        Event sea = events("وخلفت محاولات الهجرة عبر البحر المتوسط 1700 قتيل منذ بداية العام.").get(0);
        assertThat(sea.place().country()).isNull();
    }

    @Test
    void theLastDaysOfAWarAreNotTheLastDaysBeforePublication() {
        Event e = events("وأسفر القصف في الأيام الأخيرة للحرب عن مقتل 70 شخصا.").get(0);
        assertThat(e.period().stated()).isFalse();
    }

    @Test
    void mondayIsReadWhereATimeOfDayOrWhatHappenedMarksIt() {
        assertThat(events("وأسفرت الضربة التي استهدفت فجر الاثنين المطار عن مقتل سبعة جنود.").get(0).period().start()).hasToString("2023-03-06");
        assertThat(events("وارتفع عدد قتلى مواجهات الاثنين إلى 60 قتيلا.").get(0).period().start()).hasToString("2023-03-06");
    }

    @Test
    void aClauseOfحيثAfterACountryNamesWhereInItAndWhatCoincidedHasItsOwnPlace() {
        Event e = events("ونفذ التحالف 20 غارة جوية ضد داعش في العراق أمس حيث تركزت الضربات على أهداف قرب الفلوجة.").get(0);
        assertThat(e.place().name()).isEqualTo("الفلوجة");
        Event gaza = events("وقتل 60 فلسطينيا على حدود قطاع غزة بالتزامن مع افتتاح السفارة الأميركية في القدس.").get(0);
        assertThat(gaza.place().name()).isNotEqualTo("القدس");
    }

    @Test
    void membersNamedByAPronounAreTheOrganisationsNamedBeforeAndAPersonsCompanionsAreCompanions() {
        Event members = events("ويتكبد حزب الله خسائر في القلمون، وبعد سقوط خمسة من مقاتليه في المعارك أمس.").get(0);
        assertThat(members.target().name()).isEqualTo("حزب الله");
        Event companions = events("وأصيب القيادي سالم الحربي في الهجوم الذي أدى إلى مقتل ثلاثة من مرافقيه.").get(0);
        assertThat(companions.target().name()).isEqualTo("مرافقون");
    }

    @Test
    void armedMenOfAGroupAreThatGroupAndASecurityForceIsAForce() {
        assertThat(events("وقتل ستة جنود في كمين نصبه مسلحون حوثيون قرب المدينة.").get(0).actor().name()).isEqualTo("الحوثيون");
        assertThat(events("واعتقلت قوة أمنية سبعة أشخاص في حي الشعلة.").get(0).actor().name()).isEqualTo("قوة أمنية");
    }

    @Test
    void theDoerOfALaterClausesOtherDeedIsNotTheDoerOfAnEarlierCount() {
        List<Event> events = events("وأصيب ثلاثة أشخاص بانفجار عبوة في السوق، فيما اعتقلت قوة أمنية خمسة مطلوبين في حي آخر.");
        assertThat(events).extracting(e -> e.count().category()).containsExactly(QuantityCategory.WOUNDED, QuantityCategory.ARRESTED);
        assertThat(events.get(0).actor()).isNull();
        assertThat(events.get(1).actor().name()).isEqualTo("قوة أمنية");
    }

    @Test
    void theSubjectOfAnAttackIsTheDoerOfWhatItsResultCausedFurtherOn() {
        Event e = events("هاجمت حركة الشباب فجر اليوم مقرا لقوات حفظ السلام على أطراف البلدة الشمالية الواقعة قرب الطريق الساحلي، وتلته اشتباكات في محيط "
                + "المطار القديم استمرت ساعات تسببت بمقتل 9 أشخاص، بحسب مصادر محلية.").get(0);
        assertThat(e.actor().name()).isEqualTo("حركة الشباب");
    }

    @Test
    void aTownAfterItsKindWordIsWhereEvenWhenTheKindWordBeginsLikeAClitic() {
        Event e = events("ويتواصل القتال في سوريا، وقتل سبعة مسلحين في الاشتباكات التي تشهدها بلدة الزبداني منذ أيام.").get(0);
        assertThat(e.place().name()).isEqualTo("الزبداني");
    }

    @Test
    void anOrganisationWhoseMembersWereKilledDidNotKillThem() {
        Event e = events("ويتواصل نزيف حزب الله في القلمون بعد سقوط ستة من عناصره في المعارك.").get(0);
        assertThat(e.target().name()).isEqualTo("حزب الله");
        assertThat(e.actor()).isNull();
    }

    @Test
    void aPlaceThatLكنSetsAgainstTheCountIsNotItsPlace() {
        Event e = events("وأسفر التفجير في مدينة الفلوجة عن مقتل 12 مدنيا، لكن مصادر في محافظة الأنبار قالت إن الحصيلة أقل.").get(0);
        assertThat(e.place().name()).isEqualTo("الفلوجة");
    }

    @Test
    void whoSetOffTheBombAfterTheCountActed() {
        Event e = events("وأصيب أربعة جنود بعد أن فجر مسلحون عبوة ناسفة قرب حاجز للجيش.").get(0);
        assertThat(e.actor().name()).isEqualTo("مسلحون");
    }

    @Test
    void soldiersOfANationalityNamedInThePluralAfterAnAgentCueAreItsActor() {
        Event e = events("وقتل ثلاثة فلسطينيين برصاص جنود إسرائيليين قرب الحدود.").get(0);
        assertThat(e.actor().name()).isEqualTo("إسرائيل");
    }

    @Test
    void whereABodyHasItsSeatIsNotWhereTheCountHappened() {
        Event e = events("وأكد المرصد السوري لحقوق الإنسان ومركزه بريطانيا مقتل 46 شخصا في الغوطة.").get(0);
        assertThat(e.place().country()).isEqualTo("سوريا");
        Event seated = events("وقالت المنظمة التي مقرها لندن إن 20 شخصا قتلوا.").get(0);
        assertThat(seated.place() == null ? null : seated.place().name()).isNotEqualTo("لندن");
    }

    @Test
    void whoLaunchedTheMissileThatDidItActed() {
        Event e = events("وأصيب ثمانية جنود بصاروخ أطلقته حركة طالبان على القاعدة.").get(0);
        assertThat(e.actor().name()).isEqualTo("حركة طالبان");
    }

    @Test
    void aContinentRightAfterFiIsWhereInNoOneCountryButNotADestination() {
        List<Event> events = FACTS.extract(null, "وأظهر التقرير أن الهجمات في أوروبا خلال العام الماضي بلغت 205 هجمات أودت بحياة 62 شخصا.",
                PUBLISHED).events();
        assertThat(events).allSatisfy(e -> {
            assertThat(e.place().name()).isEqualTo("أوروبا");
            assertThat(e.place().country()).isNull();
        });
        Event toEurope = events("وغرق 30 مهاجرا قبالة سواحل ليبيا أثناء محاولتهم الوصول إلى أوروبا.").get(0);
        assertThat(toEurope.place().name()).isEqualTo("ليبيا");
    }

    @Test
    void aCountWhoseSentenceNamesNoPlaceTakesThePlaceOfTheSentenceBefore() {
        List<Event> events = FACTS.extract(null, "واستهدف تفجير انتحاري مسجدا في مدينة أبها أمس. وفي هذه العملية قتل 15 من رجال الأمن.",
                PUBLISHED).events();
        assertThat(events.get(0).place().name()).isEqualTo("أبها");
        Event national = FACTS.extract(null, "وتشهد اليمن حربا منذ سنوات. وأعلنت السلطات البحرينية اعتقال 14 شخصا بتهمة التهريب.", PUBLISHED)
                .events().get(0);
        assertThat(national.place().country()).isEqualTo("البحرين"); // the sentence's own nationality, not the sentence before
    }

    @Test
    void aCountOfTheDeadOfBothSidesHasNoOneActor() {
        Event e = events("وهاجمت القوات الحكومية مواقع الحوثيين قرب المطار، ما أسفر عن مقتل 39 مقاتلا من الطرفين.").get(0);
        assertThat(e.actor()).isNull();
    }

    @Test
    void aPartyBeforeARelativePronounActsOnlyOnTheCountItsOwnVerbGoverns() {
        assertThat(events("ودعمت مقاتلات التحالف الذي شن 15 غارة القوات البرية.").get(0).actor().name()).isEqualTo("التحالف");
        Event raid = events("ورد الجيش الإسرائيلي بغارة على أحد مواقع حركة حماس التي تسيطر على القطاع خلفت أربعة جرحى من أفراد الشرطة.").get(0);
        assertThat(raid.actor().name()).isEqualTo("الجيش الإسرائيلي");
    }

    @Test
    void theSubjectOfAClauseOfWhenAfterTheCountActed() {
        assertThat(events("وقتل جنديان حين هاجم مسلحون حاجزا للجيش.").get(0).actor().name()).isEqualTo("مسلحون");
        assertThat(events("ولقي 10 أشخاص حتفهم عندما انفجرت سيارة مفخخة في السوق.").get(0).actor()).isNull();
    }

    @Test
    void theGunmanARelativeClauseTellsOfKilledItsCount() {
        Event e = events("وقالت الشرطة إنها اعتقلت امرأة على صلة بالمسلح الذي قتل ثلاثة أشخاص في المدينة.").get(0);
        assertThat(e.actor().name()).isEqualTo("المسلح");
    }

    @Test
    void thePeopleACountNamesAreItsTargetRatherThanWhatTheAttackWasAimedAt() {
        assertThat(events("وقتل 3 جنود في هجوم على كتيبة للجيش في إقليم شرناق.").get(0).target().name()).isEqualTo("جنود");
        assertThat(events("وقتل 12 عنصرا في غارة على مواقع تنظيم داعش.").get(0).target().name()).isEqualTo("داعش");
    }

    @Test
    void aMoreSpecificPlaceJoinedByBaToTheNextIsThePlace() {
        assertThat(events("وقصفت الميليشيات الأحياء السكنية في منطقة دار سعد بمحافظة عدن ما أدى إلى مقتل 50 شخصا.").get(0).place().name())
                .isEqualTo("دار سعد");
        assertThat(events("وقتل 5 أشخاص على طريق عرعر – سكاكا بمنطقة الحدود الشمالية.").get(0).place().name()).isNotEqualTo("عرعر");
    }

    @Test
    void whereThePeopleWereGoingIsNotWhereTheyDied() {
        Event e = FACTS.extract(null, "وتشدد فرنسا الإجراءات في مرفأ مدينة كاليه.\n\nوقتل عشرة مهاجرين منذ يونيو خلال محاولاتهم الوصول إلى بريطانيا.",
                PUBLISHED).events().get(0);
        assertThat(e.place().name()).isEqualTo("كاليه"); // the sentence before, as its own names none
    }

    @Test
    void aDemonstrativeKindOfPlacePointsBackToThePlaceNamedBeforeTheCount() {
        Event e = events("أعلنت سلطات دياربكر مقتل جنديين وجرح أربعة آخرين في انفجار سيارة مفخخة في هذه المحافظة جنوب شرق تركيا.").get(0);
        assertThat(e.place().name()).isEqualTo("ديار بكر");
        Event plain = events("أعلنت سلطات دياربكر مقتل جنديين في انفجار سيارة مفخخة جنوب شرق تركيا.").get(0);
        assertThat(plain.place().name()).isEqualTo("تركيا");
    }

    @Test
    void aCountryBeforeTheVerbOfTheDeedIsItsSubject() {
        Event e = events("وقال البيان إن الولايات المتحدة وحلفاءها نفذوا 29 ضربة جوية ضد تنظيم داعش في العراق وسوريا.").get(0);
        assertThat(e.actor().name()).isEqualTo("الولايات المتحدة");
        Event place = events("ونفذ التحالف في سوريا 29 ضربة جوية ضد تنظيم داعش.").get(0);
        assertThat(place.actor().name()).isNotEqualTo("سوريا");
    }

    @Test
    void aDeedJoinedByWaToAnEarlierVerbKeepsThatVerbsSubjectHoweverFarBack() {
        String far = "ضبطت الشرطة الصينية في العاصمة بكين مصنعا كبيرا ينتج أكثر من 41 ألف هاتف مقلد بيعت في أسواق عدة دول آسيوية وأوروبية "
                + "خلال العامين الماضيين ";
        assertThat(events(far + "وألقت القبض على تسعة مشتبه بهم.").get(0).actor().name()).isEqualTo("الشرطة الصينية");
        assertThat(events(far + "بعد القبض على تسعة مشتبه بهم.").get(0).actor()).isNull();
    }

    @Test
    void theTargetOfADeedsCountMayStandPastItsPlace() {
        assertThat(events("ونفذت طائرات التحالف 20 ضربة جوية في سوريا والعراق ضد تنظيم داعش.").get(0).target().name()).isEqualTo("داعش");
        Event killed = events("وقتل 20 شخصا في هجوم في سوريا والعراق نفذه مسلحون ضد تنظيم داعش.").get(0);
        assertThat(killed.target().name()).isEqualTo("أشخاص"); // people counted are the target, whatever the attack was against
    }

    @Test
    void policeOfficersCountedInTheConstructAreSecurityMen() {
        assertThat(events("وأسفر الهجوم عن مقتل نحو 25 ضابط شرطة في المدينة.").get(0).target().name()).isEqualTo("عناصر أمن");
    }

    @Test
    void aKindOfPlaceAloneIsNoPlaceAndACountryAcrossTheBorderIsNotWhereItHappened() {
        Event e = events("قتل 21 شخصا على الأقل في هجوم في قرية بولاية بورنو شمال شرق نيجيريا.").get(0);
        assertThat(e.place().name()).isEqualTo("بورنو");
        Event border = events("ولقي ستة أشخاص مصرعهم في حوادث وقعت في المناطق المحاذية للحدود مع أفغانستان بسبب الأمطار.").get(0);
        assertThat(border.place().evidence()).doesNotStartWith("sentence:"); // the sentence names no place of its own
    }
}
