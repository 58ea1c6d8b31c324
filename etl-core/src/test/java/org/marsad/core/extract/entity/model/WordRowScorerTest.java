package org.marsad.core.extract.entity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.WordClusterDictionary;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tagger's own scoring gives the shipped model the features OpenNLP's context generator gives it, and so
 * OpenNLP's tags: on invented sentences with the edge cases of the windows, and on ANERcorp's real sentences
 * where the shared corpus is present ({@code -Dmarsad.corpus.dir}).
 */
class WordRowScorerTest {

    private static final Path CORPUS = Path.of(System.getProperty("marsad.corpus.dir", "../../shared/corpus"));
    private static final List<String[]> INVENTED = List.of(
            new String[] {"بغداد"},
            new String[] {"وقال", "الرئيس", "عبد", "الفتاح", "السيسي", ":", "\"", "إن", "مصر", "لن", "تتراجع", "\"", "."},
            new String[] {"أعلنت", "وزارة", "الداخلية", "البحرينية", "القبض", "على", "12", "شخصا", "في", "المنامة", "2015"},
            new String[] {"IBM", "و", "Google", "تستثمران", "3.5", "مليار", "دولار", "،", "ووفقا", "لوكالة", "رويترز"});

    private static TokenNameFinderModel model;
    private static WordRowScorer scorer;

    @BeforeAll
    static void loadTheShippedModel() throws Exception {
        EntityModel.standard(); // registers the model's feature generators with OpenNLP
        model = new TokenNameFinderModel(EntityModel.class.getResourceAsStream("ner-ar.bin"));
        scorer = new WordRowScorer(FeatureWeights.of(model.getArtifact("nameFinder.model")),
                List.of((WordClusterDictionary) model.getArtifact("clusters0")));
    }

    @Test
    void givesEachTokenTheFeaturesOfOpenNlpsContextGenerator() throws Exception {
        List<String[]> sentences = new ArrayList<>(INVENTED);
        sentences.addAll(anercorp(500));
        NameContextGenerator opennlp = model.getFactory().createContextGenerator();
        NameFinderME finder = new NameFinderME(model);
        for (String[] tokens : sentences) {
            // the previous decisions the model itself makes, so that po=, pow= and ppo= vary as in tagging
            String[] decided = outcomes(finder, tokens);
            for (int i = 0; i < tokens.length; i++) {
                String[] before = Arrays.copyOf(decided, i);
                List<String> expected = new ArrayList<>(List.of(opennlp.getContext(i, tokens, before, new Object[0])));
                List<String> actual = scorer.features(tokens, i, before);
                expected.sort(null);
                actual.sort(null);
                assertThat(actual).as("token %d of %s", i, String.join(" ", tokens)).isEqualTo(expected);
            }
        }
    }

    @Test
    void tagsAsOpenNlpsNameFinderDoes() throws Exception {
        EntityModel shipped = EntityModel.standard();
        assertThat(shipped.scoresWordByWord()).isTrue();
        List<String[]> sentences = new ArrayList<>(INVENTED);
        sentences.addAll(anercorp(2_000));
        NameFinderME finder = new NameFinderME(model);
        int differing = 0;
        for (String[] tokens : sentences) {
            String[] expected = new String[tokens.length];
            Arrays.fill(expected, "O");
            for (Span span : finder.find(tokens)) {
                for (int i = span.getStart(); i < span.getEnd(); i++) {
                    expected[i] = (i == span.getStart() ? "B-" : "I-") + span.getType();
                }
            }
            finder.clearAdaptiveData();
            if (!Arrays.equals(shipped.tag(tokens), EntityModel.withKnownNames(tokens, expected))) {
                differing++;
            }
        }
        // the perceptron's averaged weights can tie two outcomes exactly; summed in another order, either may win
        // (2 of 22,851 real sentences when this was written, each such a tie)
        assertThat(differing).isLessThanOrEqualTo(sentences.size() / 1_000);
    }

    private static String[] outcomes(NameFinderME finder, String[] tokens) {
        String[] outcomes = new String[tokens.length];
        Arrays.fill(outcomes, "other");
        for (Span span : finder.find(tokens)) {
            for (int i = span.getStart(); i < span.getEnd(); i++) {
                outcomes[i] = span.getType() + (i == span.getStart() ? "-start" : "-cont");
            }
        }
        finder.clearAdaptiveData();
        return outcomes;
    }

    private static List<String[]> anercorp(int sentences) throws Exception {
        Path file = CORPUS.resolve("anercorp/ANERCorp_CamelLab_train.txt");
        if (!Files.isRegularFile(file)) {
            return List.of(); // the invented sentences alone
        }
        try (BufferedReader in = Files.newBufferedReader(file)) {
            return ConllFormat.read(in).stream().limit(sentences).map(LabelledSentence::tokens).toList();
        }
    }
}
