package org.marsad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicMatchKeyTest {

    @Test
    void spellingVariantsShareAKey() {
        assertThat(ArabicMatchKey.of("سورية")).isEqualTo(ArabicMatchKey.of("سوريه"));
        assertThat(ArabicMatchKey.of("إيران")).isEqualTo(ArabicMatchKey.of("ايران"));
        assertThat(ArabicMatchKey.of("مصطفى")).isEqualTo(ArabicMatchKey.of("مصطفي"));
        assertThat(ArabicMatchKey.of("الـعِراق")).isEqualTo(ArabicMatchKey.of("العراق"));
    }

    @Test
    void latinNamesIgnoreCaseAndSpacing() {
        assertThat(ArabicMatchKey.of("  Atwasat  News ")).isEqualTo("atwasat news");
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertThat(ArabicMatchKey.of("بغداد")).isNotEqualTo(ArabicMatchKey.of("بغدادي"));
    }
}
