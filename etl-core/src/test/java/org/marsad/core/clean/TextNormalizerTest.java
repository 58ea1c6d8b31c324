package org.marsad.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void removesTatweelZeroWidthAndBidiControls() {
        assertThat(normalizer.normalize("الـــعراق\u200F و\u200Bسوريا\u202B")).isEqualTo("العراق وسوريا");
    }

    @Test
    void keepsTheTatweelThatSetsAProcliticApart() {
        assertThat(normalizer.normalize("زيارة لـ«الموصل» بـ 7 مليارات في قمة الـ G7 وكبيـــرة"))
                .isEqualTo("زيارة لـ«الموصل» بـ 7 مليارات في قمة الـ G7 وكبيرة");
    }

    @Test
    void foldsPresentationFormsToBaseLetters() {
        // "لا" as the lam-alef ligature U+FEFB and "سلام" written with presentation forms
        assertThat(normalizer.normalize("\uFEFB \uFEB3\uFEE0\uFE8E\uFEE1")).isEqualTo("لا سلام");
    }

    @Test
    void keepsDiacriticsAndPunctuation() {
        String text = "قالَ المُتحدّث: «لن نتراجع»؛ وأضاف… نعم!";
        assertThat(normalizer.normalize(text)).isEqualTo(text);
    }

    @Test
    void keepsParagraphsAndCollapsesSpaces() {
        assertThat(normalizer.normalize("  سطر   أول \r\n\r\n\r\n\r\nسطر\u00A0ثان\t ")).isEqualTo("سطر أول\n\nسطر ثان");
    }
}
