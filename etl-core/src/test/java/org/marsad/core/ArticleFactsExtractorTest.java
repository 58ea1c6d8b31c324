package org.marsad.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.marsad.core.extract.entity.EntityGazetteer;
import org.marsad.core.extract.entity.model.ConllFormat;
import org.marsad.core.extract.entity.model.EntityModel;

class ArticleFactsExtractorTest {

    private static final String BODY = "وقال أحمد كريم في بغداد إن نقابة المعلمين قررت الإضراب، وأسفرت المواجهات عن مقتل 12 شخصاً "
            + "يوم 3 آذار 2021 بحسب وزارة الداخلية.";

    @Test
    void gathersEveryKindOfFact() {
        ArticleFacts facts = ArticleFactsExtractor.standard().extract("إضراب المعلمين", BODY, LocalDateTime.of(2021, 3, 5, 9, 0));

        assertThat(facts.entities()).extracting(e -> e.type() + ":" + e.canonicalName())
                .contains("LOCATION:بغداد", "ORGANIZATION:وزارة الداخلية");
        assertThat(facts.quantities()).extracting(q -> q.category() + " " + q.amount().intValue()).containsExactly("KILLED 12");
        assertThat(facts.dates()).extracting(d -> d.value()).containsExactly("2021-03-03");
        assertThat(facts.quotations()).extracting(q -> q.speaker()).containsExactly("أحمد كريم");
    }

    @Test
    void aTrainedModelAddsNamesTheGazetteersDoNotKnowWithoutCountingKnownOnesTwice() throws Exception {
        StringBuilder conll = new StringBuilder();
        String[][] people = {{"أحمد", "كريم"}, {"سارة", "علي"}, {"ليلى", "حسن"}, {"يونس", "سالم"}};
        String[][] orgs = {{"نقابة", "المعلمين"}, {"اتحاد", "الطلبة"}, {"نقابة", "الأطباء"}};
        for (String[] p : people) {
            for (String[] o : orgs) {
                conll.append("وقال O\n").append(p[0]).append(" B-PERS\n").append(p[1]).append(" I-PERS\nفي O\nبغداد B-LOC\nإن O\n")
                        .append(o[0]).append(" B-ORG\n").append(o[1]).append(" I-ORG\nقررت O\nالإضراب O\n\n");
            }
        }
        EntityModel model = EntityModel.train(ConllFormat.read(new BufferedReader(new StringReader(conll.toString()))), 40);

        ArticleFacts facts = new ArticleFactsExtractor(EntityGazetteer.standard(), model).extract(null, BODY, null);

        assertThat(facts.entities()).extracting(e -> e.type() + ":" + e.canonicalName() + "=" + e.mentionCount())
                .contains("PERSON:أحمد كريم=1", "ORGANIZATION:نقابة المعلمين=1", "LOCATION:بغداد=1");
        assertThat(facts.entities()).filteredOn(e -> e.canonicalName().equals("بغداد")).hasSize(1);
    }

    @Test
    void aBareHeadThatStandsForAnOrganisationCountsAsOneOfItsMentions() {
        ArticleFacts facts = ArticleFactsExtractor.standard().extract(null, "أعلن تنظيم داعش مسؤوليته عن تفجير في بغداد أمس.\n\n"
                + "وقال التنظيم في بيان إن عناصره نفذوا الهجوم.\n\nوكان مسلحو التنظيم قد هاجموا المدينة من قبل.", null);
        assertThat(facts.entities()).filteredOn(e -> e.canonicalName().equals("داعش")).singleElement()
                .satisfies(e -> assertThat(e.mentionCount()).isEqualTo(3));
    }
}
