package org.marsad.core.extract.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.core.Article;
import org.marsad.core.ArticleExtractor;

/**
 * The team's labelled set: five invented stories, each laid out the way ten kinds of outlet lay out
 * their pages (Egyptian portal, Iraqi site, Maghreb paper, Gulf daily, Levant daily, a wire copy with a
 * Hijri date, a web page, a scraper record, a bare paragraph, a numeric-date column), 50 articles whose
 * fields are known by construction. Prints the per-field table of the README.
 */
class LabelledLayoutsTest {

    private record Story(String headline, String kicker, String body) {
    }

    private record Labelled(String name, byte[] bytes, String title, String source, String author, String dateline, String published) {
    }

    private static final List<Story> STORIES = List.of(
            new Story("افتتاح الجسر العتيق في الموصل بعد ترميمه", "إعمار المدن المحررة",
                    "أعلنت محافظة نينوى إعادة افتتاح الجسر العتيق على نهر دجلة بعد أعمال ترميم استمرت ثمانية عشر شهراً بكلفة بلغت نحو 12 مليار دينار.\n\n"
                            + "وقال المحافظ في مؤتمر صحفي عند مدخل الجسر إن عودته إلى الخدمة تختصر على المواطنين ساعات من الانتظار يومياً."),
            new Story("موسم قياسي لحصاد التمور في البصرة", "الزراعة",
                    "أكدت مديرية زراعة البصرة أن موسم حصاد التمور لهذا العام سجل أعلى إنتاج منذ عشر سنوات إذ تجاوز 95 ألف طن.\n\n"
                            + "وأوضح مدير الزراعة أن تحسن الإطلاقات المائية ومكافحة الآفات أسهما في هذه الزيادة الكبيرة."),
            new Story("معرض دولي للكتاب يفتح أبوابه في أربيل", "ثقافة",
                    "انطلقت صباح اليوم فعاليات الدورة الجديدة من معرض الكتاب الدولي بمشاركة ثلاثمئة دار نشر من عشرين دولة.\n\n"
                            + "ويستمر المعرض عشرة أيام ويتضمن ندوات فكرية وأمسيات شعرية وورشاً لتعليم الأطفال القراءة."),
            new Story("محطة جديدة لتصفية المياه في كربلاء", "خدمات",
                    "افتتحت وزارة الإعمار محطة جديدة لتصفية مياه الشرب بطاقة إنتاجية تبلغ ألفي متر مكعب في الساعة.\n\n"
                            + "وقال مدير الماء إن المحطة ستنهي شح المياه الذي عانى منه أكثر من خمسين ألف نسمة خلال أشهر الصيف."),
            new Story("القبض على خمسة مطلوبين شمالي بغداد", "أمن",
                    "أعلنت وزارة الداخلية القبض على خمسة مطلوبين في عملية أمنية نفذتها قوات الشرطة بناء على معلومات استخبارية.\n\n"
                            + "وأضاف المتحدث باسم الوزارة أن التحقيقات مستمرة لكشف بقية أفراد الشبكة وأن القوات ضبطت أسلحة وأعتدة."));

    private final ArticleExtractor extractor = ArticleExtractor.standard();

    @Test
    void everyLayoutYieldsItsFields() throws Exception {
        List<Labelled> set = new ArrayList<>();
        for (int i = 0; i < STORIES.size(); i++) {
            set.addAll(layouts(STORIES.get(i), i));
        }
        assertThat(set).hasSizeGreaterThanOrEqualTo(40);
        FieldTally tally = new FieldTally();
        for (Labelled l : set) {
            Article a = extractor.extractAll(l.name(), l.bytes()).get(0).article().article();
            tally.article(l.name(), a, l.title(), l.source(), l.author(), l.dateline(), l.published(), false);
        }
        tally.print("articles");
        assertThat(tally.wrong()).isEmpty();
    }

