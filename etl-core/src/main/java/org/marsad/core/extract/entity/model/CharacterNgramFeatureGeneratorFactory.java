package org.marsad.core.extract.entity.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The token's character n-grams as features ({@code ng=} and the n-gram, lower-cased), the same features as
 * OpenNLP's {@code CharacterNgramFeatureGenerator} makes, made without its n-gram model: OpenNLP builds a
 * counting map of string lists for every token, which took a third of the time of tagging an article (JFR on
 * {@code ExtractionBenchmark.allFacts}).
 */
public final class CharacterNgramFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        return new CharacterNgrams(getInt("min"), getInt("max"));
    }

    record CharacterNgrams(int min, int max) implements AdaptiveFeatureGenerator {

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            String token = LowerCase.of(tokens[index]);
            // each n-gram once, as OpenNLP's counting model gives it
            Set<String> grams = new LinkedHashSet<>();
            for (int length = min; length <= max; length++) {
                for (int start = 0; start + length <= token.length(); start++) {
                    grams.add(token.substring(start, start + length));
                }
            }
            for (String gram : grams) {
                features.add("ng=" + gram);
            }
        }
    }
}
