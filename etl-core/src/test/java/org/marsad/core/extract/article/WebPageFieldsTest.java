package org.marsad.core.extract.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.marsad.core.Article;
import org.marsad.core.ArticleExtractor;
import org.marsad.core.Inspection;
import org.marsad.core.read.UnreadableFileException;

/** How a web page's own signals decide its fields, case by case (the labelled set is LabelledPagesTest). */
class WebPageFieldsTest {

    private static final String BODY = "<p>أعلنت البلدية إغلاق الطريق الساحلي أمام حركة السير ثلاثة أيام لإصلاح الجسر الذي تضرر من السيول الأخيرة في المنطقة.</p>"
            + "<p>وقال رئيس البلدية إن الأعمال ستنتهي قبل عطلة نهاية الأسبوع وإن الشرطة ستنظم تحويلات مؤقتة عبر الطرق الداخلية.</p>";

    private final ArticleExtractor extractor = ArticleExtractor.standard();

    private Article page(String head, String body) throws Exception {
        String html = "<html><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>";
        return extractor.extract("page.html", html.getBytes(StandardCharsets.UTF_8)).article();
    }

    @Test
    void jsonLdLocalTimeBeatsAUtcTimeADayEarlier() throws Exception {
        Article a = page("<meta property=\"article:published_time\" content=\"2022-06-04T22:30:00+00:00\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-06-05T01:30:00+03:00\",}</script>",
                "<article><h1>إغلاق الطريق الساحلي</h1>" + BODY + "</article>");

        assertThat(a.publishedAt()).isEqualTo(LocalDateTime.of(2022, 6, 5, 1, 30));
        assertThat(a.publishedOffset()).isEqualTo(ZoneOffset.ofHours(3));
    }

