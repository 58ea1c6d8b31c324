package org.marsad.core.extract.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.marsad.core.Article;
import org.marsad.core.ArticleExtractor;
import org.marsad.core.text.DataFile;

/**
 * The team's labelled web pages: the article templates of 39 outlets across the Maghreb, Egypt, the
 * Levant, Iraq and the Gulf (and two sites the registry does not know), each with its outlet's metadata
 * habits (JSON-LD graphs, UTC-only times, Dublin Core, itemprop, visible "published" lines, site names on
 * either side of the title, handles and copyright lines as the only name), filled with three stories of
 * the team's own: 117 pages whose fields are known by construction ({@code pages/expected.tsv}). Prints
 * the per-field table of the README.
 */
class LabelledPagesTest {

    private record Story(String headline, String slug, List<String> paragraphs) {
    }

    private static final List<Story> STORIES = List.of(
            new Story("وزير الصحة: حملة تطعيم جديدة تشمل مليون طفل", "vaccination-campaign", List.of(
                    "أعلنت وزارة الصحة انطلاق حملة وطنية للتطعيم ضد شلل الأطفال والحصبة تستمر أسبوعين وتستهدف مليون طفل دون سن الخامسة في جميع المحافظات.",
                    "وقال الوزير في مؤتمر صحفي إن الفرق الصحية ستزور المنازل والمدارس، داعياً الأسر إلى التعاون مع الفرق وعدم تفويت الجرعة الثانية.")),
            new Story("افتتاح أكبر محطة للطاقة الشمسية في المنطقة", "solar-plant-opening", List.of(
                    "افتتحت الحكومة صباح اليوم محطة للطاقة الشمسية بقدرة خمسمئة ميغاواط على مساحة تزيد على عشرة كيلومترات مربعة جنوب العاصمة.",
                    "وأوضح مدير المشروع أن المحطة ستغطي حاجة مئتي ألف منزل من الكهرباء وتخفض انبعاثات الكربون بنحو ستمئة ألف طن في السنة.")),
            new Story("ارتفاع أسعار الخضر في الأسواق مع بداية الشتاء", "vegetable-prices", List.of(
                    "شهدت أسواق الجملة ارتفاعاً ملحوظاً في أسعار الخضر خلال الأسبوع الجاري، إذ بلغ سعر الطماطم ضعف ما كان عليه قبل شهر.",
                    "وعزا تجار هذا الارتفاع إلى تراجع الإنتاج بسبب موجة البرد وارتفاع كلفة النقل، متوقعين أن تعود الأسعار إلى الانخفاض مع دخول الإنتاج الجديد.")));

    private record Expected(String template, String source, String author, String dateline, String published) {
    }

    private final ArticleExtractor extractor = ArticleExtractor.standard();

    @Test
    void everyOutletTemplateYieldsItsFields() throws Exception {
        List<Expected> templates = expected();
        assertThat(templates).as("outlet templates").hasSizeGreaterThanOrEqualTo(30);
        FieldTally tally = new FieldTally();
        for (Expected e : templates) {
            String template = resource(e.template() + ".html");
            for (Story s : STORIES) {
                String page = template.replace("{{headline}}", s.headline()).replace("{{slug}}", s.slug())
                        .replace("{{paragraphs}}", "<p>" + String.join("</p>\n<p>", s.paragraphs()) + "</p>");
                Article a = extractor.extract(e.template() + ".html", page.getBytes(StandardCharsets.UTF_8)).article();
                String name = e.template() + "/" + s.slug();
                tally.article(name, a, s.headline(), e.source(), e.author(), e.dateline(), e.published(), true);
                assertThat(a.body()).as(name + " keeps the story").contains(s.paragraphs().get(1));
            }
        }
        tally.print("pages");
        assertThat(tally.wrong()).isEmpty();
    }

    @Test
    void theTemplatesCoverTheRegions() throws Exception {
        Set<String> regions = new TreeSet<>();
        expected().forEach(e -> regions.add(e.template().substring(0, 2)));
        assertThat(regions).contains("ma", "dz", "tn", "ly", "eg", "lb", "sy", "jo", "ps", "iq", "sa", "ae", "kw", "qa", "bh", "om", "ye");
    }

    private static List<Expected> expected() {
        List<Expected> out = new ArrayList<>();
        for (String line : DataFile.lines(LabelledPagesTest.class, "pages/expected.tsv")) {
            String[] f = line.split("\t", -1);
            out.add(new Expected(f[0], nullable(f[1]), nullable(f[2]), nullable(f[3]), nullable(f[4])));
        }
        return out;
    }

    private static String nullable(String field) {
        return field.equals("-") ? null : field;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LabelledPagesTest.class.getResourceAsStream("pages/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
