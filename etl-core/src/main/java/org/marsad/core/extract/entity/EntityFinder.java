package org.marsad.core.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.ArabicMorphology;
import org.marsad.core.text.Lexicon;
import org.marsad.core.text.Sentences;
import org.marsad.core.text.Tokens;

/**
 * The people, organisations and places an article names, from four finders over the same tokens of each
 * sentence: the gazetteers (known places and bodies, canonical names), organisation phrases (a head noun and
 * its qualifiers), the trained tagger (any name it learnt to see), and the title patterns of
 * {@link PersonFinder}. Where spans overlap the longest wins ({@code ريال مدريد} the club over {@code مدريد}
 * the city), the gazetteers on a tie; an organisation takes the nationality adjective after it ({@code وزارة
 * الداخلية البحرينية}); the tagger's names lose the clitics, titles and common words at their edges. Then
 * {@link ArticleNameResolution} makes the variants of one entity in the article one entity. Thread-safe.
 */
public final class EntityFinder implements NameTagger {

    private static final Pattern ARABIC = Pattern.compile("[\\u0621-\\u064A]");
    private static final Map<String, EntityType> TYPES = Map.of("PERS", EntityType.PERSON, "LOC", EntityType.LOCATION,
            "ORG", EntityType.ORGANIZATION);
    private static final Lexicon NOT_NAMES = Lexicon.named("not-names");
    private static final Lexicon STOPPERS = Lexicon.named("name-stoppers");
    private static final Lexicon TITLES = Lexicon.named("person-titles");
    private static final Lexicon CONNECTORS = Lexicon.named("name-connectors");
    private static final Lexicon NATIONALITIES = Lexicon.named("nationality-adjectives");
    private static final Lexicon PLACE_WORDS = Lexicon.named("place-context");
    private static final Lexicon CUES = Lexicon.named("person-cues");
    private static final Lexicon DIRECTIONS = Lexicon.named("direction-adjectives");

    /** Which finder proposed a span; on spans of one length the earlier wins. */
    private enum Source {
        GAZETTEER, PHRASE, KIND, TAGGER
    }

    private record Span(int start, int end, EntityType type, String canonical, Source source) {

        int length() {
            return end - start;
        }
    }

    private final EntityGazetteer gazetteer;
    private final NameTagger tagger;
    private final OrganisationPhrases phrases;
    private final PlacesByKind placesByKind;
    private final PersonFinder persons = new PersonFinder();
    private final GivenNames givenNames = GivenNames.standard();

    /** @param tagger the trained tagger, or null for the gazetteers, phrases and title patterns alone */
    public EntityFinder(EntityGazetteer gazetteer, NameTagger tagger) {
        this.gazetteer = gazetteer;
        this.tagger = tagger;
        this.phrases = new OrganisationPhrases(gazetteer);
        this.placesByKind = new PlacesByKind(gazetteer);
    }

    public List<EntityMention> find(String text) {
        Map<String, EntityMention> found = new LinkedHashMap<>();
        for (String sentence : Sentences.of(text)) {
            String[] tokens = tokens(sentence, null);
            for (Span span : chosen(tokens)) {
                String name = span.canonical() != null ? span.canonical() : name(tokens, span);
                if (name != null) {
                    found.merge(span.type() + "\t" + name, new EntityMention(span.type(), name, 1),
                            (a, b) -> new EntityMention(a.type(), a.canonicalName(), a.mentionCount() + 1));
                }
            }
        }
        // the title patterns first: where they and the tagger type one name differently, the patterns know better
        List<EntityMention> all = new ArrayList<>(persons.find(text));
        all.addAll(found.values());
        return ArticleNameResolution.resolve(all, name -> !gazetteer.find(name).isEmpty());
    }

    /** A name found in a sentence, at characters [start, end) of it. */
    public record LocatedName(int start, int end, EntityType type, String name) {
    }

    /**
     * The names of one sentence where they stand, as {@link #find} reads them (without the article's
     * resolution): for rules that ask what stands where, such as who did what to whom around a count.
     */
    public List<LocatedName> locate(String sentence) {
        List<int[]> at = new ArrayList<>();
        String[] tokens = tokens(sentence, at);
        List<LocatedName> out = new ArrayList<>();
        for (Span span : chosen(tokens)) {
            String name = span.canonical() != null ? span.canonical() : name(tokens, span);
            if (name != null) {
                out.add(new LocatedName(at.get(span.start())[0], at.get(span.end() - 1)[1], span.type(), name));
            }
        }
        return out;
    }

