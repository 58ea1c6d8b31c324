package org.marsad.core.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.ArabicMorphology;
import org.marsad.core.text.Lexicon;

/**
 * Places named by a word for their kind before them, as Arabic news names towns, villages and districts the
 * gazetteers may lack (see {@link #find}). Over a sentence's tokens; the entity finder and, through it, the
 * event places use it.
 */
final class PlacesByKind {

    private static final Pattern ARABIC = Pattern.compile("[\\u0621-\\u064A]");
    private static final Lexicon PLACE_KINDS = Lexicon.named("place-kind-words");
    private static final Lexicon NOT_PLACE_NAMES = Lexicon.named("not-place-names");
    private static final Lexicon PLACE_WORDS = Lexicon.named("place-context");
    private static final Lexicon CUES = Lexicon.named("person-cues");

    private final EntityGazetteer gazetteer;
    private final GivenNames givenNames = GivenNames.standard();

    PlacesByKind(EntityGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Whether the word is a kind of place (مدينة, بمحافظة), clitics aside. */
    static boolean isKind(String token) {
        return PLACE_KINDS.contains(ArabicMorphology.withoutOneProclitic(token)) || PLACE_KINDS.contains(token);
    }

    /**
     * Places the text names by their kind, where the gazetteers and the tagger may lack them: بمحافظة رأس تنورة,
     * قرية حجلان مريس, بلدة بريتال. The kind without the article (في المنطقة الحدودية the next word is an
     * adjective) and not a body's head (مديرية, جبهة); one word after it, after منطقة with the article too unless an
     * adjective or a common noun of not-place-names.txt (منطقة البياع, منطقة الهلال النفطي; not منطقة الجزاء, منطقة
     * الحادث), and a second without the article that is no direction, verb, adjective or kind (مدينة مديات بمحافظة ماردين); no title
     * (مدينة الملك عبدالعزيز) or vague word (مناطق أخرى). Spans [start, end) of the places' names, the kind word
     * left out.
     */
    List<int[]> find(String[] tokens) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.length; i++) {
            String kind = tokens[i];
            if (!isKind(kind) || kind.endsWith("ه")
                    || ArabicMorphology.hasArticle(ArabicMatchKey.of(kind)) || OrganisationPhrases.isHead(kind)) {
                continue; // فرض منطقه عليها: "his logic" folds to منطقة
            }
            String first = tokens[i + 1];
            boolean definite = ArabicMorphology.startsWithArticle(first);
            String kindKey = ArabicMatchKey.of(ArabicMorphology.withoutOneProclitic(kind));
            boolean area = kindKey.startsWith("منطق") && !kindKey.endsWith("تي"); // منطقتي الفازة والجاح names two places
            // after منطقة a definite word names a place (منطقة البياع, بمنطقة الفحيص) unless it is an adjective (المنطقة الحدودية
            // is read above; منطقة الشرقية is a region the gazetteers know) or a word of games and markets (منطقة الجزاء, اليورو)
            boolean areaName = definite && area && !ArabicMorphology.endsAsNisba(first)
                    && !feminineAdjective(ArabicMorphology.withoutOneProclitic(first).replaceFirst("^ال", ""));
            // an adjective with the article cannot follow an indefinite common noun: مدينة جنوة الإيطالية names the town
            boolean namedByItsAdjective = !definite && i + 2 < tokens.length && ArabicMorphology.startsWithArticle(tokens[i + 2])
                    && ArabicMorphology.endsAsNisba(tokens[i + 2]);
            if (!namesAPlace(first) || !definite && (describes(kind, first) && !namedByItsAdjective || first.startsWith("ي")) || definite && area && !areaName
                    || !gazetteer.spans(new String[] {first}).isEmpty()) {
                continue; // منطقة عازلة, قرية صغيرة describe; يغلب is a verb; منطقة الجزاء is no place; a known place the gazetteers give
            }
            int end = i + 2;
            if (!(definite && area) && end < tokens.length && namesAPlace(tokens[end]) && !ArabicMorphology.startsWithArticle(tokens[end]) && !tokens[end].startsWith("و")
                    && !ArabicMorphology.hasCliticBeforeArticle(tokens[end]) && gazetteer.spans(new String[] {tokens[end]}).isEmpty()
                    && !PLACE_WORDS.contains(tokens[end]) && !PLACE_WORDS.contains(ArabicMorphology.withoutOneProclitic(tokens[end])) && !isKind(tokens[end]) && !ArabicMorphology.endsAsNisba(tokens[end])
                    && !ArabicMorphology.looksLikeDerivedPresentVerb(tokens[end]) && !givenNames.isGivenName(tokens[end])) {
                end++;
            } else if (areaName && end < tokens.length && ArabicMorphology.startsWithArticle(tokens[end]) && ArabicMorphology.endsAsNisba(tokens[end])
                    && tokens[end].length() > 4 && !NOT_PLACE_NAMES.contains(tokens[end])) { // not التي, الذي
                end++; // منطقة الهلال النفطي: a definite name's own adjective
            }
            out.add(new int[] {i + 1, end});
        }
        return out;
    }

    /**
     * Whether an indefinite word after a kind is an adjective of it: an adjective agrees with its noun, so after a
     * feminine kind (قرية صغيرة, منطقة حدودية) only a feminine word is one and جزيرة سولاويسي, مدينة كراتشي are names.
     */
    private static boolean describes(String kind, String word) {
        return ArabicMatchKey.of(kind).endsWith("ه") ? feminineAdjective(word) : ArabicMorphology.endsAsAdjective(word);
    }

    /**
     * Whether a word in ة has the shape of a feminine adjective: a nisba (حدودية), a short word (حرة, آمنة), فعيلة
     * (صغيرة, قديمة), فاعلة (نائية, عازلة) or a participle in م (مجاورة, محتلة); a name in ة of another shape (جزيرة
     * قرقنة) is not one.
     */
    private static boolean feminineAdjective(String word) {
        if (!word.endsWith("ة")) {
            return false; // منطقة إنزه: a name in ه
        }
        String w = ArabicMatchKey.of(word);
        int n = w.length();
        return w.endsWith("يه") || n <= 4 || n == 5 && (w.charAt(2) == 'ي' || w.charAt(1) == 'ا') || n >= 5 && w.charAt(0) == 'م';
    }

    private static boolean namesAPlace(String token) {
        return token.length() >= 3 && ARABIC.matcher(token).find() && token.chars().allMatch(Character::isLetter) && !EntityFinder.notOfAName(token)
                && !CUES.contains(token) && !NOT_PLACE_NAMES.contains(token) && !OrganisationPhrases.isHead(token);
    }

}
