package org.marsad.jobs.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The team's own test articles (invented news, not copied from any outlet), written into a folder in
 * the encodings and formats the import must handle, with a few bad files beside them.
 */
public final class FixtureArticles {

    public static final String MOSUL_LIBRARY = """
            افتتاح مكتبة عامة جديدة في الموصل

            أعلنت بلدية الموصل، يوم الأحد، افتتاح مكتبة عامة جديدة تضم أكثر من عشرين ألف كتاب في حي الزهور.
            وقال مدير المكتبة إن «الإقبال فاق التوقعات» منذ الساعات الأولى للافتتاح.""";

    public static final String BASRA_WATER = """
            مشروع لتحلية مياه البحر في البصرة

            وقّعت وزارة الموارد المائية عقداً لإنشاء محطة لتحلية مياه البحر جنوب البصرة بطاقة مئتي ألف متر مكعب يومياً.
            وأوضح المتحدث باسم الوزارة أن المحطة ستخدم نحو مليون نسمة عند اكتمالها.""";

    public static final String ANBAR_ROADS_TITLE = "إعادة تأهيل طريق الرمادي - الفلوجة";
    public static final String ANBAR_ROADS_BODY = "باشرت مديرية الطرق والجسور في الأنبار أعمال إعادة تأهيل الطريق الرابط بين الرمادي والفلوجة بطول خمسين كيلومتراً، على أن تنتهي الأعمال خلال ستة أشهر وفق ما أعلنه مدير المديرية في بيان صحفي.";

    public static final String ERBIL_FAIR = """
            معرض أربيل الدولي للكتاب يفتح أبوابه

            انطلقت في أربيل فعاليات المعرض الدولي للكتاب بمشاركة ثلاثمئة دار نشر من عشرين دولة.""";

    public static final String NAJAF_AIRPORT = """
            توسعة مطار النجف

            أعلنت إدارة مطار النجف الدولي بدء أعمال توسعة صالة المسافرين لاستيعاب الأعداد المتزايدة من الزوار.""";

    public static final String KIRKUK_SCHOOLS = """
            بناء مدارس جديدة في كركوك

            قررت مديرية التربية في كركوك بناء خمس عشرة مدرسة جديدة خلال العام الدراسي المقبل.""";

    private FixtureArticles() {
    }

    /**
     * Writes the mixed set: 4 distinct articles (UTF-8, windows-1256, HTML, UTF-16LE with BOM), a copy of
     * the first in another encoding (a duplicate), an empty file and binary junk named .txt (both
     * quarantined), and a hidden file (ignored). Expect 6 files seen, 4 loaded, 1 duplicate, 2 quarantined.
     */
    public static void writeMixedSet(Path dir) {
        write(dir.resolve("mosul-library.txt"), MOSUL_LIBRARY.getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("south/basra water.txt"), BASRA_WATER.getBytes(Charset.forName("windows-1256")));
        write(dir.resolve("west/anbar-roads.html"), html(ANBAR_ROADS_TITLE, ANBAR_ROADS_BODY).getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("north/معرض-أربيل.txt"), withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, ERBIL_FAIR.getBytes(StandardCharsets.UTF_16LE)));
        write(dir.resolve("copies/mosul-library-1256.txt"), MOSUL_LIBRARY.getBytes(Charset.forName("windows-1256")));
        write(dir.resolve("empty.txt"), new byte[0]);
        byte[] junk = new byte[2048];
        new Random(42).nextBytes(junk);
        write(dir.resolve("broken/junk.txt"), junk);
        write(dir.resolve(".hidden-note.txt"), "ليس مقالاً".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes files that hold several articles: a JSON Lines feed of three records (two articles, one
     * broken line) and a zip of two article files. Expect 2 files seen, 4 loaded, 1 quarantined.
     */
    public static void writeContainers(Path dir) {
        String feed = String.join("\n",
                "{\"title\": \"توسعة مطار النجف\", \"source\": \"وكالة الفرات\", \"content\": \"" + NAJAF_AIRPORT.replace("\n", "\\n") + "\"}",
                "{\"title\": \"سطر مقطوع",
                "{\"title\": \"مدارس كركوك\", \"content\": \"" + KIRKUK_SCHOOLS.replace("\n", "\\n") + "\"}");
        write(dir.resolve("feeds/wire.jsonl"), feed.getBytes(StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(zipped)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("2021/erbil.txt"));
            zip.write(ERBIL_FAIR.getBytes(Charset.forName("windows-1256")));
            zip.putNextEntry(new java.util.zip.ZipEntry("2021/mosul.html"));
            zip.write(html("مكتبة الموصل", MOSUL_LIBRARY.replace("\n", " ")).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(dir.resolve("archive.zip"), zipped.toByteArray());
    }

    private static final String WIRE_STORY = String.join(" ",
            "أعلنت وزارة الداخلية القبض على خمسة مطلوبين في عملية أمنية نفذتها قوات الشرطة في قضاء الطارمية شمالي بغداد،",
            "وقال المتحدث باسم الوزارة إن العملية جاءت بناء على معلومات استخبارية دقيقة وإن المطلوبين متهمون بتنفيذ هجمات",
            "على نقاط التفتيش خلال الأشهر الماضية، مشيراً إلى أن التحقيقات مستمرة لكشف بقية أفراد الشبكة وأن القوات ضبطت",
            "أسلحة وأعتدة في مخابئهم بالمنطقة الزراعية المحيطة بالقضاء. وأضاف أن قوة مشتركة من الجيش والشرطة طوقت المنطقة",
            "قبل ساعات من تنفيذ العملية لمنع فرار المطلوبين، وأن الأهالي تعاونوا مع القوات الأمنية وأبلغوا عن تحركات مريبة",
            "في البساتين القريبة. وتشهد مناطق شمال بغداد عمليات متواصلة لملاحقة الخلايا النائمة منذ مطلع العام الجاري.");

    /**
     * Writes one wire story twice, as two outlets ran it: other headline, other byline, one word
     * changed. Expect two articles, linked as near duplicates.
     */
    public static void writeSyndicatedPair(Path dir) {
        write(dir.resolve("outlet-a/story.txt"), ("القبض على خمسة مطلوبين شمالي بغداد\n\nبغداد - وكالات\n\n" + WIRE_STORY)
                .getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("outlet-b/story.txt"), ("الداخلية: اعتقال مطلوبين في الطارمية\n\nبغداد: مراسلنا\n\n"
                + WIRE_STORY.replace("دقيقة", "موثوقة")).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code texts} as separate UTF-8 files {@code article-N.txt}, in order. */
    public static void writeDistinct(Path dir, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            write(dir.resolve(String.format("article-%02d.txt", i + 1)), texts.get(i).getBytes(StandardCharsets.UTF_8));
        }
    }

    public static List<String> sixDistinctArticles() {
        return List.of(MOSUL_LIBRARY, BASRA_WATER, ANBAR_ROADS_TITLE + "\n\n" + ANBAR_ROADS_BODY, ERBIL_FAIR, NAJAF_AIRPORT, KIRKUK_SCHOOLS);
    }

    static String html(String title, String body) {
        return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><article><h1>" + title + "</h1><p>" + body + "</p></article></body></html>";
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        return ByteBuffer.allocate(bom.length + body.length).put(bom).put(body).array();
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
