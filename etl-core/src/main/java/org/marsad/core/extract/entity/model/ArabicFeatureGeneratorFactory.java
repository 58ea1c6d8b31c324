package org.marsad.core.extract.entity.model;

import java.util.List;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

import org.marsad.core.text.Lexicon;
import org.marsad.core.extract.entity.EntityGazetteer;
import org.marsad.core.extract.entity.GivenNames;

/**
 * Arabic features for the name finder, named in {@code arabic-ner-features.xml}: for the token and its
 * neighbours, the word without clitics and article (so وبغداد and بغداد share a feature), whether it
 * carried the article, whether the team's gazetteers know it as a place or an organisation word, whether
 * it is a given name, and whether a title or speech verb comes before it ({@code الرئيس}, {@code وقال}).
 */
public final class ArabicFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() {
        return new ArabicFeatures(EntityGazetteer.standard());
    }

    static final class ArabicFeatures implements AdaptiveFeatureGenerator {

        /** Titles and speech verbs that people's names follow. */
        private static final Lexicon BEFORE_PERSON = Lexicon.named("person-cues");

        private final EntityGazetteer gazetteer;
        private final GivenNames givenNames = GivenNames.standard();

        ArabicFeatures(EntityGazetteer gazetteer) {
            this.gazetteer = gazetteer;
        }

        /** The sentence last seen and what each of its tokens gives: the window asks for a token three times. */
        private String[] sentence;
        private String[][] perToken;

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            if (tokens != sentence) {
                sentence = tokens;
                perToken = new String[tokens.length][];
            }
            for (int offset = -1; offset <= 1; offset++) {
                int i = index + offset;
                if (i < 0 || i >= tokens.length) {
                    continue;
                }
                add(features, perToken[i] == null ? (perToken[i] = of(tokens[i])) : perToken[i], offset);
            }
            for (int back = 1; back <= 2 && index - back >= 0; back++) {
                if (BEFORE_PERSON.contains(tokens[index - back])) {
                    features.add("title-" + back);
                }
            }
        }

        /**
         * What one word gives the token {@code offset} places after it (-2 to 2), as {@link #createFeatures} gives it:
         * for {@link WordRowScorer}, which keeps a word's features between sentences.
         */
        void addWordFeatures(List<String> features, String token, int offset) {
            if (offset >= -1 && offset <= 1) {
                add(features, of(token), offset);
            }
            if (offset < 0 && BEFORE_PERSON.contains(token)) {
                features.add("title-" + -offset);
            }
        }

        private static void add(List<String> features, String[] of, int offset) {
            features.add("stem" + offset + "=" + of[0]);
            if (of[1] != null) {
                features.add("art" + offset);
            }
            if (of[2] != null) {
                features.add("gaz" + offset + "=" + of[2]);
            }
            if (of[3] != null) {
                features.add("given" + offset);
            }
        }

        /** The token's stem, and non-null markers for the article, its gazetteer kind and a given name. */
        private String[] of(String token) {
            return new String[] {EntityGazetteer.stem(token), EntityGazetteer.carriesArticle(token) ? "" : null, gazetteer.kindOfWord(token),
                    givenNames.isGivenName(token) ? "" : null};
        }
    }
}
