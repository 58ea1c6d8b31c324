package org.marsad.core.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicDateParserTest {

    private final ArabicDateParser parser = new ArabicDateParser();
    private final FieldDateParser fields = new FieldDateParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            الأربعاء 26 يونيو 2019                  | 2019-06-26
            26 يونيو، 2019                          | 2019-06-26
            الاثنين 12/أبريل/2021                   | 2021-04-12
            12/4/2021                               | 2021-04-12
            12-04-2021                              | 2021-04-12
            12.04.2021                              | 2021-04-12
            2021/04/12                              | 2021-04-12
            3 كانون الثاني 2020                     | 2020-01-03
            15 شباط 2020                            | 2020-02-15
            1 آذار 2020                             | 2020-03-01
            7 نيسان 2020                            | 2020-04-07
            9 أيار 2020                             | 2020-05-09
            21 حزيران 2020                          | 2020-06-21
            14 تموز 2020                            | 2020-07-14
            5 آب 2020                               | 2020-08-05
            11 أيلول 2020                           | 2020-09-11
            6 تشرين الأول 2020                      | 2020-10-06
            17 تشرين الثاني 2020                    | 2020-11-17
            25 كانون الأول 2020                     | 2020-12-25
            2 جانفي 2019                            | 2019-01-02
            28 فيفري 2019                           | 2019-02-28
            4 أفريل 2019                            | 2019-04-04
            8 ماي 2019                              | 2019-05-08
            30 جوان 2019                            | 2019-06-30
            5 جويلية 2019                           | 2019-07-05
            20 أوت 2019                             | 2019-08-20
            10 أغسطس (آب) 2018                      | 2018-08-10
            ٢٣ مارس ٢٠١٩                            | 2019-03-23
            ۲۳ مارس ۲۰۱۹                            | 2019-03-23
            يوم السبت 23 من شهر مارس عام 2019       | 2019-03-23
            """)
    void readsEveryDayMonthYearShape(String text, LocalDate expected) {
        assertThat(parser.first("نص قبل " + text + " ونص بعد")).get().extracting(ParsedDate::date).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            الإثنين 12/أبريل/2021 - 10:18 ص                 | 2021-04-12T10:18
            الأربعاء 26 يونيو 2019, 05:49 مساء              | 2019-06-26T17:49
            26 يونيو 2019 الساعة 7:05 مساءً                 | 2019-06-26T19:05
            26 يونيو 2019 الساعة 12:30 صباحاً               | 2019-06-26T00:30
            12/4/2021 14:45                                 | 2021-04-12T14:45
            """)
    void readsTheTimeAfterADate(String text, LocalDateTime expected) {
        assertThat(parser.first(text)).get().extracting(ParsedDate::localDateTime).isEqualTo(expected);
    }

    @Test
    void convertsHijriDates() {
        ParsedDate d = parser.first("صدر في 15 رجب 1442هـ الموافق 27 فبراير 2021").orElseThrow();
        assertThat(d.hijri()).isTrue();
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 2, 27));
        assertThat(parser.all("15 رجب 1442هـ الموافق 27 فبراير 2021")).extracting(ParsedDate::date)
                .containsExactly(LocalDate.of(2021, 2, 27), LocalDate.of(2021, 2, 27));
    }

    @Test
    void ignoresNumbersThatAreNotDates() {
        assertThat(parser.all("قتل 206 عناصر واعتقل 292 في 2020 ونفذ 31/02/2020 عملية")).isEmpty();
        assertThat(parser.all("الهاتف 07901234567")).isEmpty();
    }

    @Test
    void readsStructuredFieldDates() {
        assertThat(fields.parse("Sat, 31 Mar 2018 11:39:55 +0400")).get().satisfies(d -> {
            assertThat(d.localDateTime()).isEqualTo(LocalDateTime.of(2018, 3, 31, 11, 39, 55));
            assertThat(d.offset()).isEqualTo(ZoneOffset.ofHours(4));
        });
        assertThat(fields.parse("Fri, 29 Jun 2018 17:38:40 GMT")).get().extracting(ParsedDate::offset).isEqualTo(ZoneOffset.UTC);
        assertThat(fields.parse("2019-06-26T17:49:00+02:00")).get().extracting(ParsedDate::time).isEqualTo(LocalTime.of(17, 49));
        assertThat(fields.parse("2015-07-21 02:53:57")).get().extracting(ParsedDate::localDateTime)
                .isEqualTo(LocalDateTime.of(2015, 7, 21, 2, 53, 57));
        assertThat(fields.parse("2015-07-21")).get().extracting(ParsedDate::date).isEqualTo(LocalDate.of(2015, 7, 21));
        assertThat(fields.parse("21/07/2015")).get().extracting(ParsedDate::date).isEqualTo(LocalDate.of(2015, 7, 21));
        assertThat(fields.parse("الثلاثاء 21 يوليو 2015")).get().extracting(ParsedDate::date).isEqualTo(LocalDate.of(2015, 7, 21));
        assertThat(fields.parse("غير معروف")).isEmpty();
    }
}
