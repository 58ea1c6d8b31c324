package org.marsad.core.extract.entity.model;

import java.util.List;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The token itself, lower-cased ({@code w=}), and, with {@code class} true, its shape class ({@code wc=}) and
 * both together ({@code w&c=}): the features of OpenNLP's {@code TokenFeatureGenerator} and
 * {@code TokenClassFeatureGenerator}, made without their per-call streams. In a window of five they ran five
 * times for every token of every sentence tagged.
 */
public final class TokenFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        return new TokenFeatures(getBool("class", false));
    }

    record TokenFeatures(boolean shapeClass) implements AdaptiveFeatureGenerator {

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            String lower = LowerCase.of(tokens[index]);
            if (!shapeClass) {
                features.add("w=" + lower);
                return;
            }
            String wordClass = FeatureGeneratorUtil.tokenFeature(tokens[index]);
            features.add("wc=" + wordClass);
            features.add("w&c=" + lower + "," + wordClass);
        }
    }
}
