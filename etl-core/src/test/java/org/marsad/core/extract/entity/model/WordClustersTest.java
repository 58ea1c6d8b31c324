package org.marsad.core.extract.entity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word classes from unlabelled text, and the entity model that uses them. */
class WordClustersTest {

    /** Invented names, so that neither the gazetteers nor the letters tell towns from buildings. */
    private static final List<String> TOWNS = List.of("زرقون", "كيتال", "مورنا", "سالوب", "تيرين", "داموك", "فيلار", "نوسيم");
    private static final List<String> VERBS = List.of("وصل", "عاد", "سافر", "انتقل");
    private static final List<String> BUILDINGS = List.of("بلطون", "كمراس", "دوفين", "تشلاب", "سنوري", "هاروك", "ليمار", "قصتون");
    private static final List<String> FAMILIES = List.of("الجبوري", "العبيدي", "الدليمي", "الساعدي", "الزبيدي", "الربيعي");

    @TempDir
    Path dir;

    @Test
    void wordsSeenInTheSameCompanyShareAClass() {
        WordClusters clusters = WordClusters.induce(unlabelled(), 8, 3, 10);

        assertThat(TOWNS.stream().map(clusters::classOf).distinct()).hasSize(1);
        assertThat(FAMILIES.stream().map(clusters::classOf).distinct()).hasSize(1);
        assertThat(clusters.classOf("كيتال")).isNotEqualTo(clusters.classOf("الجبوري")).isNotEqualTo(clusters.classOf("وصل"));
        assertThat(clusters.classOf("ٱلجبوري")).as("spelling variants share the key").isEqualTo(clusters.classOf("الجبوري"));
        assertThat(clusters.classOf("نادرة")).as("too rare to have a class").isEqualTo(-1);
    }

    @Test
    void aModelKeepsItsClustersThroughSavingAndLoadingAndSeesAnUnlabelledWordsClass() throws Exception {
        WordClusters clusters = WordClusters.induce(unlabelled(), 8, 3, 10);
        List<LabelledSentence> labelled = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            labelled.add(new LabelledSentence(new String[] {"عاد", "الوفد", "إلى", TOWNS.get(i), "أمس"}, new String[] {"O", "O", "O", "B-LOC", "O"}));
            labelled.add(new LabelledSentence(new String[] {"عاد", "الوفد", "إلى", BUILDINGS.get(i), "أمس"}, new String[] {"O", "O", "O", "O", "O"}));
        }
        EntityModel.train(labelled, 10, List.of(clusters)).save(dir.resolve("ner.bin"));
        EntityModel loaded = EntityModel.load(dir.resolve("ner.bin"));

        String[] unseen = {"عاد", "الوفد", "إلى", TOWNS.get(6), "أمس"};
        assertThat(loaded.features(unseen, 3)).as("the class a labelled town has, keyed without the hamza of إلى")
                .contains("clusters0=" + clusters.classOf(TOWNS.get(0)), "p1clusters0=" + clusters.classOf("الى"))
                .doesNotContain("clusters0=" + clusters.classOf(BUILDINGS.get(0)));
        assertThat(EntityModel.train(labelled, 10).features(unseen, 3)).noneMatch(f -> f.startsWith("clusters"));
    }

    /** Invented text: towns after verbs of travel, family names after a speaker's given name, rooms a worker enters. */
    private static List<List<String>> unlabelled() {
        Random random = new Random(7);
        List<List<String>> sentences = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String town = TOWNS.get(random.nextInt(TOWNS.size()));
            String family = FAMILIES.get(random.nextInt(FAMILIES.size()));
            sentences.add(List.of(VERBS.get(random.nextInt(VERBS.size())), "الوفد", "إلى", town, "أمس"));
            sentences.add(List.of("وقال", "محمد", family, "إن", "الوضع", "مستقر"));
            sentences.add(List.of("في", town, "قال", "علي", family, "إن", "الطريق", "مفتوح"));
            sentences.add(List.of("دخل", "العامل", BUILDINGS.get(random.nextInt(BUILDINGS.size())), "صباحا"));
        }
        sentences.add(List.of("كلمة", "نادرة"));
        return sentences;
    }
}
