package org.marsad.core.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.core.extract.date.ArabicDateParser;
import org.marsad.core.extract.date.CalendarNames;
import org.marsad.core.extract.date.ParsedDate;
import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.Lexicon;
import org.marsad.core.text.Sentences;
import org.marsad.core.text.WordAlternation;

/**
 * Finds the numbers an article states and ties each to what it counts ({@code quantity-cues.tsv}): the
 * noun after the number ({@code 253 عملية}, {@code 74 دولة}, {@code 88 مليار دولار}, {@code 15 فلسطينياً}),
 * the noun before it ({@code القتلى الـ199}) or the word before it ({@code قتل 206}, {@code القبض على 431}).
 * People are counted by what happened to them: the verb before ({@code اعتقال 14 إيرانيا}; a detention
 * verb only with people, so {@code احتجاز 3 سيارات} is no arrest) or after ({@code 14 شخصا لقوا حتفهم}). A
 * dual counts two ({@code مقتل جنديين}). Hedges before or after ({@code نحو}, {@code أكثر من},
 * {@code على الأقل}) and vague plurals ({@code عشرات}) mark a count approximate; each count gets its kind
 * ({@link QuantityKinds}) and money its currency ({@link CurrencyResolver}). Years, dates, ages and phone
 * numbers are not quantities.
 */
public final class QuantityExtractor {

    /** What a noun counts; {@code unit} null for money means its currency word decides. */
    private record Cue(QuantityCategory category, String unit) {
    }

    /** A cue found after a number: the noun, and the folded text after it. */
    private record AfterNoun(Cue cue, String noun, String rest) {
    }

    /** Nouns after a number (normalised, without the article), longest first. */
    private static final Map<String, Cue> AFTER = new LinkedHashMap<>();
    /** Words before a number that say what it counts. */
    private static final Map<String, QuantityCategory> BEFORE = new LinkedHashMap<>();
    /** Words before a number of people that say what happened to them (a detention verb's object may be a thing). */
    private static final Map<String, QuantityCategory> BEFORE_PERSON = new LinkedHashMap<>();
    /** Verbs after counted people. */
    private static final Map<String, QuantityCategory> FOLLOWING = new LinkedHashMap<>();
    /** Singular nouns whose dual counts two; and those whose dual counts only in ان (their plural is in ين). */
    private static final Map<String, QuantityCategory> SINGLE = new HashMap<>();
    private static final Map<String, QuantityCategory> SINGLE_AN = new HashMap<>();

    static {
        for (String[] row : Lexicon.table("quantity-cues").rows()) {
            QuantityCategory category = QuantityCategory.valueOf(row[1]);
            String phrase = ArabicMatchKey.of(row[3]);
            switch (row[0]) {
                case "after" -> AFTER.putIfAbsent(phrase, new Cue(category, row[2].isEmpty() ? null : row[2]));
                case "before" -> BEFORE.put(phrase, category);
                case "before-person" -> BEFORE_PERSON.put(phrase, category);
                case "following" -> FOLLOWING.put(phrase, category);
                case "single" -> SINGLE.put(phrase, category);
                case "single-an" -> SINGLE_AN.put(phrase, category);
                default -> throw new IllegalStateException("quantity-cues.tsv: unknown side " + row[0]);
            }
        }
    }

    /** The "after" nouns by their first letter, longest first. */
    private static final Map<Character, List<Map.Entry<String, Cue>>> AFTER_BY_FIRST = new HashMap<>();

    static {
        AFTER.entrySet().stream().sorted((a, b) -> b.getKey().length() - a.getKey().length())
                .forEach(e -> AFTER_BY_FIRST.computeIfAbsent(e.getKey().charAt(0), c -> new ArrayList<>()).add(e));
    }
    private static final Pattern FOLLOWING_VERB = Pattern.compile("(?<![\\p{L}])(?:و|ف)?(" + WordAlternation.of(FOLLOWING.keySet()) + ")(?![\\p{L}])");

    /**
     * A verb of what happened, then where or when, then the people it happened to ({@code أوقف في بلدة بريتال
     * وجرودها أربعة أشخاص}): the verb stands further back than four words, with only that place or time between.
     */
    private static final Pattern VERB_THEN_ADJUNCT = Pattern.compile("(?<![\\p{L}])(?:و|ف|ب|ل)?(" + WordAlternation.of(verbsOfWhatHappened())
            + ")\\s+(?:في|خلال|امس|اليوم|فجر|صباح|مساء|ليل)(?:\\s+[^\\s،,.:؛()«»\"]+){1,5}\\s*$");

    private static Set<String> verbsOfWhatHappened() {
        Set<String> verbs = new HashSet<>(BEFORE.keySet());
        verbs.addAll(BEFORE_PERSON.keySet());
        verbs.removeAll(AFTER.keySet()); // القتلى, الجرحى: a counted noun that far back is another count's
        return verbs;
    }

    private static List<String> dualForms() {
        List<String> forms = new ArrayList<>();
        SINGLE.keySet().forEach(stem -> {
            String base = stem.endsWith("ه") ? stem.substring(0, stem.length() - 1) + "ت" : stem;
            forms.add(base + "ين");
            forms.add(base + "ان");
        });
        SINGLE_AN.keySet().forEach(stem -> forms.add(stem + "ان"));
        return forms;
    }

    /** What follows عملية when it is not a security operation (normalised, without the article). */
    private static final Lexicon CIVIL_OPERATIONS = Lexicon.named("civil-operations");
    private static final Lexicon SUM_FOLLOWERS = Lexicon.named("sum-followers");
    /** Nationalities (with the article, masculine): a number before one counts people (15 فلسطينياً). */
    private static final Set<String> NATIONALITIES = new HashSet<>(Lexicon.named("nationality-adjectives").foldedEntries());