    @Test
    void aUtcOnlyTimeIsGivenInTheLocalTimeTheVisibleLineShows() throws Exception {
        Article a = page("<meta property=\"article:published_time\" content=\"2019-04-10T20:40:00Z\">",
                "<h1>إغلاق الطريق الساحلي</h1><p class=\"meta\">نشر في: الأربعاء 10 نيسان/أبريل 2019 - 10:40 م</p><div>" + BODY + "</div>");

        assertThat(a.publishedAt()).isEqualTo(LocalDateTime.of(2019, 4, 10, 22, 40));
        assertThat(a.publishedOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void aUtcOnlyTimeOfAKnownOutletIsGivenInItsCountrysTime() throws Exception {
        Article a = page("<meta property=\"og:site_name\" content=\"الراي\"><meta property=\"og:url\" content=\"https://www.alraimedia.com/article/1\">"
                + "<meta property=\"article:published_time\" content=\"2022-10-30T21:00:00Z\">", "<article><h1>إغلاق الطريق الساحلي</h1>" + BODY + "</article>");

        assertThat(a.sourceName()).as("the host beats a name two countries' papers share").isEqualTo("الرأي الكويتية");
        assertThat(a.publishedAt()).isEqualTo(LocalDateTime.of(2022, 10, 31, 0, 0));
        assertThat(a.publishedOffset()).isEqualTo(ZoneOffset.ofHours(3));
    }

    @Test
    void datesOfRelatedListsTickersAndUpdatedLinesAreNeverThePublication() throws Exception {
        Article a = page("", "<div class=\"ticker\"><time datetime=\"2021-12-05T23:10:00+03:00\">23:10</time></div>"
                + "<h1>إغلاق الطريق الساحلي</h1><p>آخر تحديث: 7 ديسمبر 2021 - 09:00</p><p>نشر في 6 ديسمبر 2021 - 10:05</p>"
                + "<div>" + BODY + "</div><div class=\"related-news\"><p>نشر في 1 ديسمبر 2021 <a href=\"/x\">خبر آخر</a></p></div>");

        assertThat(a.publishedAt()).isEqualTo(LocalDateTime.of(2021, 12, 6, 10, 5));
    }

    @Test
    void aDateUnderTheHeadlineOutsideTheArticleIsReadWithoutACueWord() throws Exception {
        Article a = page("", "<div class=\"head\"><span class=\"kicker\">محليات</span><h1>إغلاق الطريق الساحلي</h1>"
                + "<div class=\"meta\">الثلاثاء 11 آب/أغسطس 2020</div></div><div class=\"share\">شارك</div><div class=\"text\">" + BODY + "</div>");

        assertThat(a.publishedAt()).isEqualTo(LocalDateTime.of(2020, 8, 11, 0, 0));
    }

    @Test
    void theSiteNameLeavesTheTitleOnEitherSideButAQuotedOutletStays() throws Exception {
        assertThat(page("<title>بوابة الوسط | إغلاق الطريق الساحلي</title><meta property=\"og:site_name\" content=\"بوابة الوسط\">",
                "<div>" + BODY + "</div>").title()).isEqualTo("إغلاق الطريق الساحلي");
        assertThat(page("<title>إغلاق الطريق الساحلي - جريدة الصباح التونسية</title><meta property=\"og:site_name\" content=\"Assabah News\">",
                "<div>" + BODY + "</div>").title()).isEqualTo("إغلاق الطريق الساحلي");
        assertThat(page("<title>رئيس البلدية لـ«الصباح»: الطريق يفتح الأحد</title><meta property=\"og:site_name\" content=\"Assabah News\">",
                "<div>" + BODY + "</div>").title()).isEqualTo("رئيس البلدية لـ«الصباح»: الطريق يفتح الأحد");
    }

    @Test
    void theHeadlineElementDecidesWhereTheTitlesDisagree() throws Exception {
        Article a = page("<meta property=\"og:title\" content=\"الطريق الساحلي مغلق\"><title>إغلاق الطريق الساحلي ثلاثة أيام | أخبار محلية</title>",
                "<article><h1>إغلاق الطريق الساحلي ثلاثة أيام</h1>" + BODY + "</article>");

        assertThat(a.title()).isEqualTo("إغلاق الطريق الساحلي ثلاثة أيام");
    }

    @Test
    void aSiteThatNamesItselfOnlyInItsCopyrightOrHandleIsNamed() throws Exception {
        assertThat(page("<meta name=\"twitter:site\" content=\"@Mosaique_FM\">", "<div>" + BODY + "</div>").sourceName()).isEqualTo("موزاييك أف أم");
        assertThat(page("", "<div>" + BODY + "</div><footer>جميع الحقوق محفوظة لوكالة عمون الإخبارية 2022</footer>").sourceName())
                .isEqualTo("عمون");
        assertThat(page("<meta property=\"og:site_name\" content=\"صوت الجنوب\">", "<div>" + BODY + "</div>").sourceName())
                .as("a site the registry does not know keeps its own name").isEqualTo("صوت الجنوب");
    }

    @Test
    void anOrganisationAuthorOrTheSiteInTheAuthorMetaIsNoWriter() throws Exception {
        Article a = page("<meta property=\"og:site_name\" content=\"النهار\"><meta name=\"author\" content=\"النهار\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\",\"name\":\"النهار\"}}</script>",
                "<article><h1>إغلاق الطريق الساحلي</h1>" + BODY + "</article>");

        assertThat(a.sourceName()).isEqualTo("النهار");
        assertThat(a.author()).isNull();
    }

    @Test
    void brokenJsonLdIsSkippedAndTheOtherSignalsCount() throws Exception {
        Article a = page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": </script>"
                + "<meta itemprop=\"datePublished\" content=\"2020-11-03T13:10:00+01:00\">", "<div>" + BODY + "</div>");

        assertThat(a.publishedAt()).isEqualTo(LocalDateTime.of(2020, 11, 3, 13, 10));
    }

    @Test
    void aPageOfFewWordsIsQuarantinedAndInspectListsWhatTheHtmlStepRemoved() throws Exception {
        String stub = "<html><body><nav><a href=\"/\">الرئيسية</a></nav><div class=\"sidebar\">الأكثر قراءة اليوم</div>"
                + "<p>فيديو: لحظة افتتاح الجسر الجديد في المدينة صباح اليوم</p></body></html>";
        assertThatThrownBy(() -> extractor.extract("stub.html", stub.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class).hasMessage("too little text: 9 words, a web page's article has at least 25");

        Inspection inspection = extractor.inspect("page.html", ("<html><body><nav><a href=\"/\">الرئيسية</a></nav><div class=\"sidebar\">الأكثر قراءة</div>"
                + "<div>" + BODY + "</div></body></html>").getBytes(StandardCharsets.UTF_8));
        assertThat(inspection.document().removed()).extracting(r -> r.reason() + ": " + r.text())
                .contains("<nav>: الرئيسية", "class/id \"sidebar\": الأكثر قراءة");
    }
}
