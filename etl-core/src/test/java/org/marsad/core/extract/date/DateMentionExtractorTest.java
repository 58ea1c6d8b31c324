package org.marsad.core.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateMentionExtractorTest {

    private final DateMentionExtractor extractor = new DateMentionExtractor();

    @Test
    void normalisesEachKindOfMentionWithItsGranularity() {
        String text = "وقعت الهجمات في 23 مارس 2019، وأنشئ التحالف في صيف عام 2014، وتراجعت العمليات في سبتمبر 2014 ثم خلال عام 2020.";
        assertThat(extractor.extract(text, null)).extracting(m -> m.value() + " " + m.granularity())
                .containsExactly("2019-03-23 DAY", "2014 SEASON", "2014-09 MONTH", "2020 YEAR");
    }

    @Test
    void resolvesADayWithoutAYearAgainstThePublicationDate() {
        String text = "وكان الاجتماع قد عقد الأربعاء الماضي 10 أغسطس في بغداد.";
        assertThat(extractor.extract(text, LocalDate.of(2022, 8, 14))).extracting(DateMention::value).containsExactly("2022-08-10");
        assertThat(extractor.extract(text, LocalDate.of(2023, 1, 5))).extracting(DateMention::value).containsExactly("2022-08-10");
        assertThat(extractor.extract(text, null)).as("unknown publication date: not guessed").isEmpty();
    }

    @Test
    void numbersThatAreNotYearsAreNotDates() {
        assertThat(extractor.extract("قتل 206 عناصر واعتقال 2500 شخص في 74 دولة", null)).isEmpty();
    }
}
