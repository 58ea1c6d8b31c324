package org.marsad.core.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GivenNamesTest {

    private final GivenNames names = GivenNames.standard();

    @Test
    void aGivenNameMarkedAsAlsoAWordIsStillAGivenName() {
        assertThat(names.isGivenName("حسن")).isTrue();
        assertThat(names.isAlsoAWord("حسن")).isTrue();
        assertThat(names.isAlsoAWord("امين")).as("compared on the match key").isTrue();
        assertThat(names.isAlsoAWord("محمد")).isFalse();
        assertThat(names.isGivenName("ومحمد")).as("behind the conjunction").isTrue();
        assertThat(names.isGivenName("?حسن")).as("the mark is not part of the name").isFalse();
    }
}
