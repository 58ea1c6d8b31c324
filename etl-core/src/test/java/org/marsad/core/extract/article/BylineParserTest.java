package org.marsad.core.extract.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineParserTest {

    private final BylineParser parser = new BylineParser(PlaceNames.standard(), OutletRegistry.standard());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            نجران: ناصر الحقباني                          | ناصر الحقباني | نجران   | -
            جدة - عماد الحكمي (تصوير عبدالعزيز النزهة)     | عماد الحكمي   | جدة     | -
            القاهرة- أحمد الريدي                          | أحمد الريدي   | القاهرة | -
            العربية.نت - محمد جراح                        | محمد جراح     | -       | العربية
            أبوظبي - سكاي نيوز عربية                      | -             | أبوظبي  | سكاي نيوز عربية
            القاهرة - بوابة الوسط                         | -             | القاهرة | بوابة الوسط
            نجران: «الشرق الأوسط»                        | -             | نجران   | الشرق الأوسط
            تشاتانوغا (الولايات المتحدة): «الشرق الأوسط» | -             | تشاتانوغا (الولايات المتحدة) | الشرق الأوسط
            الرياض: «الشرق الأوسط»                       | -             | الرياض  | الشرق الأوسط
            لندن - د ب أ                                  | -             | لندن    | وكالة الأنباء الألمانية
            بقلم سارة علي                                 | سارة علي      | -       | -
            كتب: حسن محمود                                | حسن محمود     | -       | -
            ق/ د ق/ د                                     | ق/ د          | -       | -
            شيماء يحيى                                    | شيماء يحيى    | -       | -
            c721f691-8984-4fb7-9825-4a1b2c3d4e5f          | -             | -       | -
            """)
    void splitsPersonPlaceAndOutlet(String raw, String author, String dateline, String outlet) {
        assertThat(parser.parse(raw)).isEqualTo(new Byline(author, dateline, outlet));
    }
}
