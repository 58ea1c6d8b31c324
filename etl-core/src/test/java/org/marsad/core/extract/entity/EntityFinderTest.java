package org.marsad.core.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How the finders' names are combined and resolved in one article (invented sentences: unit tests, not evidence). */
class EntityFinderTest {

    private final EntityFinder rules = new EntityFinder(EntityGazetteer.standard(), null);

    @Test
    void anOrganisationIsNamedByItsHeadNounAndWhatQualifiesIt() {
        assertThat(names(rules.find("وأعلنت وزارة الشؤون البلدية والقروية أمس خطة جديدة."))).contains("ORGANIZATION وزارة الشؤون البلدية والقروية");
        assertThat(names(rules.find("ونظمت اللجنة المحلية للانتخابات البلدية دورة تدريبية."))).contains("ORGANIZATION اللجنة المحلية للانتخابات البلدية");
        assertThat(names(rules.find("وأعلنت جامعة الملك سعود عن وظائف."))).contains("ORGANIZATION جامعة الملك سعود");
    }

    @Test
    void aDefiniteNameAfterمنطقةIsAPlaceButNotAnAdjectiveOrAWordOfGames() {
        assertThat(names(rules.find("انفجرت سيارة مفخخة في منطقة الكرادة وسط المدينة."))).contains("LOCATION الكرادة");
        assertThat(names(rules.find("وتقدمت القوات نحو منطقة الهلال النفطي أمس."))).contains("LOCATION الهلال النفطي");
        assertThat(names(rules.find("وسدد اللاعب كرة من خارج منطقة الجزاء."))).noneMatch(n -> n.startsWith("LOCATION"));
        assertThat(names(rules.find("وتراجعت الأسهم في منطقة اليورو."))).noneMatch(n -> n.startsWith("LOCATION"));
    }

    @Test
    void aFrontWhereOneFightsIsThePlaceItIsNamedAfterButAFrontTheGazetteersNameIsABody() {
        assertThat(names(rules.find("واشتدت المعارك في جبهة نهم شرق العاصمة."))).contains("LOCATION نهم").noneMatch(n -> n.contains("جبهة"));
        assertThat(names(rules.find("وقاتل في جبهة النصرة سنوات."))).contains("ORGANIZATION جبهة النصرة");
    }

    @Test
    void aMinistryNamedByItsPortfolioAfterAVerbOfSayingIsThatMinistry() {
        assertThat(names(rules.find("وأوضحت الداخلية أنه تم القبض على المتهمين."))).contains("ORGANIZATION وزارة الداخلية");
        assertThat(names(rules.find("وناقش المجلس الشؤون الداخلية للبلاد."))).noneMatch(n -> n.contains("وزارة"));
    }

    @Test
    void quotesAroundPartOfAKnownNameDoNotPartIt() {
        assertThat(names(rules.find("وتبنت حركة «الشباب» المتشددة الهجوم على الفندق."))).contains("ORGANIZATION حركة الشباب");
        assertThat(names(rules.find("ويشارك الشباب في البطولة."))).noneMatch(n -> n.startsWith("ORGANIZATION"));
    }

    @Test
    void aPlacesNameAfterADefiniteTitleIsAPersonsFamilyName() {
        assertThat(names(rules.find("وشارك الدكتور السويد في التشييع ثم سافر إلى السويد."))).containsOnlyOnce("LOCATION السويد");
        assertThat(names(rules.find("وشارك الدكتور السويد والشيخ الكويت في التشييع."))).noneMatch(n -> n.startsWith("LOCATION"));
        assertThat(names(rules.find("واستقبل أمير الرياض الوفد."))).contains("LOCATION الرياض");
        assertThat(names(rules.find("وصل اللاعبون إلى معسكر الفريق بالنمسا أمس."))).contains("LOCATION النمسا");
        // nor where the model finds the place (its tags fill in the gazetteers' places where it saw nothing)
        EntityFinder withModel = new EntityFinder(EntityGazetteer.standard(), tokens -> {
            String[] tags = new String[tokens.length];
            java.util.Arrays.fill(tags, "O");
            tags[2] = "B-LOC";
            return tags;
        });
        assertThat(names(withModel.find("وشارك الدكتور السويد في التشييع."))).noneMatch(n -> n.startsWith("LOCATION"));
    }

