package org.marsad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordAlternationTest {

    private static final List<String> WORDS = List.of("قال", "قالت", "قام", "اب", "ابريل", "كانون الثاني", "كانون الأول", "a.b", "نقل عن");

    @Test
    void matchesExactlyTheWords() {
        Pattern p = Pattern.compile(WordAlternation.of(WORDS));
        assertThat(WORDS).allMatch(w -> p.matcher(w).matches());
        assertThat(List.of("قا", "قالتا", "ابر", "كانون", "aXb", "نقل", "")).noneMatch(w -> p.matcher(w).matches());
    }

    @Test
    void prefersTheLongerWordLikeALongestFirstAlternation() {
        Matcher m = Pattern.compile(WordAlternation.of(WORDS)).matcher("في ابريل قالت");
        assertThat(m.find()).isTrue();
        assertThat(m.group()).isEqualTo("ابريل");
        assertThat(m.find()).isTrue();
        assertThat(m.group()).isEqualTo("قالت");
    }

    @Test
    void backtracksToTheShorterWordWhenTheRestOfThePatternNeedsIt() {
        Matcher m = Pattern.compile("(" + WordAlternation.of(WORDS) + ")ت\\b").matcher("قالت");
        assertThat(m.matches()).isTrue();
        assertThat(m.group(1)).isEqualTo("قال");
    }
}