    private static List<Labelled> layouts(Story s, int n) {
        Charset cp1256 = Charset.forName("windows-1256");
        List<Labelled> out = new ArrayList<>();
        out.add(new Labelled("egypt-" + n + ".txt", utf8(String.join("\n", s.kicker(), "", s.headline(), "",
                "القاهرة - بوابة الوسط الأربعاء 26 يونيو 2019, 05:49 مساء", "WTV_Frequency", "", s.body(), "", "تعليقات", "",
                "عناوين ذات صلة", "مهرجان للموسيقى في الإسكندرية", "مهرجان للموسيقى في الإسكندرية")),
                s.headline(), "بوابة الوسط", null, "القاهرة", "2019-06-26T17:49"));
        out.add(new Labelled("iraq-" + n + ".txt", String.join("\n", s.headline(), "", "بغداد: علي حسين", "الأحد 14 آذار 2021", "طباعة",
                "", s.body()).getBytes(cp1256), s.headline(), null, "علي حسين", "بغداد", "2021-03-14T00:00"));
        out.add(new Labelled("maghreb-" + n + ".txt", utf8(String.join("\n", "يصدر عن صحيفة الصباح - تونس", "ad a b", "",
                s.headline(), "", "الاثنين 12 جوان 2019 - 10:18 ص", "ق/ د ق/ د", "", s.body(), "", "الكلمات المفتاحية")),
                s.headline(), "الصباح", "ق/ د", null, "2019-06-12T10:18"));
        out.add(new Labelled("gulf-" + n + ".txt", utf8(String.join("\n", s.headline(), "", "جدة - عماد الحكمي",
                "٢٣ مارس ٢٠١٩ الساعة ٧:٠٥ مساءً", "  • القراءات: 1,204", "", s.body())),
                s.headline(), null, "عماد الحكمي", "جدة", "2019-03-23T19:05"));
        out.add(new Labelled("levant-" + n + ".txt", utf8(String.join("\n", s.headline(), "", "بيروت - «النهار»",
                "10 أغسطس (آب) 2018", "", s.body(), "", "اقرأ أيضاً", "أزمة الكهرباء تتفاقم", "أزمة الكهرباء تتفاقم")),
                s.headline(), "النهار", null, "بيروت", "2018-08-10T00:00"));
        out.add(new Labelled("wire-" + n + ".txt", utf8(String.join("\n", s.headline(), "", "الرياض - واس", "15 رجب 1442هـ", "",
                s.body())), s.headline(), "وكالة الأنباء السعودية", null, "الرياض", "2021-02-27T00:00"));
        out.add(new Labelled("page-" + n + ".html", utf8("<html><head><meta charset=\"utf-8\"><title>" + s.headline() + " | شفق نيوز</title>"
                + "<meta property=\"og:title\" content=\"" + s.headline() + "\"><meta property=\"og:site_name\" content=\"Shafaq News\">"
                + "<meta property=\"article:published_time\" content=\"2022-06-05T10:30:00+03:00\"></head><body>"
                + "<nav><a href=\"/\">الرئيسية</a> <a href=\"/iraq\">العراق</a></nav><article><h1>" + s.headline() + "</h1>"
                + "<p class=\"byline\">كربلاء - علي حسين</p><p>" + s.body().replace("\n\n", "</p><p>") + "</p></article>"
                + "<aside class=\"most-read\"><a href=\"/x\">الأكثر قراءة اليوم في العراق</a></aside><footer>جميع الحقوق محفوظة</footer>"
                + "</body></html>"), s.headline(), "شفق نيوز", "علي حسين", "كربلاء", "2022-06-05T10:30"));
        out.add(new Labelled("feed-" + n + ".json", utf8("{\"title\": \"" + s.headline() + "\", \"source\": \"aawsat\", \"author\": "
                + "\"نجران: ناصر الحقباني\", \"date\": \"2015-07-21 02:53:57\", \"content\": \"" + s.body().replace("\n", "\\n") + "\"}"),
                s.headline(), "الشرق الأوسط", "ناصر الحقباني", "نجران", "2015-07-21T02:53:57"));
        out.add(new Labelled("bare-" + n + ".txt", utf8(s.body()), null, null, null, null, null));
        out.add(new Labelled("column-" + n + ".txt", utf8(String.join("\n", "12/04/2021 - 10:18 ص", s.headline(), "بقلم سارة علي", "",
                s.body())), s.headline(), null, "سارة علي", null, "2021-04-12T10:18"));
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