    private static final Pattern HEDGE = folded("hedges");
    private static final Pattern HEDGE_AFTER = Pattern.compile("^\\s*(?:\\S+\\s+){0,2}?" + WordAlternation.of(Lexicon.named("hedges-after").foldedEntries())
            + "(?![\\p{L}])");
    private static final Pattern YEAR_CONTEXT = folded("year-context");
    private static final Pattern AGE_CONTEXT = folded("age-context");
    private static final Pattern CIVIL_CONTEXT = Pattern.compile("(?<![\\p{L}])(?:و|ف)?" + WordAlternation.of(Lexicon.named("civil-operation-contexts").foldedEntries())
            + "(?![\\p{L}])");
    /** The dual forms of the singular nouns, with one clitic letter: a sentence is searched for them at once. */
    private static final Pattern DUAL_FORM = Pattern.compile("(?<![\\p{L}])(?:[وبلف])?" + WordAlternation.folded(dualForms()) + "(?![\\p{L}])");
    /** Words after a number that make it no count (73 يوما, 70 في المائة, 3 أهداف). */
    private static final Pattern NOT_COUNTED = Pattern.compile("^(?:%|" + WordAlternation.of(Lexicon.named("not-counted-nouns").foldedEntries())
            + "(?![\\p{L}]))");
    /** 30 آذار/مارس: a day of a month, with no year the date parser would need. */
    private static final Pattern MONTH_AFTER = Pattern.compile("^(?:من\\s+)?(?:شهر\\s+)?" + CalendarNames.gregorianAlternation() + "(?![\\p{L}])");
    private static final Pattern ILLNESS_AFTER = Pattern.compile("\\s*(?:\\p{L}+\\s+){0,3}(?:جديده?\\s+)?ب(?:ال)?"
            + WordAlternation.of(Lexicon.named("illnesses").foldedEntries()) + "(?![\\p{L}])");
    /** نازحين, مهجرين, لاجئين: people whose noun says what happened to them; no verb before makes them dead. */
    private static final Pattern DISPLACED = Pattern.compile("(?:نازح|مهجر|مشرد|لاجئ)\\p{L}*");
    /** إن, أن, إنه, أنها folded: what opens a clause of reported speech. */
    private static final String COMPLEMENTIZERS = "ان|انه|انها";
    private static final Pattern SPEECH_BREAK = Pattern.compile("(?<![\\p{L}])(?:" + COMPLEMENTIZERS + "|قال|قالت|واضاف|واضافت)(?![\\p{L}])");
    private static final Pattern OTHERS = Pattern.compile("اخر(?:ين|ون|يات)");
    private static final Pattern ONE_WORD = Pattern.compile("واحد[هة]?");
    private static final Pattern ONE_OF = Pattern.compile("[أإا]حد[ىي]?");
    private static final Pattern DOER_BEFORE = Pattern.compile("(?<![\\p{L}])" + WordAlternation.of(Lexicon.named("doer-markers").foldedEntries())
            + "(?:\\s+\\p{L}+)?\\s*$"); // برصاص شخصين, برصاص مسلحين اثنين
    private static final Pattern PER = Pattern.compile("(?<![\\p{L}])لكل\\s*$");
    /** من رجال الأمن, ما بين رجال أمن ومواطنين: what follows names whom the number counts among. */
    private static final Pattern PARTITIVE = Pattern.compile("(?:من|ما ?بين)\\s");
    // و(39) حالة keeps its bracket: a count bracketed after و is not joined to the one before (9) حالات وفيات
    private static final Pattern OPENING_MARK = Pattern.compile("(?<!(?:^|\\s)و)\\s*[(«\"“]\\s*$");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[()\"«»“”]+\\s*");
    private static final Pattern MIXED_WITH_BODIES = Pattern.compile("\\s*و(?:ال)?" + WordAlternation.of(Lexicon.named("organisation-heads").foldedEntries())
            + "(?![\\p{L}])");
    /** واحد من 11, 3 من كل 10: a proportion. */
    private static final Pattern RATIO = Pattern.compile("\\s+من\\s+(?:كل\\s+)?(?=[0-9٠-٩]|عشر|مئ|ما[ئي]|ال?ف)");
    /** أربعة منهم: a part of a count the sentence has given. */
    private static final Pattern PART_OF = Pattern.compile("^(?:منهم|منهن|منها|منهما)(?![\\p{L}])");
    /** بينهم 5 أطفال, من بينهم: a part of the count before, which shares what happened to it. */
    private static final Pattern SUBSET_BEFORE = Pattern.compile("(?<![\\p{L}])(?:من\\s+)?(?:بينهم|بينهن|بينها|منهم|منهن)\\s*$");

    /** Whether text before a number ends with a word that makes the number a part of a count before it (بينهم, منهم). */
    public static boolean followsASubsetWord(String before) {
        return SUBSET_BEFORE.matcher(before).find();
    }
    /** عدد القتلى, أعداد الضحايا, حصيلة المعتقلين: the noun a later number of the sentence counts (يرتفع عدد القتلى إلى 162). */
    private static final Pattern NUMBER_OF = Pattern.compile("(?<![\\p{L}])" + WordAlternation.folded(List.of("عدد", "أعداد", "حصيلة", "مجموع"))
            + "\\s+([\\p{L}\\p{M}]+)");
    private static final Pattern DIGITS = Pattern.compile("[0-9٠-٩۰-۹]+");

