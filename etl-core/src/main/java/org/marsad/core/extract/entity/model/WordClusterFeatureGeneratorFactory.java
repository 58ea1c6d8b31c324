package org.marsad.core.extract.entity.model;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.model.ArtifactSerializer;

import org.marsad.core.text.ArabicMatchKey;

/**
 * The {@link WordClusters} class of the token and of its neighbours (in OpenNLP's window of one), looked up by {@link ArabicMatchKey} in the
 * model's word-cluster resource (named by the {@code dict} argument), which OpenNLP stores inside the model.
 * OpenNLP's own word-cluster generator looks the raw token up, so that {@code أمريكا} and {@code امريكا} would miss.
 */
public final class WordClusterFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        String name = getStr("dict");
        if (!(resourceManager.getResource(name) instanceof WordClusterDictionary clusters)) {
            throw new InvalidFormatException("the model holds no word clusters named " + name);
        }
        // the neighbours' classes too, named p1… and n1… by OpenNLP's window
        return new WindowFeatureGenerator(new ClusterFeatures(name, clusters), 1, 1);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new Resource.Serializer());
    }

    /**
     * OpenNLP's word-cluster dictionary as a model resource. Its own serializer closes the stream it writes to and
     * the one it reads from, which are the model's zip streams, so a model holding one could be neither saved nor
     * loaded (OpenNLP 2.5.11).
     */
    public static final class Resource extends WordClusterDictionary {

        public Resource(InputStream in) throws IOException {
            super(in);
        }

        @Override
        public void serialize(OutputStream out) throws IOException {
            super.serialize(new FilterOutputStream(out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            });
        }

        @Override
        public Class<?> getArtifactSerializerClass() {
            return Serializer.class;
        }

        public static final class Serializer implements ArtifactSerializer<Resource> {

            @Override
            public Resource create(InputStream in) throws IOException {
                return new Resource(new FilterInputStream(in) {
                    @Override
                    public void close() {
                        // the model's zip stream: its next entry is still to be read
                    }
                });
            }

            @Override
            public void serialize(Resource artifact, OutputStream out) throws IOException {
                artifact.serialize(out);
            }
        }
    }

    /**
     * The class of the token. The class of the stem without clitics as well was tried and dropped (ANERcorp 5-fold
     * micro F1 82.3 without it, 81.9 with it).
     */
    record ClusterFeatures(String prefix, WordClusterDictionary clusters) implements AdaptiveFeatureGenerator {

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            String c = clusters.lookupToken(ArabicMatchKey.of(tokens[index]));
            if (c != null) {
                features.add(prefix + "=" + c);
            }
        }
    }
}