    @Test
    void aHeadThatBeginsWithTheLettersOfAConjunctionAndPrepositionIsStillAHead() {
        // وكالة read as و + ك + ال + ة took the article, and a definite head names nothing without a naming adjective
        assertThat(names(rules.find("وذكرت وكالة الأنباء البحرينية أن الصيادين بخير."))).contains("ORGANIZATION وكالة الأنباء البحرينية");
    }

    @Test
    void aParticipleAndItsAimDescribeTheBodyTheyFollow() {
        assertThat(names(rules.find("ضمن استراتيجية وزارة الشؤون الاجتماعية الهادفة لمواكبة التكنولوجيا الحديثة، ودعت وزارة الصحة لمواجهة المرض.")))
                .contains("ORGANIZATION وزارة الشؤون الاجتماعية", "ORGANIZATION وزارة الصحة");
        assertThat(names(rules.find("وأعلنت الهيئة العامة لمكافحة الفساد والجمعية الخيرية النتائج.")))
                .contains("ORGANIZATION الهيئة العامة لمكافحة الفساد");
        assertThat(names(rules.find("وأعلنت جمعية البر الخيرية لرعاية الأيتام أن التبرعات زادت."))).contains("ORGANIZATION جمعية البر الخيرية لرعاية الأيتام");
    }

    @Test
    void aSecondNounOfTheGenitiveAfterAndBelongsToTheName() {
        assertThat(names(rules.find("اختتم الملتقى الصيفي لمكتب الدعوة والإرشاد أعماله."))).contains("ORGANIZATION مكتب الدعوة والإرشاد");
        assertThat(names(rules.find("وقالت وزارة الداخلية والجيش إن الوضع مستقر."))).contains("ORGANIZATION وزارة الداخلية");
    }

    @Test
    void aPersonsNameAfterATitleAfterAnInstitutionWordNamesTheInstitution() {
        EntityFinder withTagger = new EntityFinder(EntityGazetteer.standard(), tokens -> tagged(tokens, "خالد", "B-PERS", "الدولي", "I-PERS"));
        assertThat(names(withTagger.find("وزع مطار الملك خالد الدولي عبارات ترحيبية."))).noneMatch(n -> n.startsWith("PERSON"));
    }

    @Test
    void aPrepositionWithTheArticleEndsAPersonsName() {
        EntityFinder withTagger = new EntityFinder(EntityGazetteer.standard(), tokens -> tagged(tokens, "فهد", "B-PERS", "حمزة", "I-PERS",
                "بالمهرجان", "I-PERS"));
        assertThat(names(withTagger.find("وأشاد السكرتير فهد حمزة بالمهرجان الذي زاره."))).contains("PERSON فهد حمزة");
    }

    @Test
    void aPlaceNamedByItsKindIsAPlaceTheGazetteersNeedNotKnow() {
        assertThat(names(rules.find("جسد مهرجان التراث بمحافظة رأس تنورة أمس لوحة، وقصفت قرية حجلان مريس."))).contains("LOCATION رأس تنورة",
                "LOCATION حجلان مريس");
        assertThat(names(rules.find("أقيمت منطقة عازلة قرب قرية صغيرة، وسجل في منطقة الجزاء، وتمركزت في مديرية الأمن."))).noneMatch(n -> n.startsWith("LOCATION"));
        assertThat(names(rules.find("واشترى عقارا في حي قديم بدمشق."))).contains("LOCATION دمشق").noneMatch(n -> n.contains("قديم"));
        assertThat(names(rules.find("وانفجر لغم في مدينة مديات بمحافظة ماردين."))).contains("LOCATION مديات").noneMatch(n -> n.contains("بمحافظة"));
    }

    @Test
    void aMasculineWordAfterAFeminineKindIsTheNameNotItsAdjective() {
        assertThat(names(rules.find("وغرقت عبارة قرب جزيرة سولاويسي أمس."))).contains("LOCATION سولاويسي");
        assertThat(names(rules.find("وغرق مهاجرون قبالة جزيرة قرقنة أمس."))).contains("LOCATION قرقنة");
        assertThat(names(rules.find("ووقعت الاشتباكات في منطقة نائية وفي قرية مجاورة."))).noneMatch(n -> n.startsWith("LOCATION"));
        assertThat(names(rules.find("ونزح السكان إلى مخيم عشوائي أمس."))).noneMatch(n -> n.startsWith("LOCATION"));
        assertThat(names(rules.find("وتقع في منطقة جبلية وعرة."))).noneMatch(n -> n.startsWith("LOCATION"));
    }