    /** A list's words at the end of folded text (the words before a number). */
    private static Pattern folded(String lexicon) {
        return Pattern.compile(WordAlternation.of(Lexicon.named(lexicon).foldedEntries()) + "\\s*$");
    }

    private final ArabicDateParser dates = new ArabicDateParser();
    private final QuantityKinds kinds = new QuantityKinds();
    private final CurrencyResolver currencies = new CurrencyResolver(NATIONALITIES);

    /** The quantities of {@code text}, of an article of which nothing else is known. */
    public List<Quantity> extract(String text) {
        return extract(text, CountingContext.NONE);
    }

    /** The quantities of {@code text}; a figure repeated (same category, amount and unit) is listed once. */
    public List<Quantity> extract(String text, CountingContext context) {
        return onceEach(extractEach(text, context));
    }

    /** The counts with a figure repeated (same category, amount and unit) kept at its first sentence only. */
    public static List<Quantity> onceEach(List<Quantity> counts) {
        List<Quantity> out = new ArrayList<>(counts);
        Set<String> seen = new HashSet<>();
        out.removeIf(q -> !seen.add(figure(q)));
        return out;
    }

    /** What makes two counts of an article one figure: category, amount and unit. */
    public static String figure(Quantity q) {
        return q.category() + " " + q.amount().stripTrailingZeros().toPlainString() + " " + q.unit();
    }

    /** Every count of every sentence of {@code text}, in order, a figure repeated in a later sentence too. */
    public List<Quantity> extractEach(String text, CountingContext context) {
        List<Quantity> out = new ArrayList<>();
        List<String> sentences = Sentences.of(text);
        FoldedArticle article = new FoldedArticle(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            extractFrom(sentences.get(i), context, article, i, out);
        }
        return out;
    }