    /**
     * The names of one tokenised sentence as BIO tags, all four finders combined as {@link #find} combines them
     * (without the title patterns and the article's resolution, which read running text): for scoring the
     * product's names against a labelled corpus token by token.
     */
    @Override
    public String[] tag(String[] tokens) {
        String[] tags = new String[tokens.length];
        java.util.Arrays.fill(tags, "O");
        for (Span span : chosen(tokens)) {
            if (span.canonical() != null || name(tokens, span) != null) {
                String type = span.type() == EntityType.PERSON ? "PERS" : span.type() == EntityType.LOCATION ? "LOC" : "ORG";
                for (int i = span.start(); i < span.end(); i++) {
                    tags[i] = (i == span.start() ? "B-" : "I-") + type;
                }
            }
        }
        return tags;
    }

    /** A sentence's tokens as the tagger reads them; with {@code offsets}, where each stands is added to it. */
    private static String[] tokens(String sentence, List<int[]> offsets) {
        List<String> list = new ArrayList<>();
        for (Matcher t = Tokens.TOKEN.matcher(sentence); t.find();) {
            if (hashtagMark(sentence, t.start(), t.group())) {
                continue;
            }
            list.add(t.group());
            if (offsets != null) {
                offsets.add(new int[] {t.start(), t.end()});
            }
        }
        return list.toArray(String[]::new);
    }

    /**
     * Whether a token is the mark of a hashtag, as some outlets write names in running text (مدينة #حيس,
     * #تامر_حسني): the words are read as if the marks were spaces.
     */
    private static boolean hashtagMark(String sentence, int at, String token) {
        boolean letterAfter = at + 1 < sentence.length() && Character.isLetter(sentence.charAt(at + 1));
        return token.equals("#") && letterAfter || token.equals("_") && letterAfter && at > 0 && Character.isLetter(sentence.charAt(at - 1));
    }

    private static final Lexicon PORTFOLIOS = Lexicon.named("ministry-portfolios");
    private static final Lexicon SPEECH_VERBS = Lexicon.named("speech-verbs");
    private static final String MINISTRY = "وزارة ";

    /** Whether the phrase at {@code head} is a front of fighting where something happened: جبهة after في or with ب. */
    private static boolean frontLine(String[] tokens, int head) {
        String word = ArabicMatchKey.of(tokens[head]);
        boolean front = FRONTS.contains(ArabicMorphology.withoutOneProclitic(word)) || FRONTS.contains(word);
        String before = head > 0 ? ArabicMatchKey.of(tokens[head - 1]) : "";
        boolean located = word.startsWith("ب") || LOCATIVES.contains(before) || before.startsWith("و") && LOCATIVES.contains(before.substring(1));
        return front && located;
    }

    private static final java.util.Set<String> FRONTS = java.util.Set.of("جبهه", "جبهات");
    private static final java.util.Set<String> LOCATIVES = java.util.Set.of("في", "علي", "عند", "الي", "من");

