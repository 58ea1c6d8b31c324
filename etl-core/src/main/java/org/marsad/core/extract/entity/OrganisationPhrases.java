package org.marsad.core.extract.entity;

import java.util.ArrayList;
import java.util.List;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.ArabicMorphology;
import org.marsad.core.text.Lexicon;

/**
 * Organisations named by a head noun and what qualifies it, as Arabic names most bodies: {@code وزارة الطيران
 * المدني}, {@code اللجنة الأولمبية الدولية}, {@code وزارة الشؤون البلدية والقروية}, {@code الإدارة العامة
 * للمجاهدين}, {@code جامعة بغداد}, {@code جامعة الملك سعود}. The head ({@code organisation-heads.txt}) takes
 * the words after it that carry the article (or لل, or و with an adjective), a place the gazetteers know (after
 * a word for an institution: جامعة, مستشفى), or the name after a title; a head with nothing after it (الوزارة)
 * names nothing, nor does a head with the article and adjectives that only describe (القوات الأمنية).
 * Over a sentence's tokens.
 */
final class OrganisationPhrases {

    private static final Lexicon HEADS = Lexicon.named("organisation-heads");
    private static final Lexicon STOPPERS = Lexicon.named("name-stoppers");
    private static final Lexicon TITLES = Lexicon.named("person-titles");
    private static final Lexicon CUES = Lexicon.named("person-cues");
    private static final Lexicon NAMING = Lexicon.named("naming-adjectives");
    private static final Lexicon INSTITUTIONS = Lexicon.named("institution-words");
    private static final Lexicon CONNECTORS = Lexicon.named("name-connectors");
    private static final Lexicon NOT_NAMES = Lexicon.named("not-names");
    private static final Lexicon LED_BY = Lexicon.named("led-by-words");
    private static final Lexicon TRADES = Lexicon.named("company-activities");
    private static final int MOST_WORDS = 7;
    private static final String QUOTES = "«\"“";

    private final EntityGazetteer gazetteer;
    private final GivenNames givenNames = GivenNames.standard();