    private void extractFrom(String sentence, CountingContext context, FoldedArticle article, int index, List<Quantity> out) {
        String foldedSentence = null;
        List<ArabicNumberReader.Number> numbers = new ArrayList<>(ArabicNumberReader.all(sentence));
        List<ArabicNumberReader.Number> read = List.copyOf(numbers);
        // سبعة عسكريين: the counted noun of a number, not a dual of its own
        duals(sentence).stream().filter(d -> read.stream().noneMatch(r -> r.end() <= d.start() && sentence.substring(r.end(), d.start()).isBlank()))
                .forEach(numbers::add);
        Set<ArabicNumberReader.Number> definiteNumerals = new HashSet<>(definiteNumerals(sentence));
        numbers.addAll(definiteNumerals);
        if (numbers.isEmpty()) {
            return;
        }
        List<int[]> dateSpans = new ArrayList<>();
        for (ParsedDate d : dates.all(sentence)) {
            dateSpans.add(new int[] {d.start(), d.start() + d.expression().length()});
        }
        numbers.sort(java.util.Comparator.comparingInt(ArabicNumberReader.Number::start));
        Quantity previous = null;
        int previousEnd = -1;
        String previousBefore = "";
        Set<String> inSentence = new HashSet<>();
        QuantityKind sentenceKind = null;
        int ratioEnd = -1;
        int lastNumberEnd = -1; // of any number read, counted or not
        for (ArabicNumberReader.Number n : numbers) {
            int joinedTo = lastNumberEnd;
            lastNumberEnd = n.end();
            if (insideDate(n, dateSpans) || isNotAQuantity(sentence, n) || n.start() < ratioEnd
                    || PER.matcher(sentence).region(Math.max(0, n.start() - 8), n.start()).find()) {
                continue; // لكل 100 ألف شخص: the base of a rate, no count
            }
            if (ONE_OF.matcher(sentence.substring(n.start(), n.end())).matches() && cueBefore(lastWords(
                    ArabicMatchKey.of(sentence.substring(Math.max(0, n.start() - 30), n.start())), 2), BEFORE) == null) {
                continue; // أحد الجيولوجيين is one of them; قتل أحد الإرهابيين counts one killed
            }
            Matcher ratio = RATIO.matcher(sentence.substring(n.end(), Math.min(sentence.length(), n.end() + 12)));
            if (ratio.lookingAt()) {
                ratioEnd = n.end() + ratio.end() + 1; // واحد من 11 شخصا: a proportion, neither a count
                continue;
            }
            // قتل في هذه العمليات (6): the bracket round a number is no word between it and the verb
            String before = OPENING_MARK.matcher(ArabicMatchKey.of(sentence.substring(Math.max(0, n.start() - 40), n.start()))).replaceFirst("");
            String after = LEADING_MARKS.matcher(ArabicMatchKey.of(sentence.substring(n.end(), Math.min(sentence.length(), n.end() + 70))).strip())
                    .replaceFirst("");
            // a definite numeral is the adjective of the noun before it (القتلى السبعة الآخرين), whatever follows
            AfterNoun noun = n.dualOf() != null ? new AfterNoun(new Cue(n.dualOf(), null), "", after)
                    : definiteNumerals.contains(n) ? null : cueAfter(after);
            if (noun == null && (NOT_COUNTED.matcher(after).find() || dayOfMonth(n, after)
                    || PART_OF.matcher(after).find() && cueBefore(lastWords(before, 2), BEFORE) == null)) {
                continue; // اعتقلت 73 يوما, 70 في المائة, في 30 آذار, نقل أربعة منهم (but قتل 8 منهم)
            }
            Cue cue = noun == null ? null : noun.cue();
            String rest = noun == null ? after : noun.rest();
            boolean definite = ArabicMatchKey.of(sentence.substring(n.start(), n.end())).startsWith("ال");
            boolean keepsAnd = joinedByAnd(sentence, n);
            if (cue == null && !PARTITIVE.matcher(after).lookingAt()) { // وثلاثة من مرافقيه counts the companions, not the name before
                cue = nounBefore(before, n, Character.isDigit(sentence.charAt(n.start())), definite);
            }
            if (definiteNumerals.contains(n) && (cue == null || !INCIDENT_NOUNS.contains(cue.category()))) {
                continue; // السبعة after no noun of what happened (الدول السبع, الأعضاء الستة): a name's or another adjective
            }
            if (cue == null && previous != null && n.start() - previousEnd <= 40
                    && (before.equals("و") || before.endsWith(" و") || keepsAnd) && joinedTo <= previousEnd) {
                // جرح 58 داعشيا ودمرت 9 مستودعات و22 عجلة: joined to the uncounted number between, not to the count
                cue = new Cue(previous.category(), previous.unit()); // استشهاد 12 من رجال الأمن و3 من العاملين
            }
            if (cue == null) {
                cue = numberOf(sentence, n.start(), dateSpans);
            }
            if (cue == null && PARTITIVE.matcher(after).lookingAt()) {
                // مقتل القيادي أبو أحمد وأربعة من مرافقيه, مع ثلاثة من مرافقيه: the companions share what happened
                boolean companions = keepsAnd || before.endsWith(" و") || before.endsWith(" مع");
                QuantityCategory happened = companions ? cueBefore(wideBefore(sentence, n), COMPANION_REACH, BEFORE, BEFORE_PERSON) : null;
                if (happened == null) {
                    happened = whatHappened(before, after);
                }
                cue = happened == null ? null : new Cue(happened, null); // سبعة من مليشيا الحشد قتلوا, أصيب 4 من قوات الدرك
            }
            if (cue == null) {
                // a bare number after the verb (قتل 206.); before a word that is no cue, only the verb right before it
                boolean wordAfter = !after.isEmpty() && Character.isLetter(after.charAt(0));
                // قتل أكثر من ألف متشدد: the hedge sits between the verb and the number
                QuantityCategory category = cueBefore(wordAfter ? lastWords(withoutHedge(before), 2) : before, BEFORE);
                if (category == null && impliedSum(previous, sentence, n)) {
                    cue = new Cue(QuantityCategory.MONEY, previous.unit()); // 438.594 مليار جنيه مقابل 431.081 مليار
                } else if (category == null) {
                    continue; // a number that counts nothing nameable: a ranking, a score, a law number
                } else {
                    cue = new Cue(category, null);
                }
            } else if (cue.category() == QuantityCategory.PEOPLE) {
                Cue counted = numberOf(sentence, n.start(), dateSpans);
                if (counted != null && counted.category() != QuantityCategory.PEOPLE) {
                    cue = counted; // يرتفع عدد القتلى إلى 162 شخصا
                }
            }
            if (cue.category() == QuantityCategory.PEOPLE) {
                // آلاف القتلى وملايين المهجرين: the first count's noun says nothing of the second's people
                QuantityCategory happened = coordinatedWith(previous, previousEnd, sentence, n, keepsAnd) ? inherited(previousBefore, rest)
                        : whatHappened(before, rest);
                if (happened == null) {
                    happened = detainedBySubject(sentence, n); // أوقفت قوة من الجيش اللبناني 23 شخصاً
                }
                if (happened == null && noun != null && OTHERS.matcher(noun.noun()).matches() && (keepsAnd || before.endsWith(" و") || before.endsWith(" مع"))) {
                    // قتل مع قيادي آخر وسبعة آخرين: the others shared what happened to whom they are joined to
                    happened = cueBefore(wideBefore(sentence, n), COMPANION_REACH, BEFORE, BEFORE_PERSON);
                }
                if (happened != null && !DISPLACED.matcher(noun == null ? "" : noun.noun()).matches()) {
                    cue = new Cue(happened, null); // قتل 206 عناصر, 14 شخصا لقوا حتفهم: the verb says what happened to them
                }
            }
            if (cue.category() == QuantityCategory.PEOPLE && previous != null && SUBSET_BEFORE.matcher(before).find()) {
                cue = new Cue(previous.category(), null); // مقتل 27 مدنيا بينهم 5 أطفال: five of the killed
            }
            if (n.dualOf() != null && cue.category() == QuantityCategory.PEOPLE) {
                continue; // خبراء عسكريين: a plural's adjective reads as a dual; two people count only when what happened is said
            }
            if (cue.category() == QuantityCategory.OPERATIONS && (CIVIL_CONTEXT.matcher(lastWords(before, 4)).find()
                    || n.value().compareTo(MOST_SECURITY_OPERATIONS) >= 0)) {
                continue; // خضع لأكثر من 18 عملية: surgery; 56,4 مليون عملية: payments, never a force's raids
            }
            if (cue.category() == QuantityCategory.WOUNDED && ILLNESS_AFTER.matcher(rest).lookingAt()) {
                cue = new Cue(QuantityCategory.PEOPLE, null); // 14 مصابا بالفيروس: the sick, not the wounded of an incident
            }
            if (cue.category() == QuantityCategory.COUNTRIES && MIXED_WITH_BODIES.matcher(rest).lookingAt()) {
                continue; // 80 بلداً ومنظمة: countries and organisations together, a count of neither
            }
            if (foldedSentence == null) {
                foldedSentence = ArabicMatchKey.of(sentence);
            }
            String unit = cue.unit();
            if (cue.category() == QuantityCategory.MONEY && unit == null && noun != null) {
                unit = currencies.resolve(noun.noun(), rest, foldedSentence, article, index, context);
            }
            boolean approximate = n.vague() || HEDGE.matcher(before).find() || HEDGE.matcher(withoutLastWord(before)).find()
                    || HEDGE_AFTER.matcher(rest).find(); // تفوق مساحتها 110 آلاف: the hedge one word before
            int year = context.published() == null ? 0 : context.published().getYear();
            if (sentenceKind == null) {
                sentenceKind = kinds.ofSentence(foldedSentence, year);
            }
            boolean price = cue.category() == QuantityCategory.MONEY && kinds.priceBefore(before);
            QuantityKind kind = kinds.rateAfter(rest) || price ? QuantityKind.RATE : sentenceKind;
            previous = new Quantity(cue.category(), n.value(), n.high(), unit, approximate, kind, sentence, n.start(), n.end());
            previousEnd = n.end();
            previousBefore = before;
            if (!inSentence.add(cue.category() + " " + n.value().stripTrailingZeros().toPlainString() + " " + unit)) {
                continue; // 2 مليون ريال six times in one sentence: one figure
            }
            out.add(previous);
            Cue also = noun == null ? null : coordinated(rest);
            if (also != null && also.category() != cue.category()) {
                out.add(new Quantity(also.category(), n.value(), n.high(), null, approximate, kind, sentence, n.start(), n.end())); // عشرات القتلى والجرحى
            }
        }
    }

