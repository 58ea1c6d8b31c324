package org.marsad.core;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.Sentences;

/**
 * How the sentences of the dev sets were chosen, before any rule was changed for them.
 * <p>{@code facts/counts-dev.tsv}:
 * every sentence of the ANT articles, of the SaudiNewsNet articles of August 2015 and of the corpus's web
 * pages that holds a number (digits or a number word) near a word of counting (death, injury, arrest,
 * strike, money, operation, people), or, for one in six, a number alone (where a count must not be
 * found), ordered by a hash of locator and sentence, at most two an article, up to the sizes asked.
 * Then, for each category, sentences with one of its words; then sentences with a number beside such a word.
 * <pre>java -cp … org.marsad.core.DevSetSample CORPUS_DIR 190 130 30 24</pre>
 * <p>{@code facts/counts-check.tsv}, drawn after the count rules were written, never read to change them:
 * sentences with a number and a word of a category, ordered by another hash, from ANT and from the
 * SaudiNewsNet articles of 21-27 July 2015 (which the dev set's random part did not use).
 * <pre>java -cp … org.marsad.core.DevSetSample CORPUS_DIR check 45 45</pre>
 * and {@code facts/counts-check2.tsv} the same way once the rules had been tuned on the first (SaudiNewsNet
 * of 31 July and 10-11 August 2015, ANT in another order, no sentence of the other sets):
 * <pre>java -cp … org.marsad.core.DevSetSample CORPUS_DIR check2 45 45</pre>
 * and {@code facts/counts-check3.tsv} (mode check3) once the second had been read too: any SaudiNewsNet day, a new
 * order, none of the sentences of the other three sets; check4 to check6 likewise (check6: SaudiNewsNet of 1-9 August
 * 2015). {@code facts/counts-check7.tsv} (session 13, 40 and 40, drawn before that session changed a rule): any day,
 * none of the sentences of the other sets, a currency word counting as a word of a category. {@code
 * facts/counts-check10.tsv} (session 16, mode check10, 25 and 25) likewise, under an order of its own (the check8 and
 * check9 draws of session 13 were read to write rules and never annotated; a sentence of theirs may recur). {@code
 * facts/counts-check11.tsv} and {@code counts-check12.tsv} (session 17, modes check11 and check12, 30 and 30): the
 * mode's default days, SaudiNewsNet of 1-9 August 2015, none of the sentences of the sets before them.
 * {@code facts/events-check4.tsv} (session 15, mode events4, 40 and 40) and {@code facts/events-check5.tsv} (session
 * 18, mode events5, 40 and 40): sentences with an event phrase, any day, none of the count sets' sentences (events5:
 * none of the event sets' either); {@code facts/events-check6.tsv} (session 20, mode events6, 25 and 25) likewise, and
 * from none of the event sets' articles; {@code facts/events-check7.tsv} (mode events7, 25 and 25) likewise, drawn after that
 * session's rules; {@code facts/events-check8.tsv} (session 21, mode events8, 25 and 25) likewise, none of the seventh's
 * articles either, drawn before that session's rules; {@code facts/events-check9.tsv} (session 22, mode events9, 25 and
 * 25) likewise, none of the eighth's articles either, drawn before that session's rules; {@code facts/events-check10.tsv}
 * (mode events10, 25 and 25) likewise, none of the ninth's articles either, drawn after that session's rules; {@code
 * facts/events-check11.tsv} (session 23, mode events11, 25 and 25) likewise, none of the tenth's articles either, drawn
 * before that session's rules; {@code facts/events-check12.tsv} (mode events12) likewise, none of the eleventh's
 * articles either, drawn after that session's rules; {@code facts/events-check13.tsv} (session 24, mode events13) and
 * {@code facts/events-check14.tsv} (mode events14) likewise, none of the articles of the sets before them, drawn before
 * and after that session's rules.
 * <p>{@code facts/quotes-dev.tsv}: sentences of the ANT articles and of the SaudiNewsNet articles of August
 * 2015 with a word that reports speech or a quotation mark, one an article, ordered by the same hash; then, from
 * other articles, sentences where such a word is followed by what was said.
 * <pre>java -cp … org.marsad.core.DevSetSample CORPUS_DIR quotes 60 50 40 35</pre>
 * Prints locator, sentence id and sentence, one a line, for the annotator (quotes: and the two sentences
 * before it, for who goes on speaking).
 */
