package org.marsad.core.extract.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.marsad.core.extract.entity.EntityFinder.LocatedName;
import org.marsad.core.extract.entity.EntityType;
import org.marsad.core.extract.event.PlaceHierarchy.Place;
import org.marsad.core.extract.quantity.Quantity;
import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.ArabicMorphology;
import org.marsad.core.text.Lexicon;

/**
 * Where a count happened. The place named after the count, before the sentence's next count (قتل 5 في
 * الموصل, وأصيب 120 في الضفة الغربية), else the nearest before it; of a chain of places named together the
 * most specific (في جبال قره جوغ بالموصل شمالي العراق is Qara Chokh); its region and country from {@link
 * PlaceHierarchy}, or, for a place the table lacks, from a wider place the sentence names or the one country
 * the article's places lie in. With no place in the sentence, the dateline's, when the article's places do
 * not put it elsewhere. A place that owns a force (ميليشيات إيران) is no event's place; a sea or a continent is one
 * only right after في (or a sea after عبر), in no country.
 */
final class EventPlaces {

    private static final int UNKNOWN_PLACE = 2; // a place the tables do not know ranks as a city: most often a village, at times a wider phrase
    /** How far apart two places may stand and still name one place together (بالموصل شمالي العراق). */
    private static final int CHAIN_GAP = 20;
    private static final Lexicon FORCE_HEADS = Lexicon.named("force-heads");

    /** How the evidence of a place the count's own sentence names begins. */
    static final String IN_THE_SENTENCE = "sentence: ";
    static final String NATIONALITY = "nationality in the sentence";
    static final String ARTICLE_COUNTRY = "the article's places";

    private final PlaceHierarchy hierarchy;