    /**
     * A count joined by و to the count just before it, with that count's noun between ({@code آلاف القتلى
     * وملايين المهجرين}, {@code 5 جنود و3 مدنيين}): what happened to its people is said before the first.
     */
    /**
     * A sum with its scale and no noun after a sum of money in the same sentence is in the same currency: the press
     * names the currency once ({@code 438.594 مليار جنيه مقابل 431.081 مليار}).
     */
    private static boolean impliedSum(Quantity previous, String sentence, ArabicNumberReader.Number n) {
        if (previous == null || previous.category() != QuantityCategory.MONEY || previous.unit() == null || n.vague()
                || !SCALED.matcher(ArabicMatchKey.of(sentence.substring(n.start(), n.end()))).find()) {
            return false;
        }
        String after = sentence.substring(n.end()).strip();
        if (after.isEmpty() || !Character.isLetter(after.charAt(0))) {
            return true;
        }
        return SUM_FOLLOWERS.contains(after.split("[\\s\\p{Punct}،؛]+", 2)[0]);
    }

    private static boolean coordinatedWith(Quantity previous, int previousEnd, String sentence, ArabicNumberReader.Number n,
            boolean keepsAnd) {
        if (previous == null || n.start() < previousEnd || n.start() - previousEnd > 40) {
            return false;
        }
        // كرديا ونحو 340: the hedge of the second count stands after the و
        String between = withoutHedge(ArabicMatchKey.of(sentence.substring(previousEnd, n.start())).strip());
        boolean joined = between.endsWith(" و") || keepsAnd;
        return joined && COUNTED_NOUN_AND.matcher(between).matches();
    }

    /** No force counts its raids or operations in the hundreds of thousands; banks count transactions so. */
    private static final BigDecimal MOST_SECURITY_OPERATIONS = BigDecimal.valueOf(100_000);

    /** The categories whose noun says what happened to the people counted (القتلى, المصابين, المعتقلين). */
    private static final Set<QuantityCategory> INCIDENT_NOUNS = Set.of(QuantityCategory.KILLED, QuantityCategory.WOUNDED, QuantityCategory.ARRESTED);

    /** القتلى و, عناصر من التنظيم و: the first count's noun phrase (up to four words) and the و that joins the second count. */
    private static final Pattern COUNTED_NOUN_AND = Pattern.compile("(?:[\\p{L}]+\\s+){0,3}[\\p{L}]+(?:\\s+و)?");

    /**
     * What happened to the people of a count joined to the one before: a verb right after them says it
     * ({@code قتل 5 جنود و3 آخرون أصيبوا}), else what happened to the first count's people, said before it.
     */
    private static QuantityCategory inherited(String previousBefore, String rest) {
        Matcher following = FOLLOWING_VERB.matcher(firstWords(rest, 3));
        if (following.find()) {
            return FOLLOWING.get(following.group(1));
        }
        return whatHappened(previousBefore, "");
    }

    /** وعشرات, و18: the reader keeps a joining و on the number it reads (but واحدة is one word). */
    private static boolean joinedByAnd(String sentence, ArabicNumberReader.Number n) {
        if (sentence.charAt(n.start()) != 'و' || n.end() - n.start() < 2
                || ONE_WORD.matcher(ArabicMatchKey.of(sentence.substring(n.start(), n.end()))).matches()) {
            return false; // واحد, واحدة: و is the word's own first letter (عام واحد), not "and" before أحد
        }
        List<ArabicNumberReader.Number> rest = ArabicNumberReader.all(sentence.substring(n.start() + 1, n.end()));
        return rest.size() == 1 && rest.get(0).start() == 0 && rest.get(0).end() == n.end() - n.start() - 1;
    }

    /** How many words before a partitive count (وأربعة من مرافقيه) the verb of what happened to its people may stand. */
    private static final int COMPANION_REACH = 9;
    /** A number written with its scale word: 431.081 مليار, ثلاثة ملايين. */
    private static final Pattern SCALED = Pattern.compile("(?:الف|االف|الاف|مليون|ملايين|مليار|مليارات)$");