final class DevSetSample {

    private static final Pattern NUMBER = Pattern.compile(
            "[0-9٠-٩]|(^|\\s)(و?(ال)?(واحد|اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|ما[ئي]|الف|الاف|مليون|ملايين|مليار|عشرات|مئات|بضع))");
    private static final Pattern CUE = Pattern.compile(
            "قتل|قتيل|مصرع|حتف|القضاء على|جرح|جريح|اصاب|مصاب|اعتقا|معتقل|توقيف|موقوف|احتجاز|محتجز|القبض|اوقف|ايقاف|سجن|غار[هات]|ضرب[هات]|قصف"
                    + "|دولار|يورو|اورو|ريال|دينار|جنيه|درهم|ليره|عمليه|عمليات|شخص|اشخاص|ضحايا|لاجئ|نازح|جندي|جنود|مسلح|طفل|اطفال|هكتار|كيلومتر|دول");

    /** The second part of the sample: sentences whose count words name one category, so every category has enough. */
    private static final Map<String, Pattern> CATEGORY_CUES = new java.util.LinkedHashMap<>();

    static {
        CATEGORY_CUES.put("ARRESTED", Pattern.compile("اعتقا|معتقل|توقيف|موقوف|القبض|احتجاز|محتجز|اوقف|ايقاف|حبس|سجن"));
        CATEGORY_CUES.put("AIRSTRIKES", Pattern.compile("غار[هات]|ضرب[هات] جوي|قصف|طلع[هات]"));
        CATEGORY_CUES.put("OPERATIONS", Pattern.compile("عملي[هات]|هجوم|هجمات|تفجير"));
        CATEGORY_CUES.put("WOUNDED", Pattern.compile("جرح|جريح|اصاب|مصاب"));
        CATEGORY_CUES.put("KILLED", Pattern.compile("قتل|قتيل|مصرع|حتف|ضحايا|وفا|استشهد|شهيد"));
    }

    private static final String NUM = "(?:[0-9٠-٩]+|(?:واحد|اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر)\\S*)";

    /** The third part: a number beside a word of the category, for the categories real text seldom counts. */
    private static final Map<String, Pattern> CATEGORY_PHRASES = new java.util.LinkedHashMap<>();

    static {
        CATEGORY_PHRASES.put("AIRSTRIKES", Pattern.compile(NUM + "\\s+(?:غار|ضرب|طلع)\\S*"));
        CATEGORY_PHRASES.put("ARRESTED", Pattern.compile("(?:اعتقال|توقيف|القبض على|احتجاز|ايقاف|اعتقلت|اوقفت)\\s+(?:نحو\\s+)?" + NUM
                + "|" + NUM + "\\s+(?:معتقل|موقوف|محتجز|مشتبه)\\S*"));
        CATEGORY_PHRASES.put("OPERATIONS", Pattern.compile(NUM + "\\s+(?:عمليه|عمليات|هجوم|هجمات)\\S*"));
        CATEGORY_PHRASES.put("WOUNDED", Pattern.compile("(?:اصابه|جرح|اصيب)\\s+" + NUM + "|" + NUM + "\\s+(?:جريح|جرحى|مصاب)\\S*"));
        CATEGORY_PHRASES.put("COUNTRIES", Pattern.compile(NUM + "\\s+(?:دوله|دول|بلد)\\S*"));
    }

    /**
     * The events draw: a number beside a word of one of the five event categories (killed, wounded, arrested,
     * operations, airstrikes), where an event's actor, target, place and period are to be read.
     */
    private static final Pattern EVENT_PHRASE = Pattern.compile(CATEGORY_PHRASES.get("AIRSTRIKES").pattern() + "|"
            + CATEGORY_PHRASES.get("ARRESTED").pattern() + "|" + CATEGORY_PHRASES.get("OPERATIONS").pattern() + "|"
            + CATEGORY_PHRASES.get("WOUNDED").pattern() + "|(?:مقتل|قتل|مصرع|استشهاد|وفاه)\\s+(?:نحو\\s+|اكثر من\\s+)?" + NUM
            + "|" + NUM + "\\s+(?:قتيل|قتلى|شهيد|شهداء|ضحي|ضحايا)\\S*");

    private static final Pattern SPEECH = Pattern.compile("(^|\\s)(?:و|ف)?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|اوضح|اوضحت|صرح|صرحت|اعلن|اعلنت"
            + "|ذكر|ذكرت|اشار|اشارت|مشير|مضيف|لافت|موضح|مؤكد|بحسب|وفق|حسب|نقل)|«|\"|“");

