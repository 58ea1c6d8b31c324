package org.marsad.core.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OrganisationAnaphorsTest {

    private final EntityGazetteer gazetteer = EntityGazetteer.standard();

    @Test
    void aBareHeadStandsForTheOrganisationTheArticleNamesMostWithThatHead() {
        OrganisationAnaphors anaphors = OrganisationAnaphors.of(List.of(new EntityMention(EntityType.ORGANIZATION, "داعش", 3),
                new EntityMention(EntityType.ORGANIZATION, "حركة الشباب", 1)), gazetteer);
        String sentence = "وقتل 12 من مسلحي التنظيم في هجوم شنته الحركة.";
        assertThat(anaphors.withAnaphors(sentence, List.of())).extracting(EntityFinder.LocatedName::name).containsExactly("داعش", "حركة الشباب");
        assertThat(anaphors.withAnaphors(sentence, List.of()).get(0).start()).isEqualTo(sentence.indexOf("التنظيم"));
    }

    @Test
    void aHeadStandsForNothingWhereTheArticleNamesNoOrganisationWithItOrANameFollowsIt() {
        OrganisationAnaphors none = OrganisationAnaphors.of(List.of(new EntityMention(EntityType.ORGANIZATION, "الأمم المتحدة", 2)), gazetteer);
        assertThat(none.withAnaphors("وأعلن التنظيم مسؤوليته.", List.of())).isEmpty();
        OrganisationAnaphors isis = OrganisationAnaphors.of(List.of(new EntityMention(EntityType.ORGANIZATION, "داعش", 2)), gazetteer);
        String sentence = "وقالت الحركة إن التنظيم «داعش» هاجم القرية.";
        List<EntityFinder.LocatedName> named = List.of(new EntityFinder.LocatedName(sentence.indexOf("داعش"), sentence.indexOf("داعش") + 4,
                EntityType.ORGANIZATION, "داعش"));
        assertThat(isis.withAnaphors(sentence, named)).isEqualTo(named);
    }
}
