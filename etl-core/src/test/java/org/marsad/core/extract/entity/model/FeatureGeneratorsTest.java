package org.marsad.core.extract.entity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.featuregen.CharacterNgramFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;

/** The team's feature generators make exactly the features of the OpenNLP generators they replace. */
class FeatureGeneratorsTest {

    @Test
    void makesTheFeaturesOpenNlpsGeneratorMakesSoModelsTrainedWithEitherAgree() {
        String[] tokens = {"وبالعراق", "ببب", "CNN", "Trump's", "ي", "الله"};
        for (int i = 0; i < tokens.length; i++) {
            List<String> ours = new ArrayList<>();
            List<String> opennlp = new ArrayList<>();
            new CharacterNgramFeatureGeneratorFactory.CharacterNgrams(2, 4).createFeatures(ours, tokens, i, null);
            new CharacterNgramFeatureGenerator(2, 4).createFeatures(opennlp, tokens, i, null);
            assertThat(ours).as(tokens[i]).containsExactlyInAnyOrderElementsOf(opennlp);
        }
    }

    @Test
    void tokenAndTokenClassFeaturesAreOpenNlps() {
        String[] tokens = {"وبالعراق", "CNN", "Trump's", "2018", "İstanbul", "،", "ΣΟΦΙΑ"};
        for (int i = 0; i < tokens.length; i++) {
            List<String> ours = new ArrayList<>();
            List<String> opennlp = new ArrayList<>();
            new TokenFeatureGeneratorFactory.TokenFeatures(false).createFeatures(ours, tokens, i, null);
            new TokenFeatureGeneratorFactory.TokenFeatures(true).createFeatures(ours, tokens, i, null);
            new TokenFeatureGenerator(true).createFeatures(opennlp, tokens, i, null);
            new TokenClassFeatureGenerator(true).createFeatures(opennlp, tokens, i, null);
            assertThat(ours).as(tokens[i]).containsExactlyInAnyOrderElementsOf(opennlp);
        }
    }
}