    /** The folded text of up to 120 characters before the number. */
    private static String wideBefore(String sentence, ArabicNumberReader.Number n) {
        return ArabicMatchKey.of(sentence.substring(Math.max(0, n.start() - 120), n.start()));
    }

    /**
     * Cardinal number words with the article (الثلاثة, السبع, الأربعة): an adjective of the noun before
     * them, counted only when that noun is a counted one ({@code القتلى السبعة}, {@code المصابين
     * الأربعة}). The reader leaves words with the article alone, as ordinals (الثالث) and days (الأحد)
     * look like them; three to ten only, since the tens with the article are ordinals too (القرن العشرين).
     */
    private static List<ArabicNumberReader.Number> definiteNumerals(String sentence) {
        List<ArabicNumberReader.Number> out = new ArrayList<>();
        Matcher m = DEFINITE_NUMERAL.matcher(sentence);
        while (m.find()) {
            List<ArabicNumberReader.Number> read = ArabicNumberReader.all(m.group(1));
            if (read.size() == 1 && read.get(0).end() == m.group(1).length()) {
                BigDecimal v = read.get(0).value();
                if (v.compareTo(BigDecimal.valueOf(3)) >= 0 && v.compareTo(BigDecimal.TEN) <= 0) {
                    out.add(new ArabicNumberReader.Number(v, null, false, m.start(), m.end(), null));
                }
            }
        }
        return out;
    }

    private static final Pattern DEFINITE_NUMERAL = Pattern.compile("(?<![\\p{L}])ال(\\p{L}{3,6})(?![\\p{L}])");

    /** القتلى والجرحى: a second counted noun joined to the first shares its number. */
    private static Cue coordinated(String rest) {
        String r = rest.strip();
        if (!r.startsWith("و") || r.length() < 3) {
            return null;
        }
        AfterNoun second = cueAfter(r.substring(1));
        return second == null || second.cue().category() == QuantityCategory.PEOPLE || second.cue().category() == QuantityCategory.MONEY ? null
                : second.cue();
    }

    /** عدد القتلى … إلى 162: the category of the noun counted by the last "number of" before, with no number between but dates. */
    private static Cue numberOf(String sentence, int numberStart, List<int[]> dateSpans) {
        Matcher m = NUMBER_OF.matcher(sentence).region(0, numberStart);
        Cue found = null;
        int end = -1;
        while (m.find()) {
            Cue cue = AFTER.get(withoutOfAndArticle(ArabicMatchKey.of(m.group(1))));
            if (cue != null && cue.category() != QuantityCategory.MONEY) {
                found = cue;
                end = m.end();
            }
        }
        if (found == null || SPEECH_BREAK.matcher(ArabicMatchKey.of(sentence.substring(end, numberStart))).find()) {
            return null; // أعلن عدد القتلى، وقال إن 15 ألف شخص تضرروا: what is said next counts others
        }
        // a day of a month (في 30 آذار) or a date is no number between
        Matcher digits = DIGITS.matcher(sentence).region(end, numberStart);
        while (digits.find()) {
            int at = digits.start();
            boolean inDate = dateSpans.stream().anyMatch(span -> at >= span[0] && at < span[1]);
            if (!inDate && !MONTH_AFTER.matcher(ArabicMatchKey.of(sentence.substring(digits.end(), Math.min(numberStart, digits.end() + 20)))
                    .strip()).lookingAt()) {
                return null;
            }
        }
        return found;
    }

    private static boolean dayOfMonth(ArabicNumberReader.Number n, String after) {
        return n.value().scale() <= 0 && n.value().compareTo(BigDecimal.valueOf(31)) <= 0 && MONTH_AFTER.matcher(after).find();
    }

    /**
     * The verb before or after counted people that says what happened to them, if any; of two before
     * them, the nearer ({@code مقتل أربعة متمردين وأسر اثنين}: the two were captured).
     */
    private static QuantityCategory whatHappened(String before, String rest) {
        // بمقتل ما لا يقل عن 60 محتجا: the hedge stands between the verb and the number
        String verbSide = afterLastBreak(withoutHedge(before));
        // قتل برصاص شخصين: the people counted did it; only a verb after them says what happened to them
        boolean doers = DOER_BEFORE.matcher(verbSide).find();
        QuantityCategory verb = doers ? null : cueBefore(verbSide, BEFORE, BEFORE_PERSON);
        if (verb != null) {
            return verb;
        }
        Matcher following = FOLLOWING_VERB.matcher(firstWords(rest, 8));
        if (following.find()) {
            return FOLLOWING.get(following.group(1));
        }
        Matcher adjunct = doers ? null : VERB_THEN_ADJUNCT.matcher(verbSide);
        return adjunct != null && adjunct.find() ? categoryOfVerb(adjunct.group(1)) : null;
    }

    /** عدد القتلى، وقال إن 15 ألف شخص: what is said after إن or قال starts a clause of its own. */
    private static String afterLastBreak(String before) {
        Matcher m = SPEECH_BREAK.matcher(before);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end < 0 ? before : before.substring(end);
    }

    private static QuantityCategory categoryOfVerb(String verb) {
        QuantityCategory category = BEFORE.get(verb);
        return category != null ? category : BEFORE_PERSON.get(verb);
    }

