package org.marsad.core.extract.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.marsad.core.Article;
import org.marsad.core.ArticleExtractor;

/** Values a feed gets wrong are left out (NULL), never turned into another value. */
class FieldValueValidationTest {

    private static final String BODY = "افتتحت البلدية حديقة عامة جديدة في حي الجامعة بمساحة عشرة آلاف متر مربع أمس.";
    private final ArticleExtractor extractor = ArticleExtractor.standard();

    @ParameterizedTest
    @ValueSource(strings = {"+99999-01-01T00:00:00Z", "0000-01-01", "1850-06-01", "29/02/2021", "2021-02-30", "31 Feb 2021 10:00 +0000"})
    void aPublicationDateOutsideTheCalendarOrBefore1900IsNull(String date) throws Exception {
        assertThat(article(date).publishedAt()).isNull();
    }

    @Test
    void aPlausibleDateIsKeptAsPrinted() throws Exception {
        assertThat(article("28/02/2021 09:30").publishedAt()).isEqualTo(LocalDateTime.of(2021, 2, 28, 9, 30));
    }

    @Test
    void textInAnotherScriptGetsThatScriptsLanguageTagNotNull() throws Exception {
        String russian = "Городской совет открыл новый парк в университетском районе площадью десять тысяч квадратных метров вчера.";
        assertThat(extractor.extract("ru.txt", russian.getBytes(StandardCharsets.UTF_8)).article().language()).isEqualTo("und-Cyrl");
        String hebrew = "העירייה פתחה גן ציבורי חדש בשכונת האוניברסיטה בשטח של עשרת אלפים מטרים רבועים אתמול בבוקר.";
        assertThat(extractor.extract("he.txt", hebrew.getBytes(StandardCharsets.UTF_8)).article().language()).isEqualTo("he");
    }

    private Article article(String date) throws Exception {
        String json = "{\"title\": \"حديقة\", \"date\": \"" + date + "\", \"content\": \"" + BODY + "\"}";
        return extractor.extract("r.json", json.getBytes(StandardCharsets.UTF_8)).article();
    }
}
