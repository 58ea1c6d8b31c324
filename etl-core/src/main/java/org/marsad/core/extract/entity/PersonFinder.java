package org.marsad.core.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.marsad.core.text.AnchoredMatches;
import org.marsad.core.text.ArabicMorphology;
import org.marsad.core.text.Lexicon;

/**
 * Finds people by the titles and roles news copy puts before names ({@code وزير الداخلية X},
 * {@code المتحدث باسم …، X}, {@code اللواء X}, {@code الشيخ X}, {@code الباحث السياسي X}). A name is two
 * or three words, the first not carrying the article; later mentions by the family name alone after a
 * speech verb ({@code وقال الخفاجي}) count for the full name found earlier. Precision first: a name
 * after a speech verb alone is not taken (it is as often an institution); the trained model of the
 * entity extraction is the place for recall.
 */
public final class PersonFinder {

    private static final Lexicon STOPPERS = Lexicon.named("name-stoppers");
    /** Words that join the next one into a single part of a name. */
    private static final Lexicon CONNECTORS = Lexicon.named("name-connectors");
    /** Words before a title that make title and name the name of a thing ({@code مستشفى الملك فهد}). */
    private static final Lexicon INSTITUTIONS = Lexicon.named("institution-words");
    private static final String SPOKESMAN_NOUN = Lexicon.named("spokesman-nouns").alternation()
            + "(?: " + Lexicon.named("spokesman-adjectives").alternation() + ")? باسم";
    private static final String TITLE = "(?:" + Lexicon.named("person-offices-of-nationality").alternation() + " [\\p{L}]+ ال[\\p{L}]+(?:ي|ية)"
            + "|رئيس " + Lexicon.named("person-head-bodies").alternation() + " [\\p{L}]+(?: [\\p{L}]+)?"
            + "|" + Lexicon.named("person-titles").alternation()
            + "|" + Lexicon.named("person-offices").alternation() + " [\\p{L}]+"
            + "|" + Lexicon.named("person-two-word-offices").alternation() + " [\\p{L}]+(?: [\\p{L}]+)?"
            + "|" + Lexicon.named("person-expert-titles").alternation() + "(?: [\\p{L}]+)?"
            + "|د\\.)";
    private static final String VERB = "(?:و|ف)?" + Lexicon.named("speech-verbs").alternation() + "(?:ت)?";
    // up to five words: connectors take room (سلمان بن عبد العزيز); name() keeps at most three parts
    private static final Pattern AFTER_TITLE = Pattern.compile("(?<![\\p{L}])" + TITLE + "[،,]?\\s+([\\p{L}]+(?:\\s+[\\p{L}]+){1,4})");
    /** {@code المتحدث باسم قيادة العمليات المشتركة، تحسين الخفاجي}: the name follows the comma. */
    private static final Pattern SPOKESMAN = Pattern.compile(SPOKESMAN_NOUN + " [^،,.]{2,60}[،,]\\s+([\\p{L}]+(?:\\s+[\\p{L}]+){1,2})");
    /**
     * A role of a body and the name after it, no comma between: {@code المتحدث باسم قيادة العمليات المشتركة تحسين
     * الخفاجي}, {@code الأمين العام للأمم المتحدة أنطونيو غوتيريش}, {@code سفير الاتحاد الأوروبي في بغداد فيلا فاريولا}.
     * The body is a construct ending in words with the article; the name must be followed by what follows a
     * subject (a comma, أن, إلى, في بيان, a word with و) — {@code أكد سفير الاتحاد الأوروبي أهمية دور العراق} names nobody.
     */
    private static final Pattern ROLE_OF = Pattern.compile("(?<![\\p{L}])(?:" + SPOKESMAN_NOUN + "|" + Lexicon.named("role-heads").alternation() + ")"
            + "\\s+(?:[\\p{L}]+\\s+)?(?:ال|لل)[\\p{L}]+(?:\\s+(?:(?:ال|لل|وال)[\\p{L}]+|ل[\\p{L}]+\\s+ال[\\p{L}]+))*(?:\\s+في\\s+[\\p{L}]+)?[،,]?\\s+"
            + "([\\p{L}]+(?:\\s+[\\p{L}]+){1,4})");
    private static final Pattern SUBJECT_FOLLOWS = Pattern.compile("\\s*(?:[،,.:؛!؟\"«]|$)|\\s+(?:" + Lexicon.named("subject-followers").alternationAsWritten()
            + "(?![\\p{L}])|و[\\p{L}]{2,}|في\\s+" + Lexicon.named("statement-nouns").alternation() + ")");
    /** {@code المدعو «أبوإبراهيم القرشي»}: a name given as such. */
    private static final Pattern CALLED = Pattern.compile("(?<![\\p{L}])" + Lexicon.named("so-called").alternation()
            + "\\s*[«\"]?([\\p{L}]+(?:\\s+[\\p{L}]+){1,3})");
    private static final GivenNames GIVEN_NAMES = GivenNames.standard();
    private static final Pattern SPEECH_VERB = Pattern.compile(VERB);
    private static final Pattern AFTER_VERB = Pattern.compile("(?<![\\p{L}])" + VERB + "\\s+([\\p{L}]+(?:\\s+[\\p{L}]+){0,2})");