    @Test
    void aShortWordInTaMarbutaBeforeADefiniteNationalityIsANameNotAnAdjective() {
        // جنوة has the shape of حرة, but an adjective with the article cannot follow an indefinite common noun
        assertThat(names(rules.find("وانهار جسر في مدينة جنوة الإيطالية أمس."))).contains("LOCATION جنوة");
        assertThat(names(rules.find("وأقيمت منطقة حرة قرب الميناء."))).noneMatch(n -> n.startsWith("LOCATION"));
    }

    @Test
    void aForeignNameBeginningWithKafAlifLamKeepsItsFirstLetter() {
        assertThat(names(rules.find("وتحطمت مروحية في ولاية كاليفورنيا أمس."))).contains("LOCATION كاليفورنيا");
    }

    @Test
    void anAdjectiveThatJudgesAKnownBodyIsNoPartOfItsName() {
        assertThat(names(rules.find("وقال الجيش إن تنظيم حزب العمال الكردستاني المحظور هاجم الكتيبة.")))
                .contains("ORGANIZATION حزب العمال الكردستاني").noneMatch(n -> n.contains("المحظور"));
    }

    @Test
    void theWordsOfAHashtagAreReadAsWords() {
        assertThat(names(rules.find("وقصفت الميليشيات منازل المواطنين في مدينة #حيس أمس."))).contains("LOCATION حيس");
        assertThat(names(rules.find("وأقيم الحفل في #مدينة_الرياض أمس."))).contains("LOCATION الرياض");
    }

    @Test
    void aPersonsNameGoesOnAfterAConnectorWhereTheTaggerBeganAgain() {
        EntityFinder withTagger = new EntityFinder(EntityGazetteer.standard(), tokens -> {
            String[] tags = tagged(tokens, "بدر", "B-PERS", "بن", "I-PERS", "محمد", "I-PERS", "آل", "I-PERS");
            tags[java.util.Arrays.asList(tokens).indexOf("سعود")] = "B-PERS";
            return tags;
        });
        assertThat(names(withTagger.find("وأطلق الأمير بدر بن محمد آل سعود المشروع."))).contains("PERSON بدر بن محمد آل سعود")
                .doesNotContain("PERSON سعود");
    }

    @Test
    void theBoardOrManagementOfABodyIsNoBodyOfItsOwn() {
        assertThat(names(rules.find("وقال رئيس مجلس الإدارة إن إدارة المطار ومؤسسة الرئاسة ستتعاون مع مجلس الوزراء.")))
                .containsExactly("ORGANIZATION مجلس الوزراء");
    }

    @Test
    void aDirectionAfterAPlaceNamesAnotherPlaceUnlessItDescribesTheWordBefore() {
        assertThat(names(rules.find("وتقدمت القوات في الغوطة الشرقية وفي القدس الشرقية."))).contains("LOCATION الغوطة الشرقية",
                "LOCATION القدس الشرقية");
        assertThat(names(rules.find("واستمر الهجوم على ريف درعا الغربي."))).contains("LOCATION درعا");
        assertThat(names(rules.find("وعقد اجتماع داخل مدينة عدن الجنوبية."))).contains("LOCATION عدن");
        assertThat(names(rules.find("وقال أمين صندوق اتحاد أميركا الجنوبية إنه بريء."))).contains("LOCATION أمريكا الجنوبية")
                .noneMatch(n -> n.contains("الولايات المتحدة"));
    }

    @Test
    void aBodyLedBySomeoneAndABodyJoinedByAndAreNotOneName() {
        assertThat(names(rules.find("وعزل الجيش بقيادة السيسي الرئيس."))).noneMatch(n -> n.contains("قيادة"));
        assertThat(names(rules.find("بإخراج مسلحي جبهة النصرة والقاعدة من الغوطة."))).noneMatch(n -> n.contains("النصرة والقاعدة"));
    }

    @Test
    void aPlaceGluedToANumberIsStillAPlace() {
        assertThat(names(rules.find("بعقوبة مركز محافظة ديالى57 كم شمال شرقي بغداد."))).contains("LOCATION ديالى", "LOCATION بغداد");
    }

