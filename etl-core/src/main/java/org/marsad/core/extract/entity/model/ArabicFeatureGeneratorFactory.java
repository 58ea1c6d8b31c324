package org.marsad.core.extract.entity.model;

import java.util.List;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

import org.marsad.core.text.ArabicMatchKey;
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

    private static final class ArabicFeatures implements AdaptiveFeatureGenerator {

        /** Titles and speech verbs that people's names follow (keys: alef and ya folded). */
        private static final java.util.Set<String> BEFORE_PERSON = java.util.stream.Stream.of("الرئيس", "رئيس", "وزير", "وزيرة", "الشيخ",
                "السيد", "السيدة", "الدكتور", "د", "اللواء", "العميد", "العقيد", "الفريق", "الجنرال", "الملك", "الأمير", "الأميرة", "النائب",
                "السفير", "المتحدث", "الناطق", "الزعيم", "المستشار", "المدير", "الأمين", "المبعوث", "الإمام", "المرشد", "القاضي", "المحامي",
                "الصحفي", "الكاتب", "الفنان", "اللاعب", "المدرب", "قال", "وقال", "قالت", "وقالت", "أكد", "وأكد", "أضاف", "وأضاف", "أوضح",
                "وأوضح", "صرح", "وصرح", "أشار", "وأشار", "المدعو", "نظيره", "نظيرته").map(ArabicMatchKey::of)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());

        private final EntityGazetteer gazetteer;
        private final GivenNames givenNames = GivenNames.standard();

        ArabicFeatures(EntityGazetteer gazetteer) {
            this.gazetteer = gazetteer;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            for (int offset = -1; offset <= 1; offset++) {
                int i = index + offset;
                if (i < 0 || i >= tokens.length) {
                    continue;
                }
                String stem = EntityGazetteer.stem(tokens[i]);
                features.add("stem" + offset + "=" + stem);
                if (EntityGazetteer.carriesArticle(tokens[i])) {
                    features.add("art" + offset);
                }
                String kind = gazetteer.kindOfWord(tokens[i]);
                if (kind != null) {
                    features.add("gaz" + offset + "=" + kind);
                }
                if (givenNames.isGivenName(tokens[i])) {
                    features.add("given" + offset);
                }
            }
            for (int back = 1; back <= 2 && index - back >= 0; back++) {
                if (BEFORE_PERSON.contains(ArabicMatchKey.of(tokens[index - back]))) {
                    features.add("title-" + back);
                }
            }
        }
    }
}
