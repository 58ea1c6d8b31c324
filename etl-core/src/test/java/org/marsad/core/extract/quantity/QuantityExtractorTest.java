package org.marsad.core.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            تمكنت القوات من قتل 206 عناصر من التنظيم.                        | KILLED     | 206          | -    | false
            أسفر الهجوم عن مقتل ثلاثين مدنياً.                                | KILLED     | 30           | -    | false
            سقط 12 قتيلاً في الانفجار.                                        | KILLED     | 12           | -    | false
            وأصيب نحو أربعين شخصاً بجروح.                                     | WOUNDED    | 40           | -    | true
            وتم اعتقال 292 آخرين.                                             | ARRESTED   | 292          | -    | false
            وألقت القوات القبض على 431 مطلوباً.                               | ARRESTED   | 431          | -    | false
            نفذت القوات 253 عملية خلال العام.                                 | OPERATIONS | 253          | -    | false
            وشهدت البلاد 121 هجوما مسلحا منذ الانتخابات.                      | OPERATIONS | 121          | -    | false
            ونفذ التنظيم ثلاث هجمات على نقاط التفتيش.                          | OPERATIONS | 3            | -    | false
            شنت الطائرات 133 ضربة جوية.                                       | AIRSTRIKES | 133          | -    | false
            شنت الطائرات عشرات الغارات على المواقع.                           | AIRSTRIKES | 10           | -    | true
            شارك ممثلو 74 دولة في الاجتماع.                                   | COUNTRIES  | 74           | -    | false
            حضر ممثلون عن أكثر من 80 بلداً.                                   | COUNTRIES  | 80           | -    | true
            تقدر الأضرار بنحو 88 مليار دولار.                                 | MONEY      | 88000000000  | USD  | true
            خصصت الحكومة 12 مليار دينار عراقي للمشروع.                        | MONEY      | 12000000000  | IQD  | false
            بلغت الكلفة في الرياض ٣٥٠ مليون ريال.                             | MONEY      | 350000000    | SAR  | false
            سيطر التنظيم على 110 آلاف كيلومتر مربع.                            | AREA       | 110000       | KM2  | false
            نزح مئات الآلاف من المدنيين.                                      | PEOPLE     | 100000       | -    | true
            يعيش في المخيم خمسة وعشرين ألف نازح.                              | PEOPLE     | 25000        | -    | false
            أودت الهجمات بحياة أكثر من 300 شخص في العامين الماضيين.            | KILLED     | 300          | -    | true
            تستقبل العيادة 40 شخصا مصابين بجروح طفيفة.                         | WOUNDED    | 40           | -    | false
            أفادت المصادر بمقتل قائدين ميدانيين في الغارة.                     | KILLED     | 2            | -    | false
            شملت الدراسة 14 مريضا في المستشفى.                                | PEOPLE     | 14           | -    | false
            وتعرض 13 شخصا لإصابات خلال القتال.                                 | WOUNDED    | 13           | -    | false
            """)
    void tiesEachNumberToWhatItCounts(String sentence, QuantityCategory category, String amount, String unit, boolean approximate) {
        assertThat(extractor.extract(sentence)).singleElement().satisfies(q -> {
            assertThat(q.category()).isEqualTo(category);
            assertThat(q.amount()).isEqualByComparingTo(amount);
            assertThat(q.unit()).isEqualTo(unit);
            assertThat(q.approximate()).isEqualTo(approximate);
            assertThat(q.sentence()).isEqualTo(sentence);
        });
    }

    @Test
    void yearsDatesAgesAndPhoneNumbersAreNotQuantities() {
        assertThat(extractor.extract("في عام 2020 وفي 12/4/2021 قال الرجل البالغ 45 عاماً إن رقمه 07901234567 وإن الاجتماع في 2019.")).isEmpty();
    }

    @Test
    void civilOperationsAreNotSecurityOperations() {
        assertThat(extractor.extract("طال الاختراق نحو 380 ألف عملية شراء تذاكر، وأجرى المستشفى 120 عملية جراحية.")).isEmpty();
    }

    @Test
    void ofTwoVerbsBeforeACountTheNearerSaysWhatHappened() {
        assertThat(extractor.extract("أسفر الهجوم عن مقتل خمسة مسلحين وأسر ثلاثة آخرين قرب الحدود."))
                .extracting(q -> q.category() + " " + q.amount().toPlainString()).containsExactly("KILLED 5", "ARRESTED 3");
    }

    @Test
    void preTrialDetentionIsAnArrestAndMondayIsNoCount() {
        assertThat(extractor.extract("قررت النيابة حبس ثلاثة متهمين على ذمة التحقيق.")).extracting(q -> q.category() + " " + q.amount().toPlainString())
                .containsExactly("ARRESTED 3");
        assertThat(extractor.extract("وكان القاضي قد أعدم الاثنين شنقا بعد محاكمة سريعة.")).isEmpty();
    }

    @Test
    void displacedPeopleAndVictimsAreNounsOfCounting() {
        assertThat(extractor.extract("عاد 500 مهجر إلى قراهم، وبلغ عدد الضحايا في المدينة 40 ضحية."))
                .extracting(q -> q.category() + " " + q.amount().toPlainString()).containsExactly("PEOPLE 500", "KILLED 40");
    }

    @Test
    void aDefiniteNumeralCountsTheNounOfWhatHappenedBeforeIt() {
        assertThat(extractor.extract("وقالت الشرطة إن الجرحى الخمسة نقلوا إلى المستشفى، وإن القتلى الثلاثة الآخرين من المارة."))
                .extracting(q -> q.category() + " " + q.amount().toPlainString()).containsExactly("WOUNDED 5", "KILLED 3");
        assertThat(extractor.extract("اجتمع وزراء الدول الخمس الكبرى في القرن العشرين مع الأعضاء الستة الآخرين.")).isEmpty();
    }

    @Test
    void aCountJoinedToAnotherTakesWhatHappenedFromBeforeTheFirstNotFromItsNoun() {
        assertThat(extractor.extract("خلفت الحرب عشرات آلاف القتلى ومئات آلاف المهجرين."))
                .extracting(q -> q.category() + " " + q.amount().toPlainString()).containsExactly("KILLED 10000", "PEOPLE 100000");
        assertThat(extractor.extract("قتل الهجوم 5 جنود و3 مدنيين.")).extracting(q -> q.category() + " " + q.amount().toPlainString())
                .containsExactly("KILLED 5", "KILLED 3");
    }

    @Test
    void companionsJoinedToSomeoneKilledWereKilledToo() {
        assertThat(extractor.extract("وأدت الغارة إلى مقتل القائد الميداني أبو محمد العراقي وثلاثة من مرافقيه."))
                .extracting(q -> q.category() + " " + q.amount().toPlainString()).containsExactly("KILLED 3");
        assertThat(extractor.extract("قتل 8 من رجال المقاومة وعشرات من الميليشيات، وكانت عائلة واحدة بين الضحايا."))
                .extracting(q -> q.category() + " " + q.amount().toPlainString()).containsExactly("KILLED 8", "KILLED 10");
    }

    @Test
    void aHedgeOfSeveralWordsDoesNotHideWhatHappened() {
        assertThat(extractor.extract("أفادت مصادر طبية بمقتل ما لا يقل عن 60 محتجا، واحتجاز ما لا يقل عن 1600 شخص."))
                .extracting(q -> q.category() + " " + q.amount().toPlainString()).containsExactly("KILLED 60", "ARRESTED 1600");
    }

    @Test
    void aCountedNounFurtherBackIsAnotherCountsNoun() {
        assertThat(extractor.extract("أسفر النزاع عن سقوط عشرات الآلاف من القتلى، حسب مراقبين، ونزوح 2.2 مليون آخرين."))
                .extracting(q -> q.category() + " " + q.amount().stripTrailingZeros().toPlainString()).containsExactly("KILLED 10000", "PEOPLE 2200000");
        assertThat(extractor.extract("سجلت منهم (9) حالات وفيات.")).extracting(q -> q.category() + " " + q.amount().toPlainString())
                .containsExactly("KILLED 9");
    }

    @Test
    void operationsCountedInMillionsArePaymentsNotRaids() {
        assertThat(extractor.extract("وارتفع عدد العمليات عبر نقاط البيع إلى 56,4 مليون عملية.")).isEmpty();
        assertThat(extractor.extract("ونفذت القوات 253 عملية ضد التنظيم.")).extracting(q -> q.category() + " " + q.amount().toPlainString())
                .containsExactly("OPERATIONS 253");
    }

    @Test
    void aHedgeBetweenTheVerbAndTheNumberKeepsTheVerb() {
        assertThat(extractor.extract("وقال الجيش إنه قتل أكثر من ألف متشدد في عملياته."))
                .extracting(q -> q.category() + " " + q.amount().toPlainString() + " " + q.approximate()).containsExactly("KILLED 1000 true");
    }

    @Test
    void theDrownedAndTheVictimsOfAnAttackAreDeaths() {
        assertThat(extractor.extract("وغرق نحو 70 مهاجرا قبالة السواحل، بينما ارتفع عدد الغرقى إلى 130 شخصا."))
                .extracting(q -> q.category() + " " + q.amount().toPlainString()).containsExactly("KILLED 70", "KILLED 130");
        assertThat(extractor.extract("استهدف التفجير سوقا شعبية وراح ضحيته 14 من المتسوقين."))
                .extracting(q -> q.category() + " " + q.amount().toPlainString()).containsExactly("KILLED 14");
    }

    @Test
    void aPartOfACountSharesWhatHappenedToIt() {
        assertThat(extractor.extract("وقتل 19 مدنيا بينهم 6 أطفال في القصف."))
                .extracting(q -> q.category() + " " + q.amount().toPlainString()).containsExactly("KILLED 19", "KILLED 6");
    }

    @Test
    void aDualAfterAPluralIsItsAdjectiveAndCountsNobody() {
        assertThat(extractor.extract("ويرى محللون عسكريين أن المعركة ستطول.")).isEmpty();
        assertThat(extractor.extract("وأعلن الجيش مقتل عسكريين في الهجوم."))
                .extracting(q -> q.category() + " " + q.amount().toPlainString()).containsExactly("KILLED 2");
    }

    @Test
    void aFigureRepeatedIsListedOnce() {
        assertThat(extractor.extract("قتل 206 عناصر. وأكد البيان مقتل 206 عناصر من التنظيم.")).hasSize(1);
    }

    @Test
    void aDecimalAmountIsReadWholeNotCutAtItsPoint() {
        assertThat(extractor.extract("أعلنت الوزارة تخصيص 3.5 مليون دولار لإعادة إعمار المدارس."))
                .extracting(q -> q.category() + " " + q.amount().stripTrailingZeros().toPlainString() + " " + q.unit())
                .containsExactly("MONEY 3500000 USD");
    }

    /**
     * Sentences a careless feed could send, cut from the pieces the reader treats specially (brackets, tatweel, number
     * words, scales, separators, clitics, cues): none may throw, and every amount is a count (not negative).
     */
    @Test
    void noSentenceMadeOfTheReadersOwnPiecesThrows() {
        String[] pieces = {"(", ")", "(5)", "ـ", "ً", "و", "و(", "خمسة", "عشر", "عشرة", "الخامسة", "واحد", "مليون", "مليار", "ألف",
                "آلاف", "عشرات", "بين", "من", "إلى", "2,023.33", "0.122", "1.000.000", "5ر2", "١٢", "3،5", "قتل", "مقتل", "أصيب",
                "اعتقلت", "برصاص", "أشخاص", "شخصا", "آخرين", "جنديين", "دولار", "ريال", "هـ", "1436", "/", "،", ".", "%", "من عمره",
                "في اليوم", "الثاني", "مع", "ما بين", "مصابا", "بالفيروس", "أسرة", "سقوط", "عملية", "بتر", "«", "»", ""};
        java.util.Random random = new java.util.Random(13);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sentence = new StringBuilder();
            for (int w = random.nextInt(12); w >= 0; w--) {
                sentence.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = sentence.toString();
            assertThat(extractor.extract(text, new CountingContext("عمان", "JO", LocalDate.of(2018, 6, 1))))
                    .as(text).allSatisfy(q -> assertThat(q.amount().signum()).isGreaterThanOrEqualTo(0));
        }
    }

    private static String described(List<Quantity> quantities) {
        return String.join("; ", quantities.stream().map(q -> q.category() + " " + q.amount().stripTrailingZeros().toPlainString()
                + (q.high() == null ? "" : "-" + q.high().stripTrailingZeros().toPlainString()) + (q.unit() == null ? "" : " " + q.unit())
                + (q.approximate() ? " ~" : "") + (q.kind() == QuantityKind.EVENT ? "" : " " + q.kind())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قتل خمسة عشر مسلحا في الاشتباكات.                        | KILLED 15
            وشنت الطائرات ثلاث عشرة غارة على المواقع.                 | AIRSTRIKES 13
            واعتقلت الشرطة أحد عشر شخصا.                               | ARRESTED 11
            وأسفر الهجوم عن مقتل جنديين وإصابة شخصين.                  | KILLED 2; WOUNDED 2
            ولقي شخصان مصرعهما وأصيب 4 آخرون.                          | KILLED 2; WOUNDED 4
            وخصصت الحكومة 3.5 مليون دولار للمدارس.                     | MONEY 3500000 USD
            وبلغت القيمة 1،5 مليار دولار.                               | MONEY 1500000000 USD
            وبلغ العجز في مصر 438.594 مليار جنيه مقابل 431.081 مليار متوقعة. | MONEY 438594000000 EGP; MONEY 431081000000 EGP
            وزاد الاحتياطي إلى 42.611 مليار دولار من 42.524 مليار في فبراير. | MONEY 42611000000 USD; MONEY 42524000000 USD
            وتساهم فرنسا بـ150 مليون يورو، وهولندا بـ300 مليون، وبريطانيا بـ130. | MONEY 150000000 EUR; MONEY 300000000 EUR
            وبلغت الاستثمارات 75 مليار ريال ووفرت 5 آلاف فرصة عمل.      | MONEY 75000000000 ريال
            وبلغت الصفقات 28.9 مليون دولار وتداول المستثمرون 33.4 مليون سهم. | MONEY 28900000 USD
            وتعهد المانحون بتقديم 4,4 مليارات دولار.                   | MONEY 4400000000 USD
            وحصل على 2مليون دولار.                                      | MONEY 2000000 USD
            ولم تحول الشركة 30 مليون شيقل.                              | MONEY 30000000 ILS
            وبلغت الأرباح 500 مليار ين.                                 | MONEY 500000000000 JPY
            ودفع النادي 40 مليون فرنك سويسري.                           | MONEY 40000000 CHF
            وسددت الإدارة 27 مليوناً 243 ألفاً و15 ريالا سعوديا.         | MONEY 27243015 SAR
            وتراوح عدد القتلى بين 20 و30 قتيلا.                        | KILLED 20-30 ~
            وقتل ما بين خمسة وعشرة أشخاص.                              | KILLED 5-10 ~
            وتقاضى بين 200-249 ألف جنيه إسترليني.                      | MONEY 200000-249000 GBP ~
            وتستهدف الوزارة 10 - 12 مليون معتمر.                       | PEOPLE 10000000-12000000 ~
            وفاز الفريق 4-1 في موسم 2016-17.                           | -
            وارتفع العجز إلى 9.184 مليار جنيه استرليني من 8.419 مليار استرليني. | MONEY 9184000000 GBP; MONEY 8419000000 GBP
            وكان خمسة أجانب على الأقل في الفندق.                      | PEOPLE 5 ~
            وأعلنت المفوضية إصابة آلاف الأطفال بمخيمات النازحين بأمراض متنوعة. | PEOPLE 1000 ~
            ونزح ربع مليون شخص.                                         | PEOPLE 250000
            وأسفرت الحرب عن مصرع عشرات آلاف الأشخاص.                   | KILLED 10000 ~ CUMULATIVE
            وأسفر القتال في حلب أمس عن مقتل 20 شخصا.                   | KILLED 20
            وقتل أكثر من تسعة آلاف شخص في الصراع.                      | KILLED 9000 ~ CUMULATIVE
            وقتل 1500 مدني في النزاع خلال النصف الأول من العام.         | KILLED 1500 PERIOD_TOTAL
            وفرض رسوما بعشرات المليارات من الدولارات.                   | MONEY 10000000000 USD ~
            وقتل تسعة مسلحين على الأقل.                                 | KILLED 9 ~
            وأعلن الجيش القضاء على عشرة إرهابيين.                      | KILLED 10
            وقالت الشرطة إن 14 شخصا لقوا حتفهم في الحادث.               | KILLED 14
            واحتجزت الجمارك 3 سيارات محملة بالبضائع.                    | -
            وأوقف الاتحاد اللاعب ثلاث مباريات.                          | -
            واحتجزت الشرطة 5 أشخاص للتحقيق.                             | ARRESTED 5
            وسجلت البلاد 33 جريمة قتل لكل 100 ألف شخص.                  | -
            وشارك ممثلو 80 بلداً ومنظمة في المؤتمر.                     | -
            وتفوق مساحتها 110 آلاف كيلومتر مربع.                        | AREA 110000 KM2 ~
            وأعلنت وزارة الصحة وفاة 15 فلسطينياً.                       | KILLED 15
            وقتل فلسطينيان وأصيب ستة آخرون في الانفجار.                 | KILLED 2; WOUNDED 6
            واعتقلت القوات فلسطينيين في الضفة.                          | -
            وارتفع سعر الذهب إلى 1261.70 دولار للأوقية.                  | MONEY 1261.7 USD RATE
            وأغلق السهم عند 31.18 ريال سعودي خاسرا 8 في المائة.           | MONEY 31.18 SAR RATE
            وبلغت حصيلة القتلى أكثر من 350 ألفا منذ عام 2011.           | KILLED 350000 ~ CUMULATIVE
            وقتل 40 شخصا في الهجوم الأعنف على المدينة منذ عام 2014.      | KILLED 40
            وقتل 12 شخصا في أسوأ حادث من نوعه منذ سنوات.                | KILLED 12
            وأسفر التمرد عن مقتل 20 ألف شخص.                            | KILLED 20000 CUMULATIVE
            وسجلت الشركة خسائر بلغت 900 مليون ريال سعودي للربع الثاني من العام. | MONEY 900000000 SAR PERIOD_TOTAL
            وخصصت الوزارة 1234567890123456789 دولار.                   | -
            وقتل ـ ً 5 أشخاص بـ ـ.                                      | KILLED 5
            وبلغت الكلفة 1.000.000 مليون دولار.                          | MONEY 1000000 USD
            وصرف 20.000 دولار للأسر.                                     | MONEY 20000 USD
            وتقدر الاحتياطات بما بين 40 و45 مليار دولار.                | MONEY 40000000000-45000000000 USD ~
            وبلغت قيمة الأسهم 1,204.5مليار ريال سعودي.                   | MONEY 1204500000000 SAR
            ودفع النادي 12 مليون يورو مقابل موسم واحد.                    | MONEY 12000000 EUR
            وقتل 3 جنود لمدة يوم واحد من المعارك.                        | KILLED 3
            وأعلنت الشرطة أنها اعتقلت في مدينة الموصل وضواحيها سبعة أشخاص. | ARRESTED 7
            وقتل الصحفي برصاص مسلحين اثنين.                              | PEOPLE 2
            وقتل الرجل بنيران ثلاثة مسلحين ملثمين.                      | PEOPLE 3
            وقالت الشرطة إن 6 متشددين ألقي القبض عليهم.                  | ARRESTED 6
            وطردت الحكومة 20 دبلوماسيا.                                  | PEOPLE 20
            وأجرى الأطباء 15 عملية بتر.                                  | -
            وأصيب في المواجهات (14) أربعة عشر من رجال الأمن.             | WOUNDED 14
            كما قتل في هذه المداهمات (4) أربعة مطلوبين.                  | KILLED 4
            وسجلت (7) حالات وفيات و(12) حالة تتلقى العلاج.               | KILLED 7
            واستشهد 3 جنود على الحدود.                                   | KILLED 3
            وتوفي 5 أشخاص وأصيب بما يقارب 20 آخرين.                      | KILLED 5; WOUNDED 20 ~
            وجاء ذلك في إطار توفير 500 فرصة عمل.                         | -
            وقتل (5) ـ أشخاص.                                            | KILLED 5
            ووصل 20 شخصا و30 في اليوم التالي.                            | PEOPLE 20; PEOPLE 30
            قتل القائد مع مرافق له يدعى علي وسبعة آخرين في الغارة.          | KILLED 7
            وسقط 39 قتيلا من الطرفين في اليوم الثاني من الهجوم.          | KILLED 39
            ويتقاضى العامل 40 دولارا في اليوم الواحد.                    | MONEY 40 USD RATE
            وتسبب في قتل شاب في الـ28 من عمره.                            | -
            ووصل السهم إلى سعر 0.122 ريال سعودي.                         | MONEY 0.122 SAR RATE
            وسددت الشركة 1,403 مليون ريال سعودي.                         | MONEY 1403000000 SAR
            وبلغ عدد العمليات منذ سنة 1421/ 1422هـ نحو 50 عملية.          | OPERATIONS 50 ~
            ونقل 9 جثامين إلى بلادهم.                                    | KILLED 9
            ولا يزال 11 مصابا بالفيروس في المستشفى.                      | PEOPLE 11
            وأصيب 6 أشخاص بجروح في الحادث.                               | WOUNDED 6
            ولقي فتيان في الخامسة عشرة والسادسة عشرة من عمرهما حتفهما.   | -
            وكانت واحدة من التسعة عشر طفلا في المخيم.                     | -
            وأسفرت الغارات عن جرح 40 مسلحا ودمرت 5 مستودعات و12 عجلة.     | WOUNDED 40
            وقتل القصف أسرة من ستة أفراد.                                | KILLED 6
            وتوزعت الإصابات: إصابة واحدة حرجة، و3 خطيرة، و9 طفيفة.        | WOUNDED 1; WOUNDED 3; WOUNDED 9
            وأسفرت الغارة عن مقتل سبعة عسكريين إيرانيين.                   | KILLED 7
            وقتل المهاجم 26 شخصاً وأصاب 18 آخرين.                        | KILLED 26; WOUNDED 18
            ومن بين المصابين 16 طفلا.                                     | WOUNDED 16
            وأعلن المكتب عدد القتلى، وقال إن 15 ألف شخص تضرروا.           | PEOPLE 15000
            وقتل 370 مقاتلا كرديا ونحو 340 عنصرا من الفصائل.              | KILLED 370; KILLED 340 ~
            وأسفرت الحرب عن سقوط 120 ألف قتيل ومئات الآلاف من النازحين.   | KILLED 120000 CUMULATIVE; PEOPLE 100000 ~ CUMULATIVE
            وأكد المصدر سقوط سبعة عناصر من الحزب.                        | KILLED 7
            وأوقفت قوة من الجيش اللبناني 23 شخصاً قرب الحدود.            | ARRESTED 23
            واعتقلت الشرطة الرجل الذي قتل في حلب 5 أشخاص.                | KILLED 5
            وفي الهجوم قضى نحو 12 شهيدا من رجال الأمن.                     | KILLED 12 ~
            وشيعت المدينة شهيدين سقطا في القصف.                            | KILLED 2
            """)
    void readsRealNumberShapesAndWhatTheyCount(String sentence, String expected) {
        assertThat(described(extractor.extract(sentence, new CountingContext(null, null, LocalDate.of(2018, 6, 1)))))
                .isEqualTo(expected.equals("-") ? "" : expected);
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            بلغت الصادرات 65.8 مليون دينار. | عمان     | -  | JOD
            بلغت الصادرات 65.8 مليون دينار. | بغداد    | -  | IQD
            بلغت الصادرات 65.8 مليون دينار. | -        | KW | KWD
            بلغت الصادرات 65.8 مليون دينار. | -        | -  | دينار
            بلغت الصادرات 65.8 مليون دينار أردني. | بغداد | - | JOD
            وفي تونس بلغت الصادرات 65.8 مليون دينار. | - | LY | TND
            بلغت الكلفة 350 مليون ريال.     | -        | SA | SAR
            بلغت الكلفة 350 مليون ريال.     | -        | -  | ريال
            بلغت الكلفة 350 مليون دولار.    | -        | SA | USD
            بلغت الكلفة 350 مليون دولار كندي. | -      | -  | CAD
            وقال البائع العماني إن المبيعات تتجاوز 90 ألف ريال في منطقة عسير. | - | - | SAR
            وقال وزير المالية العماني إن العجز بلغ 350 مليون ريال. | -  | -  | OMR
            """)
    void aBareCurrencyIsTheOneItsCountryUses(String sentence, String dateline, String outletCountry, String unit) {
        assertThat(extractor.extract(sentence, new CountingContext(dateline, outletCountry, null))).singleElement()
                .satisfies(q -> assertThat(q.unit()).isEqualTo(unit));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ارتفعت البورصة الكويتية أمس. وزاد المؤشر العام بنقطتين. وتداول المستثمرون أسهما بقيمة 10.3 مليون دينار. وفي المقابل تراجعت البورصة الأردنية. | -  | KWD
            تراجعت البورصة الأردنية أمس. وكانت البورصة الكويتية قد ارتفعت. ثم تراجعت البورصة الأردنية مرة أخرى. وتداول المستثمرون أسهما بقيمة 10.3 مليون دينار. | - | JOD
            انخفض النفط بعد تصريحات إيرانية. وتراجع سهم الشركة إلى 30.5 ريال. | SA | SAR
            ذكرت صحيفة في قطر أن النادي جدد عقد اللاعب. وبلغ العقد 500 ألف ريال. | SA | SAR
            أعلنت قطر استضافة المعرض في أكتوبر. وبلغت الكلفة 500 ألف ريال. وترى قطر في المعرض فرصة. | SA | QAR
            فرض المجلس في مصر غرامة على الصحيفة. وبلغت الغرامة 150 ألف جنيه. وقال المجلس إن مصر تحترم حرية الصحافة. | GB | EGP
            """)
    void aBareCurrencyIsOfTheCountryNamedNearestBeforeItThatTheArticleNamesAgainElseOfTheCountryItNamesMost(String text,
            String outletCountry, String unit) {
        assertThat(extractor.extract(text, new CountingContext(null, outletCountry, null))).filteredOn(q -> q.category() == QuantityCategory.MONEY)
                .singleElement().satisfies(q -> assertThat(q.unit()).isEqualTo(unit));
    }
}