    /** The second part of the quotes: a word of speech followed by what was said (إن, أن, a colon, a quotation mark). */
    private static final Pattern SPEECH_CLAUSE = Pattern.compile("(^|\\s)(?:و|ف)?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|اوضح|اوضحت|صرح|صرحت"
            + "|ذكر|ذكرت|اشار|اشارت|مشير|مضيف|لافت|موضح|مؤكد|تابع|تابعت|شدد|شددت)[^.]{0,80}?(?:\\s(?:ان|انه|انها|بان)\\s|:|«|\"|“)");

    record Candidate(String locator, String sentence, String order, boolean cue) {
    }

    /** With the quotes mode: every sentence of every article read, by locator. */
    private static Map<String, List<String>> allSentences;

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        boolean quotes = args[1].equals("quotes");
        boolean check = args[1].startsWith("check"); // check, check2: a new draw of other days, in another order
        // check3 on: any day, leaving out every sentence of the sets drawn before it
        int laterCheck = args[1].matches("check([3-9]|1[0-9])") ? Integer.parseInt(args[1].substring(5)) : 0;
        // events4: sentences of event counts, none of any count set's (the event sets are drawn from those), any day
        // events5 (session 18): likewise, none of the sentences of the later count sets and the event sets either
        // events6 (session 20): likewise, and none of the articles of the event sets; events7 (session 20, after its rules): of events6's either;
        // events8 (session 21, before its rules): of events7's either; events9 (session 22, before its rules): of events8's either;
        // events10 (session 22, after its rules): of events9's either; events11 (session 23, before its rules): of events10's either;
        // events12 (session 23, after its rules): of events11's either; events13 (session 24, before its rules): of events12's
        // either; events14 (session 24, after its rules): of events13's either
        boolean events = args[1].matches("events([4-9]|[1-9][0-9])"); // events15 and on: the same, none of the sets before
        if (events) {
            check = true;
            laterCheck = args[1].equals("events4") ? 8 : 13;
        }
        if (quotes) {
            allSentences = new java.util.LinkedHashMap<>();
        }
        // the clean body is what matters here, and it does not depend on the entity model
        ArticleExtractor extractor = new ArticleExtractor(new org.marsad.core.read.ArticleFileReader(
                org.marsad.core.encoding.CompositeCharsetDetector.standard()), new org.marsad.core.clean.TextNormalizer(),
                org.marsad.core.clean.BoilerplateFilter.standard(), org.marsad.core.extract.article.ArticleFieldsExtractor.standard(),
                new ArticleFactsExtractor(org.marsad.core.extract.entity.EntityGazetteer.standard(), null));
        List<Candidate> ant = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus.resolve("ant/raw"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String locator = "ant:" + corpus.resolve("ant").relativize(f);
                candidates(locator, extractor, locator, Files.readAllBytes(f), ant);
            }
        }
        List<Candidate> snn = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> zips = Files.list(corpus.resolve("saudinewsnet-full/dataset"))) {
            java.util.function.Predicate<String> day = events ? name -> true : switch (args[1]) { // events: any day, as check3
                case "check3", "check4", "check5", "check7", "check10" -> name -> true; // any day: the sentences of the other sets are left out below
                case "check2" -> name -> name.matches("2015-07-31.*|2015-08-1.*");
                case "check" -> name -> name.startsWith("2015-07-2");
                default -> name -> !quotes && args.length > 4 || name.startsWith("2015-08-0");
            };
            for (Path z : zips.filter(p -> day.test(p.getFileName().toString())).sorted().toList()) {
                try (ZipFile zip = new ZipFile(z.toFile())) {
                    for (ZipEntry e : zip.stream().filter(e -> e.getName().endsWith(".json")).toList()) {
                        JsonNode array;
                        try (InputStream in = zip.getInputStream(e)) {
                            array = json.readTree(in);
                        }
                        for (int i = 0; i < array.size(); i++) {
                            String locator = "snn:" + z.getFileName() + ":" + e.getName() + ":" + i;
                            candidates(locator, extractor, "article.json", json.writeValueAsBytes(array.get(i)), snn);
                        }
                    }
                }
            }
        }
        List<Candidate> html = new ArrayList<>();
        for (String page : List.of("trafilatura/assabah.com.tn.article.html", "newspaper3k/arabic_article.html", "goose3/test_cnn_arabic.html")) {
            candidates("html:" + page, extractor, page, Files.readAllBytes(corpus.resolve("html").resolve(page)), html);
        }
        if (quotes) {
            java.util.Set<String> used = new java.util.HashSet<>();
            printQuotes(SPEECH, Integer.parseInt(args[2]), Integer.parseInt(args[3]), used);
            if (args.length > 4) {
                System.out.println("# part: a word of speech followed by what was said");
                printQuotes(SPEECH_CLAUSE, Integer.parseInt(args[4]), Integer.parseInt(args[5]), used);
            }
            return;
        }
        if (check) {
            // sentences with a number and a word of a category, in another order, from articles the dev set did not draw on,
            // none already annotated (check2 is drawn after the rules were tuned on the first check set)
            java.util.Set<String> annotated = new java.util.HashSet<>();
            List<String> before = new ArrayList<>(List.of("counts-dev.tsv", "counts-check.tsv"));
            for (int n = 2; n < laterCheck; n++) {
                if (DevSetSample.class.getResource("facts/counts-check" + n + ".tsv") != null) { // check9: a draw read, never annotated
                    before.add("counts-check" + n + ".tsv");
                }
            }
            int eventDraw = events ? Integer.parseInt(args[1].substring("events".length())) : 0;
            if (eventDraw >= 5) {
                before.addAll(List.of("events-dev.tsv", "events-check.tsv", "events-check2.tsv", "events-check3.tsv", "events-check4.tsv"));
            }
            java.util.Set<String> eventArticles = new java.util.HashSet<>();
            if (eventDraw >= 6) {
                // events6 on: none of the articles of the sets the draws before them made (events5 made events-check5.tsv, …)
                for (int n = 5; n < eventDraw; n++) {
                    before.add("events-check" + n + ".tsv");
                }
                for (String set : before.stream().filter(n -> n.startsWith("events-")).toList()) {
                    org.marsad.core.text.DataFile.lines(DevSetSample.class, "facts/" + set).forEach(l -> eventArticles.add(l.split("\t")[0]));
                }
            }
            for (String set : before) {
                org.marsad.core.text.DataFile.lines(DevSetSample.class, "facts/" + set).forEach(l -> annotated.add(l.split("\t")[1]));
            }
            String salt = args[1];
            for (List<Candidate> source : List.of(ant, snn)) {
                int cues = laterCheck;
                List<Candidate> cued = source.stream().filter(c -> events ? EVENT_PHRASE.matcher(ArabicMatchKey.of(c.sentence())).find()
                        : categoryCues(cues).stream().anyMatch(p -> p.matcher(ArabicMatchKey.of(c.sentence())).find()))
                        .filter(c -> !annotated.contains(sentenceIdUnchecked(c.sentence())) && !eventArticles.contains(c.locator()))
                        .map(c -> new Candidate(c.locator(), c.sentence(), sha1Unchecked(salt + "\u0000" + c.order()), true)).toList();
                print(pick(cued, Integer.parseInt(source == ant ? args[2] : args[3])));
            }
            return;
        }
        List<Candidate> snnAll = snn;
        snn = snn.stream().filter(c -> c.locator().startsWith("snn:2015-08-0")).toList();
        List<Candidate> first = new ArrayList<>(pick(ant, Integer.parseInt(args[1])));
        first.addAll(pick(snn, Integer.parseInt(args[2])));
        first.addAll(pick(html, 6));
        print(first);
        if (args.length > 3) {
            // each category's share, ANT and SaudiNewsNet alternately, none picked before
            java.util.Set<String> taken = new java.util.HashSet<>();
            first.forEach(c -> taken.add(c.order()));
            printParts(CATEGORY_CUES, "# ", List.of(ant, snn), Integer.parseInt(args[3]), taken);
            if (args.length > 4) {
                printParts(CATEGORY_PHRASES, "# beside ", List.of(ant, snnAll), Integer.parseInt(args[4]), taken);
            }
        }
    }

    /** For each pattern, half the size from each source, of the sentences it finds that no part took before. */
    private static void printParts(Map<String, Pattern> patterns, String heading, List<List<Candidate>> sources, int size,
            java.util.Set<String> taken) throws Exception {
        for (Map.Entry<String, Pattern> pattern : patterns.entrySet()) {
            List<Candidate> part = new ArrayList<>();
            for (List<Candidate> source : sources) {
                List<Candidate> with = source.stream().filter(c -> !taken.contains(c.order()))
                        .filter(c -> pattern.getValue().matcher(ArabicMatchKey.of(c.sentence())).find()).toList();
                part.addAll(pick(with.stream().map(c -> new Candidate(c.locator(), c.sentence(), c.order(), true)).toList(), size / 2));
            }
            part.forEach(c -> taken.add(c.order()));
            System.out.println(heading + pattern.getKey());
            print(part);
        }
    }

    private static void candidates(String locator, ArticleExtractor extractor, String name, byte[] bytes, List<Candidate> out)
            throws Exception {
        ExtractedArticle article;
        try {
            article = extractor.extract(name, bytes);
        } catch (org.marsad.core.read.UnreadableFileException tooShort) {
            return;
        }
        List<String> sentences = Sentences.of(article.article().body());
        if (allSentences != null) {
            allSentences.put(locator, sentences);
            return;
        }
        for (String s : sentences) {
            String folded = ArabicMatchKey.of(s);
            if (s.length() >= 20 && s.length() <= 400 && NUMBER.matcher(folded).find()) {
                out.add(new Candidate(locator, s, sha1(locator + "\u0000" + s), CUE.matcher(folded).find()));
            }
        }
    }

    private static void printQuotes(Pattern cue, int antCount, int snnCount, java.util.Set<String> used) throws Exception {
        for (String source : List.of("ant:", "snn:")) {
            List<String[]> candidates = new ArrayList<>();
            allSentences.forEach((locator, sentences) -> {
                if (locator.startsWith(source)) {
                    for (int i = 0; i < sentences.size(); i++) {
                        String s = sentences.get(i);
                        if (!used.contains(locator) && s.length() >= 20 && s.length() <= 500 && cue.matcher(ArabicMatchKey.of(s)).find()) {
                            String before = String.join(" ‖ ", sentences.subList(Math.max(0, i - 2), i));
                            candidates.add(new String[] {sha1Unchecked(locator + "\u0000" + s), locator, s, before});
                        }
                    }
                }
            });
            candidates.sort(java.util.Comparator.comparing((String[] c) -> c[0]));
            java.util.Set<String> articles = new java.util.HashSet<>();
            int size = source.equals("ant:") ? antCount : snnCount;
            for (String[] c : candidates) {
                if (articles.size() < size && articles.add(c[1])) {
                    used.add(c[1]);
                    System.out.println(c[1] + "\t" + sentenceId(c[2]) + "\t" + c[2] + "\t" + c[3]);
                }
            }
        }
    }

    /** From the seventh check on, a currency word too: money is one of the five categories the counts are judged on. */
    private static List<Pattern> categoryCues(int laterCheck) {
        List<Pattern> cues = new ArrayList<>(CATEGORY_CUES.values());
        if (laterCheck >= 7) {
            cues.add(Pattern.compile("دولار|يورو|اورو|ريال|دينار|جنيه|درهم|ليره"));
        }
        return cues;
    }

    private static String sha1Unchecked(String s) {
        try {
            return sha1(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Candidate> pick(List<Candidate> all, int size) {
        List<Candidate> sorted = all.stream().sorted(Comparator.comparing(Candidate::order)).toList();
        Map<String, Integer> perArticle = new HashMap<>();
        List<Candidate> out = new ArrayList<>();
        int withoutCue = 0;
        for (Candidate c : sorted) {
            boolean room = c.cue() ? out.size() - withoutCue < size - size / 6 : withoutCue < size / 6;
            if (out.size() < size && room && perArticle.merge(c.locator(), 1, Integer::sum) <= 2) {
                out.add(c);
                withoutCue += c.cue() ? 0 : 1;
            }
        }
        return out;
    }

    private static void print(List<Candidate> picked) throws Exception {
        for (Candidate c : picked) {
            System.out.println(c.locator() + "\t" + sentenceId(c.sentence()) + "\t" + c.sentence());
        }
    }

    private static String sentenceIdUnchecked(String sentence) {
        try {
            return sentenceId(sentence);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id a sentence has in the dev set: its folded text's hash, so the gold names a sentence without holding it. */
    static String sentenceId(String sentence) throws Exception {
        return sha1(ArabicMatchKey.of(sentence)).substring(0, 10);
    }

    private static String sha1(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