    @Test
    void aWordAndItsTradeNameACompany() {
        assertThat(names(rules.find("وارتفع سهم ملاذ للتأمين، وأعلنت مصر للطيران رحلات جديدة."))).contains("ORGANIZATION ملاذ للتأمين",
                "ORGANIZATION مصر للطيران");
        assertThat(names(rules.find("وتتيح الخطة فرصا للاستثمار في الموانئ."))).noneMatch(n -> n.startsWith("ORGANIZATION"));
    }

    @Test
    void theCombinedFindersTagATokenisedSentenceAsTheyFindItsNames() {
        assertThat(rules.tag(new String[] {"وأعلنت", "وزارة", "الشؤون", "البلدية", "في", "بغداد", "أمس"}))
                .containsExactly("O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O");
    }

    @Test
    void aHeadThatOnlyDescribesNamesNothing() {
        assertThat(names(rules.find("وقالت الوزارة إن القوات الأمنية انتشرت، ودعت الجامعة المرشحات إلى المراجعة."))).noneMatch(n -> n.startsWith("ORGANIZATION"));
        assertThat(names(rules.find("بحسب شركة الأمن البحري البريطانية \"أمبري\" للأمن."))).noneMatch(n -> n.contains("شركة"));
    }

    @Test
    void theMinistriesOfTwoCountriesStayTwoOrganisations() {
        List<String> found = names(rules.find("وقالت وزارة الخارجية الفرنسية إن وزارة الخارجية البحرينية تلقت الرسالة."));
        assertThat(found).contains("ORGANIZATION وزارة الخارجية الفرنسية", "ORGANIZATION وزارة الخارجية البحرينية");
    }

    @Test
    void theLongestNameWinsWhereNamesOverlap() {
        EntityFinder withTagger = new EntityFinder(EntityGazetteer.standard(), tokens -> tagged(tokens, "ريال", "B-ORG", "مدريد", "I-ORG"));
        List<String> found = names(withTagger.find("وفاز ريال مدريد على ضيفه في مدريد أمس."));
        assertThat(found).contains("ORGANIZATION ريال مدريد", "LOCATION مدريد");
        assertThat(withTagger.find("وفاز ريال مدريد على ضيفه في مدريد أمس.")).filteredOn(m -> m.canonicalName().equals("مدريد"))
                .extracting(EntityMention::mentionCount).containsExactly(1);
    }

    @Test
    void theTaggersNamesLoseWhatIsNotPartOfThem() {
        EntityFinder withTagger = new EntityFinder(EntityGazetteer.standard(), tokens -> tagged(tokens, "وتوزيع", "B-PERS", "حسام", "I-PERS",
                "كامل", "I-PERS", "حفظه", "B-ORG", "الله", "I-ORG", "لأوروبا", "B-LOC"));
        List<String> found = names(withTagger.find("كلمات وألحان وتوزيع حسام كامل حفظه الله وصدرت لأوروبا."));
        assertThat(found).contains("PERSON حسام كامل", "LOCATION أوروبا").noneMatch(n -> n.contains("حفظه") || n.contains("وتوزيع"));
    }

    @Test
    void aPartOfANameCountsForTheWholeNameTheArticleGives() {
        EntityFinder withTagger = new EntityFinder(EntityGazetteer.standard(), tokens -> tagged(tokens, "جوزف", "B-PERS", "بلاتر", "I-PERS"));
        List<EntityMention> found = withTagger.find("قرر جوزف بلاتر الاستقالة. وقال بلاتر إنه سيغادر. وكان بلاتر قد انتخب.");
        assertThat(found).filteredOn(m -> m.type() == EntityType.PERSON).extracting(EntityMention::canonicalName, EntityMention::mentionCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("جوزف بلاتر", 3));
    }

    private static List<String> names(List<EntityMention> mentions) {
        return mentions.stream().map(m -> m.type() + " " + m.canonicalName()).toList();
    }

    /** A stand-in tagger that tags the given words wherever they occur: I- after a tagged word of the same type, else B-. */
    private static String[] tagged(String[] tokens, String... wordsAndTags) {
        String[] tags = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            tags[i] = "O";
            for (int w = 0; w < wordsAndTags.length; w += 2) {
                if (tokens[i].equals(wordsAndTags[w])) {
                    String type = wordsAndTags[w + 1].substring(2);
                    tags[i] = (i > 0 && tags[i - 1].endsWith(type) ? "I-" : "B-") + type;
                }
            }
        }
        return tags;
    }
}