    private static AfterNoun cueAfter(String after) {
        String stripped = withoutOfAndArticle(after);
        for (Map.Entry<String, Cue> e : stripped.isEmpty() ? List.<Map.Entry<String, Cue>>of()
                : AFTER_BY_FIRST.getOrDefault(stripped.charAt(0), List.of())) {
            String noun = e.getKey();
            if (stripped.startsWith(noun) && (stripped.length() == noun.length() || !Character.isLetter(stripped.charAt(noun.length())))) {
                String rest = stripped.substring(noun.length());
                if (e.getValue().category() == QuantityCategory.OPERATIONS && civilOperation(rest)) {
                    return null; // عملية شراء, عمليات جراحية: operations, but not the security kind analysts count
                }
                return new AfterNoun(e.getValue(), noun, rest);
            }
        }
        String first = stripped.split("[^\\p{L}]+", 2)[0];
        if (nationalityPerson(first)) {
            return new AfterNoun(new Cue(QuantityCategory.PEOPLE, null), first, stripped.substring(first.length()));
        }
        return null;
    }

    /** The words after a number without a leading من and article (عشرات من المهاجرين). */
    private static String withoutOfAndArticle(String after) {
        String s = after.startsWith("من ") ? after.substring(3).stripLeading() : after;
        return s.startsWith("ال") ? s.substring(2) : s;
    }

    /** فلسطينياً, إسرائيليين, الأمريكيون, نيباليين: people of a nationality, or people a plural nisba names. */
    private static boolean nationalityPerson(String word) {
        if (word.length() > 5 && (word.endsWith("يين") || word.endsWith("يون"))) {
            return true;
        }
        for (String ending : new String[] {"يين", "يون", "يا", "يات", "ي"}) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)
                    && NATIONALITIES.contains("ال" + word.substring(0, word.length() - ending.length()) + "ي")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The counted noun right before the number: with its article before digits (القتلى الـ199), or people
     * before a number word (متطرفين يهوديين اثنين).
     */
    /**
     * @param definite the number has the article, as an adjective of the noun before it has
     *                 ({@code القتلى السبعة}, {@code المصابين الأربعة}): that noun is what it counts
     */
    private static Cue nounBefore(String before, ArabicNumberReader.Number n, boolean digits, boolean definite) {
        String[] words = before.strip().split("\\s+");
        int last = words.length - 1;
        if (last >= 1 && words[last].equals("ال") || definite && last >= 0 && words[last].startsWith("ال")) {
            String noun = words[words[last].equals("ال") ? last - 1 : last];
            Cue cue = noun.startsWith("ال") ? AFTER.get(noun.substring(2)) : null;
            return cue != null && cue.category() != QuantityCategory.MONEY ? cue : null;
        }
        if (n.dualOf() != null || digits || last < 0 || words[last].isEmpty() || Character.isDigit(words[last].charAt(0))) {
            return null; // 2/3 after الكندي is a score, 2216 after الدولي a resolution
        }
        String noun = words[last].replaceFirst("^ال", "");
        Cue cue = AFTER.get(noun);
        return cue != null && cue.category() == QuantityCategory.PEOPLE || nationalityPerson(noun) ? new Cue(QuantityCategory.PEOPLE, null) : null;
    }

    /** Duals of counted nouns (جنديين, غارتين, وجريحين): each a count of two. Only words ending in ين or ان are looked at. */
    private static List<ArabicNumberReader.Number> duals(String sentence) {
        List<ArabicNumberReader.Number> out = new ArrayList<>();
        int n = sentence.length();
        for (int i = 1; i < n; i++) {
            char c = sentence.charAt(i);
            boolean wordEnd = c == 'ن' && (i + 1 == n || !Character.isLetter(sentence.charAt(i + 1)));
            char before = sentence.charAt(i - 1);
            if (!wordEnd || before != 'ي' && before != 'ا') {
                continue;
            }
            int start = i;
            while (start > 0 && (Character.isLetter(sentence.charAt(start - 1)) || Character.getType(sentence.charAt(start - 1)) == Character.NON_SPACING_MARK)) {
                start--;
            }
            if (i + 1 - start < 5) {
                continue;
            }
            String w = ArabicMatchKey.of(sentence.substring(start, i + 1));
            boolean an = w.endsWith("ان");
            QuantityCategory category = dualOf(w.substring(0, w.length() - 2), an);
            if (category == null && "وبلف".indexOf(w.charAt(0)) >= 0) {
                category = dualOf(w.substring(1, w.length() - 2), an);
            }
            if (category != null) {
                out.add(new ArabicNumberReader.Number(BigDecimal.valueOf(2), null, false, start, i + 1, category));
            }
        }
        return out;
    }

    private static QuantityCategory dualOf(String stem, boolean an) {
        QuantityCategory c = SINGLE.get(stem);
        if (c == null && an) {
            c = SINGLE_AN.get(stem);
        }
        if (c == null && stem.endsWith("ت")) {
            c = SINGLE.get(stem.substring(0, stem.length() - 1) + "ه"); // غارتين: غارة
        }
        if (c == null && an && (NATIONALITIES.contains(stem) || NATIONALITIES.contains("ال" + stem))) {
            c = QuantityCategory.PEOPLE; // قتل فلسطينيان: two people; فلسطينيين is as often the plural
        }
        return c;
    }

    private static boolean civilOperation(String afterNoun) {
        String[] words = afterNoun.strip().split("[^\\p{L}]+", 2);
        return words.length > 0 && CIVIL_OPERATIONS.contains(words[0].replaceFirst("^ال", ""));
    }

    /**
     * The category of the cue nearest the number among the last four words before it, in any of the lists;
     * a noun that is itself counted (القتلى, الجرحى) only among the last two, since further back it is
     * another count's noun ({@code آلاف القتلى، حسب مراقبين، ونزوح 2.2 مليون آخرين}).
     */
    @SafeVarargs
    private static QuantityCategory cueBefore(String before, Map<String, QuantityCategory>... lists) {
        return cueBefore(before, 4, lists);
    }