    public List<EntityMention> find(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        // titles and speech verbs begin a word: the patterns are tried at word starts only
        int[] wordStarts = AnchoredMatches.wordStarts(text);
        // several patterns can find one mention (المتحدث باسم القيادة اللواء X): a name's place counts once
        Set<Integer> seen = new java.util.HashSet<>();
        collect(SPOKESMAN.matcher(text).results().toList(), counts, seen);
        collect(AnchoredMatches.at(ROLE_OF, text, wordStarts).stream().filter(m -> subjectFollows(text, m)).toList(), counts, seen);
        collect(AnchoredMatches.at(CALLED, text, wordStarts), counts, seen);
        collect(AnchoredMatches.at(AFTER_TITLE, text, wordStarts).stream().filter(m -> !namesAnInstitution(text, m.start())).toList(), counts,
                seen);
        collectFamilyNames(AnchoredMatches.at(AFTER_VERB, text, wordStarts), counts);
        List<EntityMention> out = new ArrayList<>();
        counts.forEach((name, n) -> out.add(new EntityMention(EntityType.PERSON, name, n)));
        return out;
    }

    /** Whether the name a match found (as {@link #name} keeps it) is followed by what follows a subject. */
    private static boolean subjectFollows(String text, MatchResult m) {
        String name = name(m.group(1));
        if (name == null || !text.startsWith(name, m.start(1))) {
            return false;
        }
        return SUBJECT_FOLLOWS.matcher(text).region(m.start(1) + name.length(), text.length()).lookingAt();
    }

    /** After a speech verb only a family name already known from a full mention counts: precision first. */
    private static void collectFamilyNames(List<MatchResult> matches, Map<String, Integer> counts) {
        for (MatchResult m : matches) {
            String name = name(m.group(1));
            String known = name == null ? null : knownByFamilyName(name.contains(" ") ? name.substring(name.lastIndexOf(' ') + 1) : name, counts);
            if (known != null && (name.equals(known) || !name.contains(" "))) {
                counts.merge(known, 1, Integer::sum);
            } else if (known == null && startsWithGivenName(name)) {
                counts.merge(name, 1, Integer::sum);
            }
        }
    }

    /**
     * {@code وقال محمد العلي إن}: after a speech verb, a given name followed by a family name (with the article)
     * or a father's given name is a person; a given name that is also a word ({@code أمين عام}) is not followed so.
     */
    private static boolean startsWithGivenName(String name) {
        if (name == null || !name.contains(" ")) {
            return false;
        }
        String[] parts = name.split(" ");
        boolean alsoAWord = GIVEN_NAMES.isAlsoAWord(parts[0]); // حسن التدبير, صالح العام: a phrase, not a name
        return GIVEN_NAMES.isGivenName(parts[0]) && (ArabicMorphology.startsWithArticle(parts[1]) && !alsoAWord || GIVEN_NAMES.isGivenName(parts[1]));
    }

    private static void collect(List<MatchResult> matches, Map<String, Integer> counts, Set<Integer> seen) {
        for (MatchResult m : matches) {
            String name = name(m.group(1));
            if (name == null || !seen.add(m.start(1))) {
                continue;
            }
            if (!name.contains(" ")) {
                name = knownByFamilyName(name, counts); // a family name alone counts only for a full name seen before
            }
            if (name != null) {
                counts.merge(name, 1, Integer::sum);
            }
        }
    }

