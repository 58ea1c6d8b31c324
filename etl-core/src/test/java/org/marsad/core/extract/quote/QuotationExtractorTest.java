package org.marsad.core.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotationExtractorTest {

    private final QuotationExtractor extractor = new QuotationExtractor();

    @Test
    void readsADirectQuoteWithItsSpeaker() {
        assertThat(extractor.extract("وقال محافظ نينوى إن «عودة الجسر إلى الخدمة تختصر على المواطنين ساعات من الانتظار».")).singleElement()
                .satisfies(q -> {
                    assertThat(q.speaker()).isEqualTo("محافظ نينوى");
                    assertThat(q.text()).isEqualTo("عودة الجسر إلى الخدمة تختصر على المواطنين ساعات من الانتظار");
                });
    }

    @Test
    void readsReportedSpeech() {
        assertThat(extractor.extract("وأكد المتحدث باسم الوزارة أن التحقيقات مستمرة لكشف بقية أفراد الشبكة.")).singleElement()
                .satisfies(q -> {
                    assertThat(q.speaker()).isEqualTo("المتحدث باسم الوزارة");
                    assertThat(q.text()).isEqualTo("التحقيقات مستمرة لكشف بقية أفراد الشبكة");
                });
    }

    @Test
    void namesAndSlogansInQuotesAreNotQuotations() {
        assertThat(extractor.extract("تواصل القوات ملاحقة \"داعش\" في الصحراء، ورفعت شعار «متحدون لهزيمة داعش» في المؤتمر.")).isEmpty();
    }
}
