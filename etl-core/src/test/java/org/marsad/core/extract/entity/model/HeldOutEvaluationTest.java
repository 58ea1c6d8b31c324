package org.marsad.core.extract.entity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class HeldOutEvaluationTest {

    @Test
    void foldsAreContiguousBlocksSoNeighbouringSentencesOfAnArticleStayTogether() {
        List<LabelledSentence> sentences = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sentences.add(new LabelledSentence(new String[] {"s" + i}, new String[] {"O"}));
        }
        List<List<LabelledSentence>> fold = EntityModelEvaluation.blocks(sentences, 5, 1);
        assertThat(fold.get(1)).extracting(s -> s.tokens()[0]).containsExactly("s2", "s3");
        assertThat(fold.get(0)).extracting(s -> s.tokens()[0]).containsExactly("s0", "s1", "s4", "s5", "s6", "s7", "s8", "s9");
    }

    @Test
    void newsFaneCliticsAreJoinedBackOntoTheirWordsAndClassesMappedToTheProductsTypes() throws Exception {
        String file = "\u200eو\tO\n\u200eالرئيس\tO\nان\tO\nه\tO\nل\tO\nالحكومة\tB-Government\nالمصرية\tI-Government\n"
                + "في\tO\nمصر\tB-Nation\nو\tO\nمحمد\tB-Politician\nعلي\tI-Politician\nحكومة\tO\nها\tO\nالفرنسيون\tB-Group\n"
                + "مطار\tB-Airport\nالقاهرة\tI-Airport\n\t\n";
        LabelledSentence s = NewsFaneFormat.read(new BufferedReader(new StringReader(file))).get(0);
        assertThat(s.tokens()).containsExactly("والرئيس", "انه", "للحكومة", "المصرية", "في", "مصر", "ومحمد", "علي", "حكومتها", "الفرنسيون",
                "مطار", "القاهرة");
        assertThat(s.tags()).containsExactly("O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "B-PERS", "I-PERS", "O", "O", "B-FAC", "I-FAC");
    }

    @Test
    void aTestSentenceWhoseTextTheTrainingDataHoldsIsLeftOutWhateverItsTokenisation() {
        LabelledSentence trained = sentence("وأعلن الرئيس أن الحكومة ستبدأ العمل في المشروع الجديد");
        LabelledSentence sameTextSplitClitics = sentence("و اعلن الرئيس ان الحكومة ستبدا العمل في المشروع الجديد");
        LabelledSentence unseen = sentence("وصل الوفد إلى العاصمة مساء أمس لبحث التعاون الاقتصادي");
        TrainingOverlap overlap = new TrainingOverlap(List.of(trained));
        assertThat(overlap.unseen(List.of(sameTextSplitClitics, unseen))).containsExactly(unseen);
    }

    @Test
    void aPredictionOfAFacilityTheGoldMarksIsNeitherRightNorWrong() throws Exception {
        EntityModel model = EntityModel.train(EntityModelTest.training(), 20);
        LabelledSentence facility = new LabelledSentence("وصل أحمد كريم إلى النجف لزيارة جامعة بغداد".split(" "),
                new String[] {"O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "B-FAC", "I-FAC"});
        assertThat(model.tag(facility.tokens())).containsExactly("O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG");
        EntityModelEvaluation.Score micro = EntityModelEvaluation.score(model, List.of(facility)).get("MICRO");
        assertThat(micro.predicted()).isEqualTo(2);
        assertThat(micro.gold()).isEqualTo(2);
        assertThat(micro.truePositives()).isEqualTo(2);
    }

    private static LabelledSentence sentence(String text) {
        String[] tokens = text.split(" ");
        String[] tags = new String[tokens.length];
        java.util.Arrays.fill(tags, "O");
        return new LabelledSentence(tokens, tags);
    }
}
