package org.marsad.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.marsad.core.read.UnreadableFileException;

class ArticleExtractorTest {

    private static final String TEXT = "وقّعت الوزارة عقداً جديداً\u0640\u0640 لبناء جسر في الناصرية يربط ضفتي النهر خلال عامين.";
    private final ArticleExtractor extractor = ArticleExtractor.standard();

    @Test
    void countsWordsWithDiacriticsAsOneWord() {
        assertThat(ArticleExtractor.countWords("وقّعت الوزارة عقداً، في 2021.")).isEqualTo(5);
    }

    @Test
    void sameTextInTwoEncodingsHasOneContentHash() throws Exception {
        Article utf8 = extractor.extract("a.txt", TEXT.getBytes(StandardCharsets.UTF_8)).article();
        Article legacy = extractor.extract("b.txt", TEXT.getBytes(Charset.forName("windows-1256"))).article();
        assertThat(legacy.body()).isEqualTo(utf8.body()).doesNotContain("\u0640");
        assertThat(legacy.contentHash()).isEqualTo(utf8.contentHash()).hasSize(64);
    }

    @Test
    void plainTextHasNoTitleRatherThanAGuessedOne() throws Exception {
        assertThat(extractor.extract("a.txt", TEXT.getBytes(StandardCharsets.UTF_8)).article().title()).isNull();
    }

    @Test
    void aBodyOfFewerWordsThanTheMinimumIsNoArticle() {
        assertThatThrownBy(() -> extractor.extract("stub.txt", "hi".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class).hasMessage("too little text: 1 word, an article has at least 10");
    }

    @Test
    void rejectsAFileWhoseTextIsOnlyWhitespace() {
        assertThatThrownBy(() -> extractor.extract("blank.txt", " \n\t\n ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class).hasMessage("no text content");
    }

    @Test
    void aRecordWithNoPublicationDateDatesADayAndMonthByTheDayItWasCollected() throws Exception {
        String record = """
                {"title": "تركيا تقصف مواقع التنظيم", "date_extracted": "2015-07-31 02:51:32", "content":
                "وتقصف تركيا مواقع التنظيم بعد التفجير الانتحاري الذي أسفر عن مقتل 32 شخصا في 20 يوليو في مدينة سروج. وكان هجوم آخر قد أسفر عن مقتل 7 أشخاص في 20 ديسمبر في المدينة نفسها."}
                """;
        ExtractedArticle a = extractor.extract("record.json", record.getBytes(StandardCharsets.UTF_8));
        assertThat(a.article().publishedAt()).isNull();
        assertThat(a.facts().events()).extracting(e -> e.period() == null ? null : e.period().start().toString())
                .containsExactly("2015-07-20", "2014-12-20"); // on or before the day of the crawl
    }
}