    /** As {@link #cueBefore(String, Map...)}, among the last {@code reach} words. */
    @SafeVarargs
    private static QuantityCategory cueBefore(String before, int reach, Map<String, QuantityCategory>... lists) {
        String tail = lastWords(before, reach);
        int nearStart = tail.length() - lastWords(before, 2).length();
        QuantityCategory found = null;
        int at = -1;
        for (Map<String, QuantityCategory> cues : lists) {
            for (Map.Entry<String, QuantityCategory> e : cues.entrySet()) {
                int i = tail.lastIndexOf(e.getKey());
                if (i >= 0 && i < nearStart && AFTER.containsKey(e.getKey()) || i >= 0 && anotherWord(tail, e.getKey(), i)) {
                    continue;
                }
                if (i > at) {
                    at = i;
                    found = e.getValue();
                }
            }
        }
        return found;
    }

    /**
     * A detention verb with its subject between it and the people detained ({@code أوقفت قوة من الجيش اللبناني 23
     * شخصاً}): up to {@link #SUBJECT_REACH} words back, with no mark of a clause or another number between.
     */
    private static QuantityCategory detainedBySubject(String sentence, ArabicNumberReader.Number n) {
        String tail = lastWords(wideBefore(sentence, n), SUBJECT_REACH);
        int verb = DETENTION_VERBS.stream().mapToInt(tail::lastIndexOf).max().orElse(-1);
        return verb >= 0 && !CLAUSE_MARK.matcher(tail.substring(verb)).find() ? QuantityCategory.ARRESTED : null;
    }

    private static final int SUBJECT_REACH = 8;
    private static final Pattern CLAUSE_MARK = Pattern.compile("[،,.:;؛()«»\"0-9٠-٩]|(?<![\\p{L}])(?:الذي|التي|الذين|" + COMPLEMENTIZERS
            + "|بعد|قبل|ثم|حيث)(?![\\p{L}])");
    /** The verbs (not the nouns) of detention among the cues before a number; ضبط seizes things as often as people. */
    private static final List<String> DETENTION_VERBS = Lexicon.named("detention-verbs").foldedEntries();

    /** اسر in اسره (a family), not أسر (captured): a root of three letters that a ta marbuta ends is another word. */
    private static boolean anotherWord(String text, String key, int at) {
        int end = at + key.length();
        return key.length() == 3 && end < text.length() && text.charAt(end) == 'ه';
    }

    /** The words before a number without the hedge that ends them (بمقتل ما لا يقل عن → بمقتل). */
    private static String withoutHedge(String before) {
        return HEDGE.matcher(before).replaceFirst("").strip();
    }

    private static String withoutLastWord(String text) {
        String t = text.strip();
        int space = t.lastIndexOf(' ');
        return space < 0 ? "" : t.substring(0, space);
    }

    private static String lastWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - n), words.length));
    }

    private static String firstWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(n, words.length)));
    }

    private static boolean insideDate(ArabicNumberReader.Number n, List<int[]> spans) {
        for (int[] span : spans) {
            if (n.start() >= span[0] && n.end() <= span[1]) {
                return true;
            }
        }
        return false;
    }

    /** 1436هـ, 1421/ 1422هـ, 1436 هجرية: what follows a Hijri year. */
    private static final Pattern HIJRI_YEAR = Pattern.compile("\\s*(?:/\\s*[0-9٠-٩]{2,4}\\s*)?(?:هـ|ه(?![\\p{L}])|هجري)");
    private static final Pattern MONDAY = Pattern.compile("[وب]?الاثنين");
    private static final Pattern THE_TWO_COUNTED = Pattern.compile("ال\\S+(?:ين|ان)\\s*$");

    /** Years, ages and phone numbers. */
    private static boolean isNotAQuantity(String sentence, ArabicNumberReader.Number n) {
        if (n.dualOf() != null) {
            return false;
        }
        String before = ArabicMatchKey.of(sentence.substring(Math.max(0, n.start() - 15), n.start()));
        BigDecimal v = n.value();
        boolean yearLike = v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(1900)) >= 0 && v.compareTo(BigDecimal.valueOf(2100)) <= 0
                && n.end() - n.start() == 4;
        String raw = sentence.substring(n.start(), n.end());
        if (v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(1300)) >= 0 && v.compareTo(BigDecimal.valueOf(1500)) <= 0
                && HIJRI_YEAR.matcher(sentence.substring(n.end(), Math.min(sentence.length(), n.end() + 10))).lookingAt()) {
            return true; // سنة 1421/ 1422هـ: a year of the Hijri calendar
        }
        boolean phone = raw.replaceAll("\\D", "").length() >= 8 && (raw.startsWith("0") || raw.startsWith("٠"));
        if (phone) {
            return true;
        }
        if (MONDAY.matcher(ArabicMatchKey.of(raw)).matches() && !THE_TWO_COUNTED.matcher(before).find()) {
            return true; // أعدم الاثنين شنقا: Monday, unless it follows the two it counts (الجنديين الاثنين)
        }
        boolean age = AGE_CONTEXT.matcher(before).find();
        if (!yearLike && !age) {
            return false;
        }
        boolean noun = followedByNoun(sentence, n);
        return yearLike && (YEAR_CONTEXT.matcher(before).find() || !noun) || !noun && age;
    }

    private static boolean followedByNoun(String sentence, ArabicNumberReader.Number n) {
        return cueAfter(ArabicMatchKey.of(sentence.substring(n.end(), Math.min(sentence.length(), n.end() + 40))).strip()) != null;
    }
}