    /**
     * A given name and a family name, with a third word only when it is a family name after a plain
     * second one (محمد جواد الأسدي); a lone word with the article is a family name mentioned alone. A
     * connector binds the word after it ({@code بن سلمان}, {@code عبد الله}, {@code أبو بكر}), so that a
     * name never ends in one; words that cannot be part of a name end it (see {@link #endsName}).
     */
    private static String name(String words) {
        List<String> kept = new ArrayList<>();
        for (String unit : units(words.split("\\s+"))) {
            String first = unit.contains(" ") ? unit.substring(0, unit.indexOf(' ')) : unit;
            String end = unit.contains(" ") ? unit.substring(unit.lastIndexOf(' ') + 1) : unit;
            if (endsName(first) || CONNECTORS.contains(end) || kept.size() == 3 || !kept.isEmpty() && looksLikeAVerb(first)
                    || kept.size() == 2 && !(ArabicMorphology.startsWithArticle(unit) && !ArabicMorphology.startsWithArticle(kept.get(1)))) {
                break;
            }
            kept.add(unit);
        }
        if (kept.isEmpty() || OrganisationPhrases.isHead(kept.get(0))) {
            return null; // رئيس مجلس الإدارة عضو مجلس الشورى الدكتور: a body after an office, not a name
        }
        if (ArabicMorphology.startsWithArticle(kept.get(0))) {
            return kept.size() == 1 ? kept.get(0) : null;
        }
        return kept.size() >= 2 ? String.join(" ", kept) : null;
    }

    /**
     * A derived present or future verb after a name ({@code سلمان يستقبل}, {@code يتوجه}, {@code سيتابع}): prefixes that
     * begin no name. A bare ي or سي would, as foreign family names do ({@code يلدريم}, {@code سيشنز}).
     */
    private static boolean looksLikeAVerb(String word) {
        return ArabicMorphology.looksLikeDerivedPresentVerb(word) && !GIVEN_NAMES.isGivenName(word);
    }

    /** The words with each connector joined to the word after it; a connector with nothing after it stays alone. */
    private static List<String> units(String[] words) {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            StringBuilder unit = new StringBuilder(words[i]);
            String last = words[i];
            while (CONNECTORS.contains(last) && i + 1 < words.length && !endsName(words[i + 1])) {
                last = words[++i];
                unit.append(' ').append(last);
            }
            units.add(unit.toString());
        }
        return units;
    }

    /**
     * Function words and titles, and words with a preposition and the article ({@code للإغاثة},
     * {@code بالرياض}) or a conjunction and the article ({@code والإعلام}), and feminine adjectives with the
     * article ({@code المركزية}, a thing's name going on): the name ended before them.
     */
    private static boolean endsName(String word) {
        return STOPPERS.containsAsWritten(word) || word.length() > 3 && word.charAt(0) == 'و' && STOPPERS.containsAsWritten(word.substring(1))
                || SPEECH_VERB.matcher(word).matches() || ArabicMorphology.hasCliticBeforeArticle(word)
                || ArabicMorphology.isFeminineAdjectiveWithArticle(word);
    }

    /**
     * {@code مستشفى الملك فهد}, {@code جائزة الأمير سلطان}: a title and a name after a word naming an institution,
     * a place or a prize name that thing, not a person mentioned.
     */
    private static boolean namesAnInstitution(String text, int titleStart) {
        int end = titleStart;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return isInstitutionWord(text.substring(start, end));
    }

    /** A word naming an institution (مستشفى, بمركز), clitic aside: a title and name after it name the thing. */
    static boolean isInstitutionWord(String word) {
        return INSTITUTIONS.contains(word) || INSTITUTIONS.contains(ArabicMorphology.withoutOneProclitic(word));
    }

    private static String knownByFamilyName(String name, Map<String, Integer> counts) {
        if (name.contains(" ")) {
            return null;
        }
        for (String full : counts.keySet()) {
            if (full.endsWith(" " + name)) {
                return full;
            }
        }
        return null;
    }
}
