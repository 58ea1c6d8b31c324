package org.marsad.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {

    // An invented page in the shapes scrapers deliver; none of it is from a real outlet.
    private static final String PAGE = String.join("\n",
            "يصدر عن مركز الدراسات الميدانية - عمّان",
            "ad a b",
            "",
            "«جسر الموصل».. عودة الحركة إلى المدينة القديمة",
            "",
            "الأحد 14/آذار/2021 - 09:30 ص",
            "طباعة",
            "  • القراءات: ١٬٢٠٤",
            "",
            "عاد آلاف السكان إلى المدينة القديمة في الموصل بعد افتتاح الجسر العتيق أمام المركبات والمشاة يوم الأحد.",
            "",
            " «جسر الموصل»..",
            "حركة الأسواق",
            "",
            "وقال أحد التجار إن الحركة في سوق السراي تضاعفت خلال أسبوع واحد من افتتاح الجسر.",
            "وقال أحد التجار إن الحركة في سوق السراي تضاعفت خلال أسبوع واحد من افتتاح الجسر.",
            "WTV_Frequency",
            "يحتوي هذا القسم على مقالات ذات صلة (Related Nodes field)",
            "اقرأ أيضاً",
            "افتتاح مكتبة في أربيل",
            "افتتاح مكتبة في أربيل",
            "مهرجان للكتاب في البصرة",
            "",
            "الكلمات المفتاحية",
            "\"");

    private final BoilerplateFilter filter = BoilerplateFilter.standard();

    @Test
    void removesEveryKindOfFurnitureWithTheRuleThatRemovedIt() {
        CleanedText cleaned = filter.clean(PAGE);

        assertThat(cleaned.removed()).extracting(RemovedLine::rule, RemovedLine::text).contains(
                org.assertj.core.groups.Tuple.tuple("OUTLET_HEADER", "يصدر عن مركز الدراسات الميدانية - عمّان"),
                org.assertj.core.groups.Tuple.tuple("AD_RESIDUE", "ad a b"),
                org.assertj.core.groups.Tuple.tuple("UI_WORDS", "طباعة"),
                org.assertj.core.groups.Tuple.tuple("COUNTER", "  • القراءات: ١٬٢٠٤"),
                org.assertj.core.groups.Tuple.tuple("REPEATED_LINE", " «جسر الموصل».."),
                org.assertj.core.groups.Tuple.tuple("AD_RESIDUE", "WTV_Frequency"),
                org.assertj.core.groups.Tuple.tuple("CMS_ARTEFACT", "يحتوي هذا القسم على مقالات ذات صلة (Related Nodes field)"),
                org.assertj.core.groups.Tuple.tuple("RELATED_HEADLINES", "اقرأ أيضاً"),
                org.assertj.core.groups.Tuple.tuple("RELATED_HEADLINES", "مهرجان للكتاب في البصرة"),
                org.assertj.core.groups.Tuple.tuple("UI_WORDS", "الكلمات المفتاحية"),
                org.assertj.core.groups.Tuple.tuple("NO_TEXT", "\""));
    }

    @Test
    void keepsTheArticleAndItsSubheadings() {
        String text = filter.clean(PAGE).text();

        assertThat(text.split("\n")).contains("«جسر الموصل».. عودة الحركة إلى المدينة القديمة", "حركة الأسواق",
                "الأحد 14/آذار/2021 - 09:30 ص",
                "عاد آلاف السكان إلى المدينة القديمة في الموصل بعد افتتاح الجسر العتيق أمام المركبات والمشاة يوم الأحد.");
        assertThat(text).containsOnlyOnce("وقال أحد التجار إن الحركة في سوق السراي تضاعفت خلال أسبوع واحد من افتتاح الجسر.")
                .doesNotContain("أربيل", "WTV", "ad a b", "القراءات");
    }

    @Test
    void capturesTheReadsCounterAndOutletLineBeforeRemovingThem() {
        CleanedText cleaned = filter.clean(PAGE);

        assertThat(cleaned.captured()).containsEntry(CleanedText.READS, "1204")
                .containsEntry(CleanedText.OUTLET_LINE, "يصدر عن مركز الدراسات الميدانية - عمّان");
    }

    @Test
    void keepsSentencesThatOnlyMentionUiWords() {
        String text = "نشرت الصحيفة تعليقات القراء على قرار الطباعة الجديد.\nشارك مئات الطلاب في المسابقة.";
        assertThat(filter.clean(text).removed()).isEmpty();
    }

    @Test
    void aLatinBrandLineIsAnOutletHeaderOnlyAboveArabicText() {
        assertThat(filter.clean("Marsad Post\nعنوان الخبر هنا").removed()).extracting(RemovedLine::rule).containsExactly("OUTLET_HEADER");
        assertThat(filter.clean("Reuters\nLondon markets rose on Monday.").removed()).isEmpty();
    }

    @Test
    void endsARelatedListWhenProseReturns() {
        List<String> kept = List.of(filter.clean(String.join("\n", "نص أول للخبر.", "أخبار ذات صلة", "عنوان قصير",
                "ويضيف التقرير أن عدد الزوار ارتفع هذا العام إلى مستويات لم تسجل منذ عقد كامل من الزمن بحسب الأرقام الرسمية.")).text().split("\n"));
        assertThat(kept).containsExactly("نص أول للخبر.",
                "ويضيف التقرير أن عدد الزوار ارتفع هذا العام إلى مستويات لم تسجل منذ عقد كامل من الزمن بحسب الأرقام الرسمية.");
    }
}
