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

    @Test
    void aStatementWithoutSubjectGoesOnInTheVoiceBefore() {
        String text = "وقال المتحدث باسم الوزارة إن \"القوات نفذت عمليات نوعية في الصحراء خلال الأسبوع\"، مضيفاً أن \"الطيران شن غارات "
                + "على مخابئ التنظيم\". وأوضح أن الخلايا المتبقية لا تملك القدرة على السيطرة على أي أرض.";
        assertThat(extractor.extract(text)).extracting(Quotation::speaker).containsExactly("المتحدث باسم الوزارة", "المتحدث باسم الوزارة",
                "المتحدث باسم الوزارة");
    }

    @Test
    void speakersAreResolvedToTheArticlesPeopleByFamilyName() {
        String text = "وأكد المتحدث باسم الجهاز في العراق، صباح النعمان، أن الجهاز يمتلك معلومات مهمة عن قادة التنظيم. وقال «النعمان» إن "
                + "القيادات تحت أنظار الجهاز بعد إصابة إعلامها بالضعف. ويحاول التنظيم القيام بعمليات، وفقاً للنعمان الذي أكد أن "
                + "\"التنظيم ليست لديه الحركة والمرونة للقيام بأي عملية\".";
        assertThat(extractor.extract(text, java.util.List.of("صباح النعمان"), java.util.List.of())).extracting(Quotation::speaker)
                .containsExactly("صباح النعمان", "صباح النعمان", "صباح النعمان");
    }

    @Test
    void aFullStopInsideAQuoteDoesNotEndIt() {
        assertThat(extractor.extract("وأكد البيان: «ليست نهاية السيطرة سوى مرحلة. ويسعى التنظيم إلى إعادة هيكلة صفوفه من جديد».")).singleElement()
                .satisfies(q -> {
                    assertThat(q.speaker()).as("a generic noun is no speaker").isNull();
                    assertThat(q.text()).endsWith("إعادة هيكلة صفوفه من جديد");
                });
    }

    @Test
    void textBetweenTwoQuotedNamesIsNotAQuotation() {
        assertThat(extractor.extract("تعاونت بغداد وباريس لتفكيك خلايا \"داعش\" في العراق وتهدف الجهود إلى استعادة الأمن قبل أن يعود "
                + "\"داعش\" إلى المناطق المحررة.")).isEmpty();
    }

    @Test
    void aBodyCalledByADemonstrativeIsTheBodyTheArticleNamedWithThatNoun() {
        String text = "أعلنت هيئة مطارات باريس تحويل الرحلة. وقالت هذه الهيئة في بيان إن الطائرة حطت بسلام في المطار بعد ساعتين من الانتظار.";
        assertThat(extractor.extract(text, java.util.List.of(), java.util.List.of("هيئة مطارات باريس"))).extracting(Quotation::speaker)
                .containsExactly("هيئة مطارات باريس");
        assertThat(extractor.extract(text, java.util.List.of(), java.util.List.of())).extracting(Quotation::speaker).containsOnlyNulls();
    }
}
