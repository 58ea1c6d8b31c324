package org.marsad.core.extract.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final String STORY = String.join(" ",
            "أعلنت وزارة الداخلية القبض على خمسة مطلوبين في عملية أمنية نفذتها قوات الشرطة في قضاء الطارمية شمالي بغداد،",
            "وقال المتحدث باسم الوزارة إن العملية جاءت بناء على معلومات استخبارية دقيقة وإن المطلوبين متهمون بتنفيذ هجمات",
            "على نقاط التفتيش خلال الأشهر الماضية، مشيراً إلى أن التحقيقات مستمرة لكشف بقية أفراد الشبكة وأن القوات ضبطت",
            "أسلحة وأعتدة في مخابئهم بالمنطقة الزراعية المحيطة بالقضاء.");
    private static final String OTHER = String.join(" ",
            "افتتحت وزارة الثقافة معرضاً للفنون التشكيلية في قاعة كولبنكيان وسط العاصمة بمشاركة أربعين فناناً من مختلف",
            "المحافظات، وتضمن المعرض لوحات زيتية ومنحوتات وأعمالاً خزفية تعكس التراث العراقي، وقال مدير القاعة إن المعرض",
            "سيستمر أسبوعين وإن الدخول مجاني لجميع الزوار وطلبة كليات الفنون الجميلة.");

    @Test
    void aLightlyEditedCopyIsANearDuplicateAndSharesABand() {
        int[] a = MinHash.signature(STORY);
        int[] b = MinHash.signature(STORY.replace("دقيقة", "موثوقة") + " وتأتي العملية ضمن حملة أوسع.");
        assertThat(MinHash.similarity(a, b)).isGreaterThanOrEqualTo(MinHash.NEAR_DUPLICATE);
        assertThat(Arrays.stream(MinHash.bandKeys(a)).filter(k -> Arrays.stream(MinHash.bandKeys(b)).anyMatch(x -> x == k)).count())
                .isPositive();
    }

    @Test
    void spellingVariantsAndDiacriticsDoNotMatter() {
        String variant = STORY.replace("أعلنت", "اعلنت").replace("الشرطة", "الشُّرطة");
        assertThat(MinHash.similarity(MinHash.signature(STORY), MinHash.signature(variant))).isEqualTo(1.0);
    }

    @Test
    void unrelatedStoriesAreNotNearDuplicates() {
        assertThat(MinHash.similarity(MinHash.signature(STORY), MinHash.signature(OTHER))).isLessThan(0.2);
    }

    @Test
    void signaturesSurviveStorage() {
        int[] a = MinHash.signature(STORY);
        assertThat(MinHash.fromBytes(MinHash.toBytes(a))).containsExactly(a);
        assertThat(MinHash.toBytes(a)).hasSize(256);
    }
}
