package org.marsad.core.text;

/**
 * The one place that knows how Arabic writes its proclitics and article onto a word: the conjunctions
 * {@code و ف}, the prepositions {@code ب ك ل} and the article {@code ال} ({@code لل} being {@code ل}
 * with the article). Every extractor that compares a word of the text with a name calls it, so a fix
 * reaches them all. Words are taken as {@link ArabicMatchKey} folds them unless a method says otherwise.
 */
public final class ArabicMorphology {

    private static final String ARTICLE = "ال";

    private ArabicMorphology() {
    }

    /**
     * Whether the word carries the article, behind clitics or not: العراق, بالعراق, للتحالف, والعراق. At least two
     * letters follow it: وكالة is no "and, like the" before a lone ة, nor بالغ "in the" before غ.
     */
    public static boolean hasArticle(String word) {
        String w = word.length() > 3 && isConjunction(word.charAt(0)) ? word.substring(1) : word;
        return w.length() > 3 && (w.startsWith(ARTICLE) || w.startsWith("لل")
                || w.length() > 4 && w.startsWith("ب" + ARTICLE) || likeThe(w));
    }

    /**
     * Whether the word begins with ك "like" and the article before a word of four letters or more (كالسعودية): a
     * shorter rest is a name of its own more often (كاليه, كالي), whose stem must not be a common word's (آلية).
     */
    private static boolean likeThe(String w) {
        return w.length() >= 7 && w.startsWith("ك" + ARTICLE);
    }

    /**
     * The word without its proclitics and article: the stem the gazetteers and the entity model compare
     * ({@code وبغداد}, {@code بالعراق}, {@code للتحالف} → بغداد, عراق, تحالف). A conjunction goes only before
     * a preposition or the article, so names that begin with و (وزارة, واشنطن) keep it.
     */
    public static String bare(String word) {
        String w = word;
        if (w.length() > 3 && isConjunction(w.charAt(0)) && !w.startsWith("وزار")) {
            String rest = w.substring(1);
            if (rest.startsWith(ARTICLE) || rest.startsWith("ب") || rest.startsWith("ل") || rest.startsWith("ك")) {
                w = rest;
            }
        }
        if (w.startsWith("لل") && w.length() > 4) {
            w = w.substring(2);
        } else if (w.length() > 4 && w.startsWith("ب" + ARTICLE) || likeThe(w)) {
            w = w.substring(3);
        } else if (w.startsWith(ARTICLE) && w.length() > 3) {
            w = w.substring(2);
        } else if (w.length() > 3 && (w.startsWith("ب") || w.startsWith("ل")) && w.charAt(1) != 'ا') {
            w = w.substring(1);
        }
        return w;
    }

    /**
     * A name as a reader lists it: the clitics in front of an article go, the article stays
     * ({@code وبغداد} stays, {@code والعراق} → العراق, {@code بالعراق} → العراق, {@code للتحالف} → التحالف).
     * Takes the word as written.
     */
    public static String withoutProclitics(String name) {
        // not ك: a name that begins كال is most often foreign (كاليفورنيا, كالكوتا), seldom "like the"
        if (name.startsWith("و" + ARTICLE) || name.startsWith("ف" + ARTICLE) || name.startsWith("ب" + ARTICLE)) {
            return name.substring(1);
        }
        if (name.startsWith("لل") && name.length() > 4) {
            return ARTICLE + name.substring(2);
        }
        return name;
    }

    /**
     * A word of the text as a known name would be written in it: a conjunction and a preposition go
     * whatever follows ({@code للخفاجي}, {@code والخفاجي}, {@code بالخفاجي} → الخفاجي; {@code لتليرسون} →
     * تليرسون), for comparing the word with a name already known, never for making a name.
     */
    public static String asKnownName(String word) {
        String t = word;
        if (t.length() > 4 && isConjunction(t.charAt(0))) {
            t = t.substring(1);
        }
        if (t.length() > 4 && t.startsWith("لل")) {
            return ARTICLE + t.substring(2);
        }
        if (t.length() > 4 && (t.startsWith("ب" + ARTICLE) || t.startsWith("ك" + ARTICLE))) {
            return t.substring(1);
        }
        if (t.length() > 4 && t.startsWith("ل") && !t.startsWith(ARTICLE)) {
            return t.substring(1);
        }
        return t;
    }

    /** The word without a leading conjunction و or ف, when something is left of it; else the word. */
    public static String withoutConjunction(String word) {
        return word.length() > 3 && isConjunction(word.charAt(0)) ? word.substring(1) : word;
    }