    EventPlaces(PlaceHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /**
     * @param limit where the sentence's next count begins (a place after it is that count's), or the sentence's length
     */
    EventPlace place(Quantity count, int limit, List<LocatedName> names, EventExtractor.Context context) {
        String dateline = context.dateline();
        Collection<String> articleCountries = context.articleCountries();
        List<LocatedName> places = new ArrayList<>();
        for (LocatedName n : names) {
            boolean place = specificity(n.name(), articleCountries) >= 0 || inNoOneCountry(count.sentence(), n);
            if (n.type() == EntityType.LOCATION && place && !isKindWord(n.name()) && !ownsAForce(count.sentence(), n) && !origin(count.sentence(), n)
                    && !acrossABorder(count.sentence(), n)) {
                places.add(n);
            }
        }
        LocatedName first = null;
        for (LocatedName n : places) {
            if (n.start() >= count.end() && n.start() < limit && introduced(count.sentence(), n)) {
                first = n;
                break;
            }
            if (n.end() <= count.start()) {
                first = n; // the nearest before, unless one follows
            }
        }
        if (first == null && !places.isEmpty()) {
            first = places.get(0);
        }
        if (first != null) {
            first = insideTheCountry(places, first, count, articleCountries);
            first = whereInTheCountry(places, first, count, limit, articleCountries);
            return located(mostSpecificOfChain(places, first, articleCountries, count.sentence()), places, context, count.sentence());
        }
        EventPlace fromDateline = fromDateline(dateline, context);
        if (fromDateline != null) {
            return fromDateline;
        }
        String nationality = nationalityCountry(count.sentence());
        if (nationality != null) {
            return new EventPlace(nationality, null, nationality, NATIONALITY);
        }
        String country = articleCountry(context);
        return country == null ? null : new EventPlace(country, null, country, ARTICLE_COUNTRY);
    }

    /**
     * A country after the count says where a place between them lies (استشهاد 4 من جنودها بمعركة تحرير الحديدة ضمن قوات
     * التحالف في اليمن is Hodeidah): the most specific place of that country between the count and the country, else the country.
     */
    private LocatedName insideTheCountry(List<LocatedName> places, LocatedName first, Quantity count, Collection<String> articleCountries) {
        Optional<Place> country = hierarchy.resolve(first.name(), articleCountries);
        if (first.start() < count.end() || country.isEmpty() || !country.get().isCountry()) {
            return first;
        }
        LocatedName best = first;
        int bestRank = country.get().specificity();
        // في هذه المحافظة … جنوب شرق تركيا: the province the demonstrative points back to, named before the count
        boolean pointsBack = DEMONSTRATIVE_KIND.matcher(count.sentence().substring(count.end(), first.start())).find();
        for (LocatedName n : places) {
            boolean between = n.start() >= count.end() && n.end() <= first.start();
            Optional<Place> p = between || pointsBack && n.end() <= count.start() ? hierarchy.resolve(n.name(), articleCountries) : Optional.empty();
            if (p.isPresent() && country.get().country().equals(p.get().country()) && p.get().specificity() > bestRank) {
                best = n;
                bestRank = p.get().specificity();
            }
        }
        return best;
    }

    /**
     * A place of the chosen country that a clause of حيث after it names (في العراق أمس السبت حيث تركزت الضربات على أهداف قرب
     * الرمادي is Ramadi), within the count's clause; else the country.
     */
    private LocatedName whereInTheCountry(List<LocatedName> places, LocatedName first, Quantity count, int limit,
            Collection<String> articleCountries) {
        Optional<Place> country = hierarchy.resolve(first.name(), articleCountries);
        if (country.isEmpty() || !country.get().isCountry()) {
            return first;
        }
        java.util.regex.Matcher m = WHERE.matcher(count.sentence()).region(first.end(), Math.max(first.end(), limit));
        if (!m.find()) {
            return first;
        }
        for (LocatedName n : places) {
            Optional<Place> p = n.start() > m.end() && n.start() < limit ? hierarchy.resolve(n.name(), articleCountries) : Optional.empty();
            if (p.isPresent() && country.get().country().equals(p.get().country()) && p.get().specificity() > country.get().specificity()) {
                return n;
            }
        }
        return first;
    }

    /** هذه المحافظة, تلك المدينة: a kind of place named by a demonstrative, pointing back to a place named before. */
    private static final java.util.regex.Pattern DEMONSTRATIVE_KIND = java.util.regex.Pattern.compile("(?<![\\p{L}])(?:هذه|هذا|تلك|ذلك)\\s+ال(?:"
            + org.marsad.core.text.WordAlternation.folded(Lexicon.named("place-kind-words").entries()) + ")(?![\\p{L}])");

    private static final java.util.regex.Pattern WHERE = java.util.regex.Pattern.compile("(?<![\\p{L}])حيث(?![\\p{L}])");

    /** The one country the article's places lie in, else the one they lie in most often; null when none leads. */
    private static String articleCountry(EventExtractor.Context context) {
        Collection<String> countries = context.articleCountries();
        return countries.size() == 1 ? countries.iterator().next() : context.mainCountry();
    }

    /** The dateline's place, unless the article's places all lie elsewhere (لندن on a story about Turkey: the paper's office). */
    private EventPlace fromDateline(String dateline, EventExtractor.Context context) {
        if (dateline == null || dateline.isBlank()) {
            return null;
        }
        Collection<String> articleCountries = context.articleCountries();
        Collection<String> placeCountries = context.placeCountries();
        Optional<Place> p = hierarchy.resolve(dateline, articleCountries);
        // a town the table lacks (سيلوبي) lies, like any such place of the article, in the country its places lie in
        String country = p.isPresent() ? p.get().country() : articleCountry(context);
        if (country != null && !placeCountries.isEmpty() && !placeCountries.contains(country)) {
            return null;
        }
        return new EventPlace(p.map(Place::name).orElse(dateline.strip()), p.map(Place::region).orElse(null), country, "dateline: " + dateline.strip());
    }

    /** The country of the one nationality a sentence names (السلطات البحرينية, بسجن مكسيكي), or null for none or several. */
    static String nationalityCountry(String sentence) {
        java.util.Set<String> countries = new java.util.LinkedHashSet<>();
        for (String token : sentence.split("[^\\p{L}\\p{M}]+")) {
            String country = countryOfNationality(token);
            if (country != null) {
                countries.add(country);
            }
        }
        return countries.size() == 1 ? countries.iterator().next() : null;
    }

    /** The country a nationality adjective names, in any gender, with or without the article and clitics (إسرائيلية); else null. */
    static String countryOfNationality(String token) {
        String w = ArabicMorphology.withoutProclitics(token);
        if (w.length() > 5 && (w.endsWith("يين") || w.endsWith("يون"))) {
            w = w.substring(0, w.length() - 2); // جنود إسرائيليين: the plural names the same country
        }
        String definite = ArabicMorphology.startsWithArticle(w) ? w : "ال" + w;
        return w.length() > 3 ? NATIONALITY_COUNTRIES.get(ArabicMatchKey.of(ArabicMorphology.masculine(definite))) : null;
    }

    private static final java.util.Map<String, String> NATIONALITY_COUNTRIES = nationalityCountries();

    private static java.util.Map<String, String> nationalityCountries() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String[] row : Lexicon.table("nationality-countries").rows()) {
            out.put(ArabicMatchKey.of(row[0]), row[1]);
        }
        return out;
    }

    /**
     * Of the places named together with {@code first} (each within a few letters of the one before; before it too when
     * it is a country: مدينة مايدوجوري (نيجيريا) before the count), the most specific.
     */
    private LocatedName mostSpecificOfChain(List<LocatedName> places, LocatedName first, Collection<String> articleCountries, String sentence) {
        int at = places.indexOf(first);
        LocatedName best = first;
        int bestRank = specificity(first.name(), articleCountries);
        for (int i = at + 1; i < places.size() && places.get(i).start() - places.get(i - 1).end() <= CHAIN_GAP; i++) {
            int rank = specificity(places.get(i).name(), articleCountries);
            if (rank > bestRank) {
                best = places.get(i);
                bestRank = rank;
            }
        }
        // back only from a country, which says where the place before it lies (not طريق عرعر – سكاكا بمنطقة الحدود الشمالية),
        // or from a region to a place the table puts in it (بقطاع ظهران الجنوب بمنطقة عسير)
        Optional<Place> wide = hierarchy.resolve(first.name(), articleCountries);
        boolean country = wide.map(Place::isCountry).orElse(false);
        boolean region = wide.map(p -> p.kind().equals("region")).orElse(false);
        for (int i = at - 1; (country || region) && i >= 0 && places.get(i + 1).start() - places.get(i).end() <= CHAIN_GAP; i--) {
            int rank = specificity(places.get(i).name(), articleCountries);
            boolean inside = country || hierarchy.resolve(places.get(i).name(), articleCountries)
                    .map(p -> first.name().equals(p.region()) || wide.get().name().equals(p.region())).orElse(false);
            if (!inside) {
                break; // طريق عرعر – سكاكا بمنطقة الحدود الشمالية: a place outside the region breaks the chain
            }
            if (rank > bestRank) {
                best = places.get(i);
                bestRank = rank;
            }
        }
        return best == first ? withinIt(places, first, articleCountries, sentence) : best;
    }

    /**
     * في منطقة دار سعد بمحافظة عدن, قرية الحصين بمحافظة الضالع: a more specific place right before the one the count took,
     * joined to it by ب, lies in it and is the place (a known one only in the same country; not two places of one rank:
     * طريق عرعر – سكاكا بمنطقة الحدود الشمالية).
     */
    private LocatedName withinIt(List<LocatedName> places, LocatedName known, Collection<String> articleCountries, String sentence) {
        int at = places.indexOf(known);
        Optional<Place> wide = hierarchy.resolve(known.name(), articleCountries);
        if (at < 1 || wide.isEmpty()) {
            return known;
        }
        LocatedName before = places.get(at - 1);
        Optional<Place> inner = hierarchy.resolve(before.name(), articleCountries);
        boolean sameCountry = inner.isEmpty() || java.util.Objects.equals(inner.get().country(), wide.get().country());
        if (specificity(before.name(), articleCountries) <= wide.get().specificity() || !sameCountry || known.start() - before.end() > CHAIN_GAP) {
            return known;
        }
        String between = sentence.substring(before.end(), known.start()).strip();
        String joined = between.isEmpty() ? wordBefore(sentence, known.end()) : between;
        return joined.startsWith("ب") && !joined.contains(" ") && !joined.contains("،") ? before : known;
    }

    private EventPlace located(LocatedName named, List<LocatedName> places, EventExtractor.Context context, String sentence) {
        LocatedName best = hierarchy.resolve(named.name(), context.articleCountries()).isPresent() ? named : withoutItsKind(named); // مدينة الصدر is a name
        String dateline = context.dateline();
        Collection<String> articleCountries = context.articleCountries();
        Optional<Place> p = hierarchy.resolve(best.name(), articleCountries);
        if (p.isPresent()) {
            return new EventPlace(p.get().name(), p.get().region(), p.get().country(), IN_THE_SENTENCE + best.name());
        }
        if (specificity(best.name(), articleCountries) < 0) {
            return new EventPlace(best.name(), null, null, IN_THE_SENTENCE + best.name() + (isSea(best) ? ", at sea" : ", in no one country"));
        }
        // جبال الألب السويسرية, منتجع شرم الشيخ المصري: a place the table lacks, a nationality right after it, lies in that country
        String adjective = wordAfter(sentence, best.end());
        String nationality = countryOfNationality(adjective);
        if (nationality != null) {
            return new EventPlace(best.name(), null, nationality, IN_THE_SENTENCE + best.name() + ", " + adjective);
        }
        // بلدة الحمدانية شمالي العراق: a place the table lacks takes its country from a wider one the sentence names
        for (LocatedName n : places) {
            Optional<Place> wider = n != best ? hierarchy.resolve(n.name(), articleCountries) : Optional.empty();
            if (wider.isPresent() && wider.get().country() != null) {
                return new EventPlace(best.name(), wider.get().isCountry() ? null : wider.get().region(), wider.get().country(),
                        IN_THE_SENTENCE + best.name() + ", in " + wider.get().name());
            }
        }
        // حي دار سعد in a story filed from صنعاء: else the dateline's country, else the one country of the article's places
        Optional<Place> filed = dateline == null || dateline.isBlank() ? Optional.empty() : hierarchy.resolve(dateline, articleCountries);
        Collection<String> placeCountries = context.placeCountries();
        if (filed.isPresent() && filed.get().country() != null && (placeCountries.isEmpty() || placeCountries.contains(filed.get().country()))) {
            return new EventPlace(best.name(), null, filed.get().country(), IN_THE_SENTENCE + best.name() + ", the dateline's country");
        }
        String country = articleCountry(context);
        return new EventPlace(best.name(), null, country, IN_THE_SENTENCE + best.name() + (country == null ? "" : ", the article's country"));
    }

    /**
     * ميليشيات إيران, قوات سوريا الديمقراطية: a country right after a force's head names whose force it is (شرطة دبي is in
     * Dubai); any place after a word of allegiance names a side (موالين لدمشق, مدعومة من واشنطن).
     */
    private boolean ownsAForce(String sentence, LocatedName place) {
        String word = wordBefore(sentence, place.start());
        String two = wordsBefore(sentence, place.start(), 2);
        if (ALLEGIANCE.contains(word) || ALLEGIANCE.contains(two)) {
            return true;
        }
        boolean country = hierarchy.mayBeACountry(place.name());
        return country && !word.isEmpty() && FORCE_HEADS.contains(ArabicMatchKey.of(ArabicMorphology.bare(word)));
    }

    /**
     * Whether a place after a count is introduced as where it happened (في, قرب, شمال, مدينة, بالموصل), not an
     * adjective of what was counted (15 جنديا تركيا).
     */
    private static boolean introduced(String sentence, LocatedName place) {
        char first = sentence.charAt(place.start());
        String word = wordBefore(sentence, place.start());
        return first == 'ب' || first == 'ل' || PLACE_CONTEXT.contains(word) || isKindWord(word)
                || PLACE_CONTEXT.contains(ArabicMorphology.withoutConjunction(word));
    }

    /** The n words before position {@code at}, as one phrase. */
    private static String wordsBefore(String sentence, int at, int n) {
        String[] words = sentence.substring(Math.max(0, at - 40), at).strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - n), words.length));
    }

    private static final Lexicon ALLEGIANCE = Lexicon.named("allegiance-words");
    private static final Lexicon ORIGIN = Lexicon.named("origin-words");

    /**
     * المناطق الحدودية مع باكستان: the country a bordering place borders is not where it happened (but على الحدود مع قطاع
     * غزة may be either side, and stays).
     */
    private static boolean acrossABorder(String sentence, LocatedName place) {
        String[] w = wordsBefore(sentence, place.start(), 3).split(" ");
        int n = w.length;
        if (n < 2 || !ArabicMorphology.withoutConjunction(w[n - 1]).equals("مع")) {
            return false;
        }
        // المحاذية للحدود مع أفغانستان: the border the adjective borders on
        boolean ofTheBorder = n == 3 && ArabicMatchKey.of(w[1]).equals(TO_THE_BORDER) && BORDER_WORDS.contains(ArabicMorphology.withoutProclitics(w[0]));
        return ofTheBorder || BORDER_WORDS.contains(ArabicMorphology.withoutProclitics(w[n - 2]));
    }

    private static final Lexicon BORDER_WORDS = Lexicon.named("border-adjectives");
    private static final String TO_THE_BORDER = ArabicMatchKey.of("للحدود");

    /** من مواليد الكويت, ينحدر من حلب: where someone comes from. */
    private static boolean origin(String sentence, LocatedName place) {
        return ORIGIN.contains(wordBefore(sentence, place.start())) || ORIGIN.contains(wordsBefore(sentence, place.start(), 2))
                || ORIGIN.contains(wordsBefore(sentence, place.start(), 3));
    }
    private static final Lexicon SEA_WORDS = Lexicon.named("sea-words");

    /**
     * في البحر الأسود, في خليج البنغال, عبر البحر المتوسط: a sea named right after في or عبر is where it happened; so is
     * a continent or a region above countries right after في (205 هجمات في أوروبا خلال العام الماضي), which lies in no
     * one country, rather than the dateline's city.
     */
    private static boolean inNoOneCountry(String sentence, LocatedName place) {
        boolean sea = isSea(place);
        String before = ArabicMorphology.withoutConjunction(wordBefore(sentence, place.start()));
        return before.equals("في") || sea && before.equals("عبر");
    }

    private static boolean isSea(LocatedName place) {
        return java.util.Arrays.stream(place.name().split(" ")).anyMatch(SEA_WORDS::contains);
    }

    /** منطقة الساحل الشرقي, مدينة درنة: a place's name without the word for its kind that a finder kept. */
    private static LocatedName withoutItsKind(LocatedName place) {
        int space = place.name().indexOf(' ');
        if (space < 0 || !isKindWord(place.name().substring(0, space))) {
            return place;
        }
        return new LocatedName(place.start() + space + 1, place.end(), place.type(), place.name().substring(space + 1));
    }

    private static String wordAfter(String sentence, int at) {
        String after = sentence.substring(Math.min(at, sentence.length()), Math.min(sentence.length(), at + 20)).strip();
        int end = 0;
        while (end < after.length() && (Character.isLetter(after.charAt(end)) || Character.getType(after.charAt(end)) == Character.NON_SPACING_MARK)) {
            end++;
        }
        return after.substring(0, end);
    }

    private static String wordBefore(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - 20), at).strip();
        int space = before.lastIndexOf(' ');
        return space < 0 ? before : before.substring(space + 1);
    }

    private static final Lexicon PLACE_CONTEXT = Lexicon.named("place-context");
    private static final Lexicon PLACE_KINDS = Lexicon.named("place-kind-words");

    /** مدينة, وبلدة, بمحافظة: a word for a place's kind, with its clitics or without (بلدة is no ب before لدة). */
    private static boolean isKindWord(String word) {
        return PLACE_KINDS.contains(word) || PLACE_KINDS.contains(ArabicMorphology.withoutConjunction(word))
                || PLACE_KINDS.contains(ArabicMorphology.bare(word));
    }
    /** How specific a place is (see {@link Place#specificity}); -1 for a sea or continent. */
    private int specificity(String name, Collection<String> articleCountries) {
        Optional<Place> p = hierarchy.resolve(name, articleCountries);
        if (p.isPresent()) {
            return p.get().specificity();
        }
        return hierarchy.isListed(name) ? -1 : UNKNOWN_PLACE;
    }
}