    OrganisationPhrases(EntityGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Spans [start, end) of organisation names; the first token may carry a clitic (وبنك, للجنة). */
    List<int[]> find(String[] tokens) {
        List<int[]> spans = new ArrayList<>(companies(tokens));
        for (int i = 0; i < tokens.length; i++) {
            if (!isHead(tokens[i]) || LED_BY.contains(tokens[i])) {
                continue;
            }
            int end = qualified(tokens, i + 1);
            boolean descriptor = end < tokens.length && QUOTES.indexOf(tokens[end].charAt(0)) >= 0; // شركة الأمن البحري البريطانية "أمبري"
            if (end > i + 1 && !descriptor && !ofTheBodyAlreadyNamed(tokens, i, end)
                    && (!ArabicMorphology.hasArticle(ArabicMatchKey.of(tokens[i])) || named(tokens, i + 1, end))) {
                spans.add(new int[] {i, end});
                i = end - 1;
            }
        }
        return spans;
    }

    /**
     * مجلس الإدارة, إدارة المطار, مؤسسة الرئاسة: a head whose one genitive is a body's or an institution's word
     * with the article is a part of a body the text names elsewhere (its board, its management), not a name.
     */
    private static boolean ofTheBodyAlreadyNamed(String[] tokens, int head, int end) {
        if (end != head + 2 || !ArabicMorphology.startsWithArticle(tokens[head + 1])) {
            return false;
        }
        String word = tokens[head + 1].substring(2);
        return HEADS.contains(word) || INSTITUTIONS.contains(word);
    }

    /**
     * A company named by a word and its trade: مصر للطيران, ملاذ للتأمين, الصقر للتأمين. The word before the
     * trade is no function word, title, head (شركة الصقر للتأمين is a phrase already) or present verb.
     */
    private static List<int[]> companies(String[] tokens) {
        List<int[]> out = new ArrayList<>();
        for (int i = 1; i < tokens.length; i++) {
            String name = tokens[i - 1];
            if (TRADES.contains(tokens[i]) && name.length() > 2 && name.chars().allMatch(Character::isLetter) && !STOPPERS.containsAsWritten(name)
                    && !TITLES.contains(name) && !CUES.contains(name) && !NOT_NAMES.contains(name) && !isHead(name)
                    && !ArabicMorphology.looksLikeDerivedPresentVerb(name)) {
                out.add(new int[] {i - 1, i + 1});
            }
        }
        return out;
    }

    /** A definite head with adjectives names a body only with a naming adjective: اللجنة الأولمبية الدولية, not القوات الأمنية. */
    private static boolean named(String[] tokens, int from, int end) {
        for (int i = from; i < end; i++) {
            String t = ArabicMorphology.withoutProclitics(tokens[i]);
            if (NAMING.contains(t) || NAMING.contains(ArabicMorphology.masculine(t))) {
                return true;
            }
        }
        return false;
    }

    static boolean isHead(String token) {
        String key = ArabicMatchKey.of(token);
        String withoutAnd = ArabicMorphology.withoutConjunction(key);
        return HEADS.contains(key) || HEADS.contains(withoutAnd) || HEADS.contains(ArabicMorphology.bare(key))
                || HEADS.contains(ArabicMorphology.bare(withoutAnd));
    }

    /**
     * Where the qualifying words that begin at {@code from} end. After a head without the article the
     * genitive follows (وزارة التعليم, جامعة بغداد); after a head with it only adjectives do (اللجنة الأولمبية
     * الدولية: in ودعت الجامعة المرشحات the next word is the verb's object), until a word with لل opens a
     * genitive again (اللجنة المحلية للانتخابات البلدية).
     */
    private int qualified(String[] tokens, int from) {
        String head = tokens[from - 1];
        boolean genitive = !ArabicMorphology.hasArticle(ArabicMatchKey.of(head));
        boolean opened = false;
        int end = from;
        while (end < tokens.length && end - from < MOST_WORDS) {
            String t = tokens[end];
            if ((TITLES.contains(t) || CUES.contains(t)) && end + 1 < tokens.length && givenNames.isGivenName(tokens[end + 1])) {
                return end == from && genitive ? personalName(tokens, end + 1) : end; // جامعة الملك سعود, جامعة الأميرة نورة بنت عبدالرحمن
            }
            if (STOPPERS.containsAsWritten(t) || TITLES.contains(t) || CUES.contains(t) || NOT_NAMES.contains(t)) {
                break;
            }
            if (end == from && genitive && !INSTITUTIONS.contains(ArabicMorphology.withoutOneProclitic(head)) && placeAt(tokens, end)) {
                break; // قيادة الولايات المتحدة: the command of a country, not a body's name
            }
            if (ArabicMorphology.hasLamBeforeNoun(t) && end > from + 1 && isParticiple(tokens[end - 1])) {
                end--; // وزارة الشؤون الاجتماعية الهادفة لمواكبة: the participle and its aim describe the body
                break;
            }
            boolean opens = ArabicMorphology.hasLamBeforeArticle(t) && !placeAt(new String[] {ArabicMorphology.withArticleForLam(t)}, 0)
                    || ArabicMorphology.hasLamBeforeNoun(t) && end > from && describesTheHead(tokens[end - 1]) && end + 1 < tokens.length
                    && ArabicMorphology.startsWithArticle(tokens[end + 1]);
            if (opens && !opened) {
                genitive = true; // للانتخابات, لكرة القدم: once a name
                opened = true;
                end++;
            } else if (ArabicMorphology.startsWithArticle(t) && (genitive || isAdjective(t) && agrees(t, head, tokens[end - 1]))
                    || isAdjectiveAfterAnd(t) || genitive && end > from && isGenitiveAfterAnd(t, tokens[end - 1])
                    && gazetteer.spans(new String[] {t.substring(1)}).isEmpty()) { // جبهة النصرة والقاعدة names two
                end++;
            } else if (genitive && end == from && INSTITUTIONS.contains(ArabicMorphology.withoutOneProclitic(head))) {
                int place = knownPlaceAt(tokens, end);
                if (place == end) {
                    break;
                }
                end = place; // جامعة بغداد, شركة قطر القابضة: adjectives may follow the place
                genitive = false;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * Whether an adjective agrees in gender with the head or the word before it: المنظمة العالمية takes no
     * الألماني, which describes the next noun (الألماني توماس باخ).
     */
    static boolean agrees(String adjective, String head, String previous) {
        boolean feminine = feminine(adjective);
        return feminine == feminine(head) || feminine == feminine(previous);
    }

    private static boolean feminine(String word) {
        String key = ArabicMatchKey.of(word);
        return ArabicMorphology.isFeminine(key);
    }

    /**
     * A nisba or a naming adjective, after which a ل with a noun opens the body's aim as part of its name (الجمعية
     * الخيرية لرعاية الأيتام, الهيئة العامة لمكافحة الفساد); after a noun it is the verb's (دعت وزارة الصحة لمواجهة).
     */
    private static boolean describesTheHead(String t) {
        return isAdjective(t) && (ArabicMorphology.endsAsNisba(t) || NAMING.contains(t) || NAMING.contains(ArabicMorphology.masculine(t)));
    }

    /** A nisba or feminine adjective with the article: الدولية, المدني, العامة. */
    private static boolean isAdjective(String t) {
        return t.length() > 4 && ArabicMorphology.endsAsAdjective(t);
    }

    /**
     * The head as a name begins with it: the token, or the token without a clitic when the rest is a head and
     * the token is not one as written (وبنك → بنك, بجامعة → جامعة; وكالة stays).
     */
    static String headWord(String token) {
        String key = ArabicMatchKey.of(token);
        if (HEADS.contains(key)) {
            return token;
        }
        String rest = ArabicMorphology.withoutOneProclitic(token);
        if (!rest.equals(token) && HEADS.contains(rest)) {
            return rest;
        }
        return HEADS.contains(ArabicMorphology.bare(key)) ? ArabicMorphology.withoutProclitics(token) : null;
    }

    /**
     * والإرشاد in مكتب الدعوة والإرشاد, والمواصلات in هيئة الطرق والمواصلات: a second noun of the genitive, after a
     * noun (not an adjective) and not itself a body (وزارة الداخلية والجيش names two).
     */
    private static boolean isGenitiveAfterAnd(String t, String previous) {
        return ArabicMorphology.hasAndBeforeArticle(t) && ArabicMorphology.startsWithArticle(previous) && !ArabicMorphology.endsAsNisba(previous)
                && !isHead(t.substring(3));
    }

    /**
     * A participle with the article, which describes rather than names: الهادفة, المعنية (فاعلة, or مـ after the
     * article, ending in ة); a nisba (الاجتماعية) or a naming adjective (العامة) is not one.
     */
    private static boolean isParticiple(String t) {
        if (!ArabicMorphology.startsWithArticle(t) || !t.endsWith("ة") || ArabicMorphology.endsAsNisba(t) || NAMING.contains(t)
                || NAMING.contains(ArabicMorphology.masculine(t))) {
            return false;
        }
        String core = t.substring(2);
        return core.length() == 5 && core.charAt(1) == 'ا' || core.startsWith("م");
    }

    /** والقروية, والاجتماعية: a second adjective of the same head. */
    private static boolean isAdjectiveAfterAnd(String t) {
        return ArabicMorphology.hasAndBeforeArticle(t) && ArabicMorphology.endsAsNisba(t) && !isHead(t.substring(3)); // not والجمعية
    }

    private int knownPlaceAt(String[] tokens, int at) {
        for (EntityGazetteer.TokenSpan known : gazetteer.spans(java.util.Arrays.copyOfRange(tokens, at, Math.min(tokens.length, at + 4)))) {
            if (known.start() == 0 && known.type() == EntityType.LOCATION && !ArabicMorphology.hasArticle(ArabicMatchKey.of(tokens[at]))
                    && !placeBehindPreposition(tokens, at)) {
                return at + known.end();
            }
        }
        return at;
    }

    /** Whether a place the gazetteers know begins at the token. */
    private boolean placeAt(String[] tokens, int at) {
        String[] rest = java.util.Arrays.copyOfRange(tokens, at, Math.min(tokens.length, at + 4));
        return gazetteer.spans(rest).stream().anyMatch(s -> s.start() == 0 && s.type() == EntityType.LOCATION);
    }

    /** بمكة, لبغداد: "in Mecca", which ends the name; بغداد itself begins with ب. */
    private boolean placeBehindPreposition(String[] tokens, int at) {
        String t = tokens[at];
        if (!ArabicMorphology.beginsWithProcliticLetter(t)) {
            return false;
        }
        // a window, not the sentence: a feed's one endless "sentence" must not be copied for every word
        String[] rest = java.util.Arrays.copyOfRange(tokens, at, Math.min(tokens.length, at + 4));
        rest[0] = t.substring(1);
        return placeAt(rest, 0) && !gazetteer.spans(new String[] {t}).isEmpty();
    }

    /** A given name and what binds to it (بنت عبدالرحمن, بن عبدالعزيز). */
    private static int personalName(String[] tokens, int from) {
        int end = from + 1;
        while (end + 1 < tokens.length && CONNECTORS.containsAsWritten(tokens[end])) {
            end += 2;
        }
        return end;
    }
}
