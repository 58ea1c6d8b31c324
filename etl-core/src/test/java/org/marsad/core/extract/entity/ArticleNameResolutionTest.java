package org.marsad.core.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleNameResolutionTest {

    private static List<EntityMention> resolve(EntityMention... mentions) {
        return ArticleNameResolution.resolve(List.of(mentions), name -> name.equals("مصر"));
    }

    private static EntityMention person(String name, int n) {
        return new EntityMention(EntityType.PERSON, name, n);
    }

    @Test
    void spellingsOfACompoundNameAreOneEntity() {
        assertThat(resolve(person("سلمان بن عبدالعزيز", 2), person("سلمان بن عبد العزيز", 1))).extracting(EntityMention::mentionCount)
                .containsExactly(2);
        assertThat(NameKey.of("سلمان بن عبد العزيز")).isEqualTo(NameKey.of("سلمان بن عبدالعزيز"));
        assertThat(NameKey.of("أبو بكر البغدادي")).isEqualTo(NameKey.of("ابوبكر البغدادي"));
    }

    @Test
    void aGivenOrFamilyNameAloneGoesToTheOneFullNameThatHoldsIt() {
        assertThat(resolve(person("محمد صلاح", 1), person("صلاح", 3), person("محمد", 1)))
                .extracting(EntityMention::canonicalName, EntityMention::mentionCount).containsExactly(tuple("محمد صلاح", 5));
        assertThat(resolve(person("محمد بن سلمان بن عبدالعزيز", 1), person("محمد بن سلمان", 2)))
                .extracting(EntityMention::canonicalName, EntityMention::mentionCount).containsExactly(tuple("محمد بن سلمان بن عبدالعزيز", 3));
    }

    @Test
    void theEndOfANameAfterBinIsTheFathersNameNotAPartOfTheSon() {
        assertThat(resolve(person("محمد بن سلمان بن عبدالعزيز", 1), person("سلمان بن عبد العزيز", 2)))
                .extracting(EntityMention::canonicalName, EntityMention::mentionCount)
                .containsExactlyInAnyOrder(tuple("محمد بن سلمان بن عبدالعزيز", 1), tuple("سلمان بن عبد العزيز", 2));
        assertThat(resolve(person("جوزف بلاتر", 1), person("بلاتر", 2)))
                .extracting(EntityMention::canonicalName, EntityMention::mentionCount).containsExactly(tuple("جوزف بلاتر", 3));
    }

    @Test
    void aGivenNameTwoPeopleShareGoesToNobody() {
        assertThat(resolve(person("محمد بن نايف", 1), person("محمد بن سلمان", 1), person("محمد", 2))).extracting(EntityMention::canonicalName)
                .containsExactly("محمد بن نايف", "محمد بن سلمان");
    }

    @Test
    void aPlaceIsNeverMergedIntoAnOrganisationAndOrganisationsOnlyIntoOrganisations() {
        List<EntityMention> out = resolve(new EntityMention(EntityType.LOCATION, "مصر", 2), new EntityMention(EntityType.ORGANIZATION, "مصر للطيران", 1),
                new EntityMention(EntityType.ORGANIZATION, "وزارة الداخلية", 1), new EntityMention(EntityType.ORGANIZATION, "وزارة الداخلية البحرينية", 2));
        assertThat(out).extracting(EntityMention::canonicalName, EntityMention::mentionCount).containsExactly(tuple("مصر", 2),
                tuple("مصر للطيران", 1), tuple("وزارة الداخلية البحرينية", 3));
    }

    @Test
    void aLoneWordTakenForAPersonThatEndsAnOrganisationsNameIsThatOrganisation() {
        assertThat(resolve(new EntityMention(EntityType.ORGANIZATION, "بنك باركليز", 2), person("باركليز", 3)))
                .extracting(EntityMention::canonicalName, EntityMention::mentionCount).containsExactly(tuple("بنك باركليز", 5));
    }

    @Test
    void aClitcLeftOnANameGoesToTheNameWithoutIt() {
        assertThat(resolve(new EntityMention(EntityType.ORGANIZATION, "ريال مدريد", 2), new EntityMention(EntityType.ORGANIZATION, "لريال مدريد", 1)))
                .extracting(EntityMention::canonicalName, EntityMention::mentionCount).containsExactly(tuple("ريال مدريد", 3));
    }
}
