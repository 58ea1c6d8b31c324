package org.marsad.core.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

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
            شنت الطائرات 133 ضربة جوية.                                       | AIRSTRIKES | 133          | -    | false
            شنت الطائرات عشرات الغارات على المواقع.                           | AIRSTRIKES | 10           | -    | true
            شارك ممثلو 74 دولة في الاجتماع.                                   | COUNTRIES  | 74           | -    | false
            حضر ممثلون عن أكثر من 80 بلداً.                                   | COUNTRIES  | 80           | -    | true
            تقدر الأضرار بنحو 88 مليار دولار.                                 | MONEY      | 88000000000  | USD  | true
            خصصت الحكومة 12 مليار دينار عراقي للمشروع.                        | MONEY      | 12000000000  | IQD  | false
            بلغت الكلفة ٣٥٠ مليون ريال.                                       | MONEY      | 350000000    | SAR  | false
            سيطر التنظيم على 110 آلاف كيلومتر مربع.                            | AREA       | 110000       | KM2  | false
            نزح مئات الآلاف من المدنيين.                                      | PEOPLE     | 100000       | -    | true
            يعيش في المخيم خمسة وعشرين ألف نازح.                              | PEOPLE     | 25000        | -    | false
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
    void aFigureRepeatedIsListedOnce() {
        assertThat(extractor.extract("قتل 206 عناصر. وأكد البيان مقتل 206 عناصر من التنظيم.")).hasSize(1);
    }

    @Test
    void aDecimalAmountIsReadWholeNotCutAtItsPoint() {
        assertThat(extractor.extract("أعلنت الوزارة تخصيص 3.5 مليون دولار لإعادة إعمار المدارس."))
                .extracting(q -> q.category() + " " + q.amount().stripTrailingZeros().toPlainString() + " " + q.unit())
                .containsExactly("MONEY 3500000 USD");
    }
}
