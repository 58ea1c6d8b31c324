package org.marsad.core.extract.duplicate;

import org.marsad.core.text.ArabicMatchKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import java.util.List;

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

    /**
     * Signatures are stored and compared with those of later runs: a faster implementation must give the
     * same values as the plain one, which joins the words of each shingle and hashes the string.
     */
    @Test
    void signaturesEqualThoseOfTheStraightforwardShingling() {
        for (String text : List.of("", "كلمة", "كلمتان فقط", "قال المتحدث باسم الوزارة إن 12 شخصا أصيبوا، وإن ٣ منهم في حالة حرجة.",
                "Mixed العربية and English 2024 text — with punctuation!!! وَالتَّشْكِيلِ أيضاً")) {
            assertThat(MinHash.signature(text)).as(text).containsExactly(reference(text));
        }
    }

    private static int[] reference(String text) {
        List<String> words = new java.util.ArrayList<>();
        for (String w : ArabicMatchKey.of(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        java.util.Set<String> shingles = new java.util.HashSet<>();
        if (words.size() < 3) {
            shingles.add(String.join(" ", words));
        }
        for (int i = 0; i + 3 <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + 3)));
        }
        long[] seeds = new long[MinHash.SIZE];
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < seeds.length; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            seeds[i] = s;
        }
        int[] signature = new int[MinHash.SIZE];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        for (String shingle : shingles) {
            long h = 0xcbf29ce484222325L;
            for (byte b : shingle.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                h = (h ^ (b & 0xFF)) * 0x100000001b3L;
            }
            h = mix(h);
            for (int i = 0; i < signature.length; i++) {
                signature[i] = Math.min(signature[i], (int) (mix(h ^ seeds[i]) >>> 33));
            }
        }
        return signature;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