    private static boolean isConjunction(char c) {
        return c == 'و' || c == 'ف';
    }

    /**
     * The word without one proclitic letter (و ف ب ل) when it has more than three letters: for
     * comparing a word that may carry one with a list ({@code ومستشفى}, {@code لجائزة}).
     */
    public static String withoutOneProclitic(String word) {
        return word.length() > 3 && "وفبل".indexOf(word.charAt(0)) >= 0 ? word.substring(1) : word;
    }

    /** A preposition or conjunction before the article: {@code للإغاثة}, {@code بالرياض}, {@code والإعلام}. */
    public static boolean hasCliticBeforeArticle(String word) {
        return word.startsWith("لل") || word.length() > 4 && (word.startsWith("ب" + ARTICLE) || word.startsWith("و" + ARTICLE));
    }

    /** A feminine adjective with the article ({@code المركزية}, {@code الإنسانية}): a thing's name going on, not a person's. */
    public static boolean isFeminineAdjectiveWithArticle(String word) {
        return word.startsWith(ARTICLE) && word.endsWith("ية");
    }

    /**
     * Prefixes of derived present and future verbs ({@code يستقبل}, {@code يتوجه}, {@code سيتابع}), which begin
     * no name. A bare ي or سي would: foreign family names do ({@code يلدريم}, {@code سيشنز}).
     */
    public static boolean looksLikeDerivedPresentVerb(String word) {
        return word.length() > 4 && (word.startsWith("يست") || word.startsWith("يت") || word.startsWith("سيت") || word.startsWith("سيست"));
    }

    /** Whether the word begins with the article. */
    public static boolean startsWithArticle(String word) {
        return word.startsWith(ARTICLE);
    }

    /** Whether the word ends as a nisba or feminine adjective does: ي, ية, ة ({@code المدني}, {@code الدولية}, {@code العامة}). */
    public static boolean endsAsAdjective(String word) {
        return endsAsNisba(word) || word.endsWith("ة");
    }

    /** Whether the word ends as a nisba adjective: ي or ية ({@code إرهابية}, {@code المدني}). */
    public static boolean endsAsNisba(String word) {
        return word.endsWith("ي") || word.endsWith("ية");
    }

    /** Whether the word is feminine by its ending: ة, or ات of a plural ({@code المنظمة}, {@code الإمارات}); folded text writes ة as ه. */
    public static boolean isFeminine(String word) {
        return word.endsWith("ة") || word.endsWith("ه") || word.endsWith("ات");
    }

    /** The masculine of a feminine word ({@code البحرينية} → {@code البحريني}); other words as they are. */
    public static String masculine(String word) {
        return word.endsWith("ة") ? word.substring(0, word.length() - 1) : word;
    }

    /** لل: the preposition ل before the article ({@code للانتخابات}). */
    public static boolean hasLamBeforeArticle(String word) {
        return word.length() > 4 && word.startsWith("لل");
    }

    /** The word as it is after the article: للانتخابات → الانتخابات; a word without لل as it is. */
    public static String withArticleForLam(String word) {
        return hasLamBeforeArticle(word) ? ARTICLE + word.substring(2) : word;
    }

    /** The preposition ل alone before a word without the article ({@code لكرة}, {@code لنصرة}). */
    public static boolean hasLamBeforeNoun(String word) {
        return word.length() > 3 && word.startsWith("ل") && !word.startsWith("لل");
    }

    /** و before the article ({@code والقروية}). */
    public static boolean hasAndBeforeArticle(String word) {
        return word.length() > 5 && word.startsWith("و" + ARTICLE);
    }

    /** The word with the article ({@code مستشار} → {@code المستشار}); a word that has it as it is. */
    public static String withArticle(String word) {
        return word.startsWith(ARTICLE) ? word : ARTICLE + word;
    }

    /**
     * The word without a possessive pronoun at its end ({@code جنودها}, {@code مقاتليه}, {@code عناصرهم} → جنود,
     * مقاتلي, عناصر), or null when none can go: three letters at least stay. Takes the word folded, where ة is
     * ه, so a caller tries the stem only where the whole word means nothing.
     */
    public static String withoutPossessive(String word) {
        for (String suffix : POSSESSIVES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return null;
    }

    private static final String[] POSSESSIVES = {"هما", "هم", "ها", "كم", "نا", "ه"};

    /** Whether the word begins with one proclitic letter (و ف ب ل ك) and is long enough to carry one. */
    public static boolean beginsWithProcliticLetter(String word) {
        return word.length() > 3 && "وفبلك".indexOf(word.charAt(0)) >= 0;
    }
}