    /** The candidate spans of a sentence, longest first, none overlapping. */
    private List<Span> chosen(String[] tokens) {
        List<Span> candidates = new ArrayList<>();
        for (EntityGazetteer.TokenSpan known : gazetteer.spans(tokens)) {
            boolean title = known.start() > 0 && known.end() < tokens.length && tokens[known.start() - 1].equals("«") && tokens[known.end()].equals("»");
            // «الشرق الأوسط» is the newspaper, not the place; الدكتور السويد a man, not Sweden
            if (!(known.type() == EntityType.LOCATION && (title || afterAPersonsTitle(tokens, known.start())))) {
                Span span = new Span(known.start(), known.end(), known.type(), known.canonical(), Source.GAZETTEER);
                candidates.add(span.type() == EntityType.LOCATION ? withDirection(tokens, span) : withAdjective(tokens, span));
            }
        }
        for (int i = 1; i < tokens.length; i++) {
            if (PORTFOLIOS.contains(tokens[i]) && SPEECH_VERBS.contains(ArabicMorphology.withoutConjunction(tokens[i - 1]))) {
                // وأوضحت الداخلية أنه تم القبض: the ministry named by its portfolio, as the press calls it after a verb of saying
                candidates.add(new Span(i, i + 1, EntityType.ORGANIZATION, MINISTRY + tokens[i], Source.PHRASE));
            }
        }
        Span[] knownAt = new Span[tokens.length];
        candidates.forEach(k -> knownAt[k.start()] = k);
        for (int[] p : phrases.find(tokens)) {
            Span phrase = withAdjective(tokens, new Span(p[0], p[1], EntityType.ORGANIZATION, null, Source.PHRASE));
            if (!describesAKnownName(tokens, phrase, knownAt)) {
                candidates.add(phrase);
            }
        }
        for (int[] p : placesByKind.find(tokens)) {
            candidates.add(new Span(p[0], p[1], EntityType.LOCATION, null, Source.KIND));
        }
        if (tagger != null) {
            // the gazetteers' spans by where they start (they never overlap), so that each tagger span is checked in its own length
            for (Span t : taggerSpans(tokens)) {
                if (!holdsAKnownName(t, knownAt) && !describesAKnownName(tokens, t, knownAt)
                        && !(t.type() == EntityType.LOCATION && afterAPersonsTitle(tokens, t.start()))) {
                    candidates.add(t);
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Span::length).reversed().thenComparing(Span::source).thenComparingInt(Span::start));
        boolean[] taken = new boolean[tokens.length];
        List<Span> out = new ArrayList<>();
        for (Span s : candidates) {
            boolean free = true;
            for (int i = s.start(); i < s.end(); i++) {
                free &= !taken[i];
            }
            if (free) {
                java.util.Arrays.fill(taken, s.start(), s.end(), true);
                // في جبهة البلق, بجبهة مجزر: a front where one fights is the place it is named after (البلق), unless the
                // gazetteers name it a body (جبهة النصرة)
                boolean front = s.type() == EntityType.ORGANIZATION && s.source() != Source.GAZETTEER && s.length() > 1 && frontLine(tokens, s.start());
                out.add(front ? new Span(s.start() + 1, s.end(), EntityType.LOCATION, null, s.source()) : s);
            }
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }

    /**
     * A place with the direction adjective after it, which names another place (الغوطة الشرقية, القدس الشرقية,
     * أوروبا الشرقية, اليمن الجنوبي): the adjective with the article right after a place the gazetteers know. Towns
     * and most countries are feminine whatever their ending, so a feminine adjective agrees with any; a masculine one
     * only with a name with the article (ريف درعا الغربي describes the countryside). A second direction makes a
     * compass point of them (الزاوية الجنوبية الشرقية, the corner), no place.
     */
    private static Span withDirection(String[] tokens, Span span) {
        int at = span.end();
        if (at >= tokens.length || !DIRECTIONS.contains(tokens[at]) || at + 1 < tokens.length && DIRECTIONS.contains(tokens[at + 1])) {
            return span;
        }
        String place = ArabicMorphology.withoutProclitics(tokens[at - 1]);
        if (!tokens[at].endsWith("ة") && !(ArabicMorphology.startsWithArticle(tokens[at - 1]) && !place.endsWith("ة"))
                || span.start() > 0 && PlacesByKind.isKind(tokens[span.start() - 1])) {
            return span; // مدينة عدن الجنوبية: the adjective describes the city
        }
        // the name as written: أميركا الجنوبية is no part of the country the gazetteers call أميركا
        return new Span(span.start(), at + 1, span.type(), null, span.source());
    }

    /**
     * Whether a definite title stands right before a place's name written without a clitic: after الدكتور, الشيخ
     * or اللواء it is the person's family name. A title without the article names an office of the place (أمير
     * الرياض, ملك الأردن), and a clitic makes the place a preposition's object (معسكر الفريق بالنمسا, الرئيس لمصر).
     */
    private static boolean afterAPersonsTitle(String[] tokens, int start) {
        if (start == 0 || "وفبلك".indexOf(tokens[start].charAt(0)) >= 0) {
            return false;
        }
        String before = ArabicMorphology.withoutConjunction(tokens[start - 1]);
        return ArabicMorphology.startsWithArticle(before) && TITLES.contains(before);
    }

    /** وطيران التحالف الدولي: words the tagger adds around a name the gazetteers know as the same type are not part of it. */
    private static boolean holdsAKnownName(Span tagged, Span[] knownAt) {
        for (int i = tagged.start(); i < tagged.end(); i++) {
            Span k = knownAt[i];
            if (k != null && k.type() == tagged.type() && k.end() <= tagged.end()) {
                return true;
            }
        }
        return false;
    }

    private List<Span> taggerSpans(String[] tokens) {
        String[] tags = tagger.tag(tokens);
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].startsWith("B-") || !TYPES.containsKey(tags[i].substring(2))) {
                continue;
            }
            int end = i + 1;
            while (end < tags.length && (tags[end].equals("I-" + tags[i].substring(2))
                    || tags[i].equals("B-PERS") && tags[end].equals("B-PERS") && CONNECTORS.containsAsWritten(tokens[end - 1]))) {
                end++; // بدر بن محمد بن جلوي آل | سعود: the tagger began again after آل, the name goes on
            }
            Span trimmed = trimmed(tokens, new Span(i, end, TYPES.get(tags[i].substring(2)), null, Source.TAGGER));
            Span named = trimmed == null ? null : trimmed.type() == EntityType.ORGANIZATION ? withAdjective(tokens, trimmed)
                    : trimmed.type() == EntityType.PERSON ? withFamilyName(tokens, trimmed) : trimmed;
            if (named != null && !describes(tokens, named) && !namesAnInstitution(tokens, named)) {
                spans.add(named);
            }
            i = end - 1;
        }
        return spans;
    }

    /** The tagger's span without the words at its edges that belong to no name, or null when none is left. */
    private static Span trimmed(String[] tokens, Span span) {
        int start = span.start();
        int end = span.end();
        boolean organisation = span.type() == EntityType.ORGANIZATION;
        while (start < end && notOfAName(tokens[start]) && !(organisation && OrganisationPhrases.isHead(tokens[start]) && start + 1 < end)) {
            start++;
        }
        while (end > start && (notOfAName(tokens[end - 1]) || CONNECTORS.containsAsWritten(tokens[end - 1])
                || span.type() == EntityType.PERSON && end - start > 1 && ArabicMorphology.hasCliticBeforeArticle(tokens[end - 1]))) {
            end--; // فهد حمزة بالمهرجان: a preposition with the article begins no part of a person's name
        }
        if (start == end) {
            return null;
        }
        boolean arabic = false;
        boolean word = false;
        for (int i = start; i < end; i++) {
            arabic |= ARABIC.matcher(tokens[i]).find();
            word |= tokens[i].length() > 2;
        }
        if (organisation && isOffice(tokens[start])) {
            return null; // لمستشار الأمن القومي: a person's office, not a body
        }
        if (span.type() == EntityType.PERSON && notAPersonsFirstWord(tokens[start])) {
            return null; // بمحافظة صعدة, وزارة الصحة: a place's or a body's words, whatever the tagger says
        }
        boolean described = organisation && end - start == 2 && OrganisationPhrases.isHead(tokens[start]) && isIndefiniteAdjective(tokens[start + 1]);
        return arabic && word && !described ? new Span(start, end, span.type(), null, span.source()) : null;
    }

    /**
     * A person's span with the family name the tagger left off, when a word with the article stands between the
     * name and the comma that opens the role: الشيخ صباح الخالد الحمد الصباح، نائب رئيس مجلس الوزراء.
     */
    private static Span withFamilyName(String[] tokens, Span span) {
        int next = span.end();
        if (next + 1 >= tokens.length || !(tokens[next + 1].equals("،") || tokens[next + 1].equals(","))) {
            return span;
        }
        String t = tokens[next];
        if (!ArabicMorphology.startsWithArticle(t) || notOfAName(t) || isNationality(t) || t.length() < 4) {
            return span;
        }
        return new Span(span.start(), next + 1, span.type(), null, span.source());
    }

    /** شركة الأمن البحري البريطانية "أمبري": a head noun's phrase before a quoted name describes that name. */
    private static boolean describes(String[] tokens, Span span) {
        return span.type() == EntityType.ORGANIZATION && span.end() < tokens.length && "«\"“".indexOf(tokens[span.end()].charAt(0)) >= 0
                && OrganisationPhrases.isHead(tokens[span.start()]);
    }

    /**
     * مطار الملك خالد الدولي, بمركز الأمير سلطان لطب القلب: a person's name after a title after a word for an
     * institution names the institution, as {@link PersonFinder} reads it too.
     */
    private static boolean namesAnInstitution(String[] tokens, Span span) {
        if (span.type() != EntityType.PERSON || span.start() < 2 || !TITLES.contains(tokens[span.start() - 1])) {
            return false;
        }
        return PersonFinder.isInstitutionWord(tokens[span.start() - 2]);
    }

    private static boolean isOffice(String token) {
        String rest = ArabicMorphology.withoutOneProclitic(token);
        String definite = ArabicMorphology.withArticle(rest);
        return TITLES.contains(token) || CUES.contains(token) || TITLES.contains(rest) || CUES.contains(rest) || CUES.contains(definite);
    }

    private static boolean notAPersonsFirstWord(String token) {
        String rest = ArabicMorphology.withoutOneProclitic(token);
        return OrganisationPhrases.isHead(token) || PLACE_WORDS.contains(token) || PLACE_WORDS.contains(rest);
    }

    /** منظمة إرهابية, شركة سعودية: "a terrorist organisation", a description. */
    private static boolean isIndefiniteAdjective(String token) {
        return !ArabicMorphology.hasArticle(ArabicMatchKey.of(token)) && ArabicMorphology.endsAsNisba(token);
    }

    static boolean notOfAName(String token) {
        return NOT_NAMES.contains(token) || STOPPERS.containsAsWritten(token) || TITLES.contains(token) || !Character.isLetterOrDigit(token.charAt(0));
    }

    /** حزب العمال الكردستاني المحظور: a span that only adds describing adjectives to an organisation the gazetteers know. */
    private static boolean describesAKnownName(String[] tokens, Span span, Span[] knownAt) {
        Span known = knownAt[span.start()];
        if (known == null || known.type() != EntityType.ORGANIZATION || known.end() >= span.end()) {
            return false;
        }
        for (int i = known.end(); i < span.end(); i++) {
            if (!DESCRIBING.contains(ArabicMorphology.withoutProclitics(tokens[i]))) {
                return false;
            }
        }
        return true;
    }

    private static final Lexicon DESCRIBING = Lexicon.named("describing-adjectives");

    /**
     * An organisation's span with the nationality adjective after it, if there is one and the name begins with
     * a head noun: the ministry of one country is not another's (وزارة الداخلية البحرينية), but a club's
     * adjective only describes it (ريال مدريد الإسباني).
     */
    private static Span withAdjective(String[] tokens, Span span) {
        if (span.type() != EntityType.ORGANIZATION || span.end() >= tokens.length || !isNationality(tokens[span.end()])
                || OrganisationPhrases.headWord(tokens[span.start()]) == null
                || !OrganisationPhrases.agrees(tokens[span.end()], tokens[span.start()], tokens[span.end() - 1])) {
            return span;
        }
        String canonical = span.canonical() == null ? null : span.canonical() + " " + tokens[span.end()];
        return new Span(span.start(), span.end() + 1, span.type(), canonical, span.source());
    }

    private static boolean isNationality(String token) {
        String t = ArabicMorphology.withoutProclitics(token);
        return ArabicMorphology.startsWithArticle(t) && (NATIONALITIES.contains(t) || NATIONALITIES.contains(ArabicMorphology.masculine(t)));
    }

    /** The span's words as a reader lists the name: without the clitics in front of it, punctuation inside kept tight (بي.بي.سي). */
    private String name(String[] tokens, Span span) {
        StringBuilder b = new StringBuilder();
        for (int i = span.start(); i < span.end(); i++) {
            String t = i == span.start() ? firstWord(tokens[i], span.type()) : tokens[i];
            boolean tight = b.isEmpty() || !Character.isLetterOrDigit(t.charAt(0)) || !Character.isLetterOrDigit(tokens[i - 1].charAt(0));
            b.append(tight ? "" : " ").append(t);
        }
        String name = b.toString();
        return name.length() > 1 ? name : null;
    }

    /** وبنك → بنك, ببغداد → بغداد, ومحمد → محمد, للجنة → اللجنة: a proclitic goes when what is left is a word a name begins with. */
    private String firstWord(String token, EntityType type) {
        String t = ArabicMorphology.withoutProclitics(token);
        if (!t.equals(token)) {
            return t;
        }
        String rest = ArabicMorphology.withoutOneProclitic(token);
        if (rest.equals(token)) {
            return token;
        }
        boolean known = switch (type) {
            case PERSON -> givenNames.isGivenName(rest);
            case ORGANIZATION -> {
                String head = OrganisationPhrases.headWord(token);
                yield head != null && !head.equals(token) || gazetteer.kindOfWord(rest) != null && gazetteer.kindOfWord(token) == null;
            }
            case LOCATION -> gazetteer.kindOfWord(rest) != null;
        };
        return known ? rest : token;
    }
}
