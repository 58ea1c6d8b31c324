package org.marsad.core.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.marsad.core.extract.entity.EntityFinder.LocatedName;
import org.marsad.core.extract.quantity.Quantity;
import org.marsad.core.extract.quantity.QuantityCategory;
import org.marsad.core.extract.quantity.QuantityExtractor;
import org.marsad.core.extract.quantity.QuantityKind;

/**
 * The events of an article: each count of an incident or a stated period (kind EVENT or PERIOD_TOTAL) of
 * people killed, wounded or arrested, operations or air strikes, with its actor and target
 * ({@link EventParties}), place ({@link EventPlaces}) and period ({@link EventPeriods}). Counts of one
 * sentence share what only one of them names: قتل 206 عناصر من داعش واعتقال 292 آخرين ونفذ 253 عملية
 * are three events of one actor against one target. Thread-safe.
 */
public final class EventExtractor {

    static final Set<QuantityCategory> INCIDENTS = EnumSet.of(QuantityCategory.KILLED, QuantityCategory.WOUNDED, QuantityCategory.ARRESTED,
            QuantityCategory.OPERATIONS, QuantityCategory.AIRSTRIKES);

    /**
     * What an article says around its counts.
     *
     * @param dateline         the dateline's place, or null
     * @param published        the publication date, or null
     * @param articleCountries the countries the article's places lie in (they choose between two readings of a name)
     * @param mainCountry      the country the article's places lie in most often, or null when none leads
     * @param placeCountries   the countries the article's places lie in, the dateline's left out: a dateline none of
     *                         them shares is the paper's office (لندن on a story about Turkey), not where it happened
     */
    public record Context(String dateline, LocalDate published, Collection<String> articleCountries, String mainCountry,
            Collection<String> placeCountries, LocalDate collected, Function<String, String> sentenceBefore) {

        public Context(String dateline, LocalDate published, Collection<String> articleCountries) {
            this(dateline, published, articleCountries, null, articleCountries, null, s -> null);
        }
    }

    private final EventParties parties;
    private final EventPlaces places;
    private final EventPeriods periods = new EventPeriods();

    public EventExtractor(PlaceHierarchy hierarchy) {
        this.parties = new EventParties(hierarchy);
        this.places = new EventPlaces(hierarchy);
    }

    /**
     * @param counts the article's counts, in order
     * @param names  the names of a sentence where they stand (asked once per sentence with an event)
     */
    public List<Event> extract(List<Quantity> counts, Function<String, List<LocatedName>> names, Context context) {
        Map<String, List<LocatedName>> located = new HashMap<>();
        List<Event> out = new ArrayList<>();
        List<Event> sentence = new ArrayList<>();
        String current = null;
        SentenceWords words = null;
        List<Quantity> sentenceCounts = List.of();
        for (int c = 0; c < counts.size(); c++) {
            Quantity q = counts.get(c);
            if (!INCIDENTS.contains(q.category()) || !(q.kind() == QuantityKind.EVENT || q.kind() == QuantityKind.PERIOD_TOTAL) || q.start() < 0) {
                continue;
            }
            if (!q.sentence().equals(current)) {
                out.addAll(sharedWithinSentence(sentence, words));
                sentence.clear();
                current = q.sentence();
                words = new SentenceWords(current); // cut once for all the sentence's counts
                sentenceCounts = inSentence(counts, c);
            }
            List<LocatedName> here = located.computeIfAbsent(q.sentence(), names);
            EventParty target = parties.target(words, q, here);
            sentence.add(new Event(q, parties.actor(words, q, here, target, sentenceCounts), target,
                    placeOf(q, Math.min(nextCountAt(counts, c), clauseEnd(q)), here, names, located, context),
                    periods.period(q, context.published(), context.collected())));
        }
        out.addAll(sharedWithinSentence(sentence, words));
        return onceEachFigure(out);
    }

    /**
     * The count's place; where its sentence names none, no nationality and the story no dateline (the place is then only
     * the article's country, or none), the place the sentence before names (استهدف تفجير مسجدا في أبها … في هذه العملية
     * قضى 15).
     */
    private EventPlace placeOf(Quantity q, int limit, List<LocatedName> here, Function<String, List<LocatedName>> names,
            Map<String, List<LocatedName>> located, Context context) {
        EventPlace place = places.place(q, limit, here, context);
        String before = context.sentenceBefore().apply(q.sentence());
        if (place != null && !place.evidence().equals(EventPlaces.ARTICLE_COUNTRY) || before == null) {
            return place;
        }
        Quantity atItsEnd = new Quantity(q.category(), q.amount(), q.high(), q.unit(), q.approximate(), q.kind(), before, before.length(), before.length());
        EventPlace earlier = places.place(atItsEnd, before.length(), located.computeIfAbsent(before, names), context);
        return earlier == null || !earlier.evidence().startsWith(EventPlaces.IN_THE_SENTENCE) ? place
                : new EventPlace(earlier.name(), earlier.region(), earlier.country(), "the sentence before: " + earlier.evidence());
    }

    /** The counts of count c's sentence. */
    private static List<Quantity> inSentence(List<Quantity> counts, int c) {
        String sentence = counts.get(c).sentence();
        return counts.stream().filter(q -> q.sentence().equals(sentence)).toList();
    }

    /**
     * One event for a figure the article repeats (مقتل 27 مدنيا in the lead, لقي 27 مدنيا مصرعهم في ضربات جوية شنتها
     * قوات النظام further down), at its first sentence, with what that sentence leaves unsaid taken from the later
     * ones: a target, a place, a stated period.
     */
    private static List<Event> onceEachFigure(List<Event> events) {
        Map<String, Event> first = new java.util.LinkedHashMap<>();
        for (Event e : events) {
            first.merge(QuantityExtractor.figure(e.count()), e, EventExtractor::filledFrom);
        }
        return new ArrayList<>(first.values());
    }

    private static Event filledFrom(Event first, Event later) {
        boolean periodUnsaid = first.period() == null || !first.period().stated();
        EventPlace place = !saysMoreOfThePlace(later.place(), first.place()) ? first.place()
                : new EventPlace(later.place().name(), later.place().region(), later.place().country(), LATER + later.place().evidence());
        EventPeriod period = !periodUnsaid || later.period() == null || !later.period().stated() ? first.period()
                : new EventPeriod(later.period().start(), later.period().end(), later.period().granularity(), LATER + later.period().evidence());
        // the actor only when a word of agency after the later sentence's count names it (مقتل 17 من الحوثيين بقصف للتحالف):
        // a first sentence with none most often means none acted (an accident, a report), and a party the later
        // sentence names before its count is often another's (dev set: actor 81.5 -> 78.8 when any was filled)
        EventParty actor = first.actor() != null || later.actor() == null || !later.actor().evidence().startsWith(EventParties.AGENCY)
                ? first.actor() : later(later.actor());
        boolean targetUnsaid = first.target() == null || first.target().evidence().startsWith(EventParties.OTHERS)
                && later.target() != null && !later.target().evidence().startsWith(EventParties.OTHERS)
                || onlyPeople(first.target()) && later.target() != null && !onlyPeople(later.target()) // 8 أشخاص, then 8 مدنيين
                        && !later.target().evidence().startsWith(EventParties.OTHERS);
        return new Event(first.count(), actor, targetUnsaid ? later(later.target()) : first.target(), place, period);
    }

    private static final String LATER = "a later sentence of the figure: ";

    /** Whether a target says no more than that people were hit (أشخاص), which a later sentence may say more of. */
    private static boolean onlyPeople(EventParty target) {
        return target != null && target.type() == EventParty.Type.GROUP && target.name().equals(EventParties.PEOPLE);
    }

    /**
     * Whether a later sentence's place says more than the first's: the first has none, or only a fallback (the
     * dateline, the article's country, a nationality) where the later names one, or only the country the later's
     * place lies in.
     */
    private static boolean saysMoreOfThePlace(EventPlace later, EventPlace first) {
        if (later == null || !later.evidence().startsWith(EventPlaces.IN_THE_SENTENCE)) {
            return false;
        }
        return first == null || !first.evidence().startsWith(EventPlaces.IN_THE_SENTENCE)
                || first.name().equals(first.country()) && first.country().equals(later.country()) && !later.name().equals(later.country());
    }

    private static EventParty later(EventParty p) {
        return p == null ? null : new EventParty(p.name(), p.type(), LATER + p.evidence());
    }

    /**
     * Where the next count of the same sentence begins, or the sentence's length; counts joined by و (30 قتيلا
     * ونحو 100 جريح في مدينة سوروتش) read on to the last of them, whose place they share.
     */
    private static int nextCountAt(List<Quantity> counts, int c) {
        Quantity q = counts.get(c);
        int end = q.end();
        for (int k = c + 1; k < counts.size() && counts.get(k).sentence().equals(q.sentence()); k++) {
            Quantity next = counts.get(k);
            if (next.start() <= end) {
                continue;
            }
            if (!joinedByWa(q.sentence(), end, next.start(), JOINED_WITHIN)) {
                return next.start();
            }
            end = next.end();
        }
        return q.sentence().length();
    }

    private static final int JOINED_WITHIN = 40;

    /**
     * Whether و joins what ends at {@code end} to the count at {@code nextStart}: the words between, at most {@code
     * within} letters, end with a word of و, or و is the next count's own first letter (عشرات القتلى ومئات الجرحى).
     */
    static boolean joinedByWa(String sentence, int end, int nextStart, int within) {
        String between = sentence.substring(end, nextStart);
        String joint = sentence.charAt(nextStart) == 'و' ? between + "و" : between;
        return between.length() <= within && joint.matches("(?s).*(^|\\s)و\\S*\\s*$");
    }
    private static final java.util.Set<QuantityCategory> PEOPLE_COUNTS = java.util.EnumSet.of(QuantityCategory.KILLED, QuantityCategory.WOUNDED,
            QuantityCategory.ARRESTED);

    /**
     * Where the count's clause ends (فيما أكدت منظومة … في تركيا is another clause's place; after a semicolon or إذ the
     * sentence says what followed: وقتل 38 سائحا؛ إذ أدى الهجوم إلى مغادرة … إلى تونس), or the sentence's length.
     */
    private static int clauseEnd(Quantity q) {
        java.util.regex.Matcher m = PLACE_CLAUSE_BREAK.matcher(q.sentence());
        return m.find(q.end()) ? m.start() : q.sentence().length();
    }

    /**
     * A count with no actor or target of its own takes the one of the sentence's nearest count that has one
     * (a target only when it is named, not a counted group); آخرين takes its neighbour's named target, else the
     * group named before it.
     */
    private List<Event> sharedWithinSentence(List<Event> events, SentenceWords words) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            EventParty actor = e.actor() != null ? e.actor() : nearest(events, i, true, true);
            boolean same = e.target() != null && e.target().name().equals(EventParties.SAME);
            boolean nounless = e.count().end() == nounless(e) && PEOPLE_COUNTS.contains(e.count().category()); // 281 “عملا إرهابيا” counts no one
            EventParty target = e.target() != null && !same ? e.target() : nearest(events, i, false, same || nounless);
            if (target == null && (same || nounless)) {
                target = parties.othersBefore(words, e.count(), same);
            }
            out.add(new Event(e.count(), actor, target, e.place(), e.period()));
        }
        return out;
    }

    /**
     * The count's end when no noun follows it (وإصابة 23., وإصابة 23 في): it counts the people of the count
     * before; else -1.
     */
    private static int nounless(Event e) {
        String rest = e.count().sentence().substring(e.count().end()).strip();
        boolean noNoun = rest.isEmpty() || !Character.isLetter(rest.charAt(0)) || NOUNLESS_NEXT.matcher(rest).lookingAt();
        return noNoun ? e.count().end() : -1;
    }

    private static final java.util.regex.Pattern NOUNLESS_NEXT = java.util.regex.Pattern.compile(
            "(?:و\\S+|في|على|خلال|بجروح|بجراح|آخرين|اخرين|آخرون|اخرون|يوم|أمس|امس|اليوم|منذ|بينهم|قتيلا|قتلى|جريحا|جرحى|مصابا|مصابين|ضحايا|ضحية)(?![\\p{L}])");

    /** بينهم 5 أطفال و4 نساء, من بينهم, منهم: a part of a count before it, and the parts joined to it by و. */
    private static boolean isSubset(List<Event> events, int k) {
        Quantity q = events.get(k).count();
        if (q.start() < 0) {
            return false; // a count whose place in its sentence is not known
        }
        if (QuantityExtractor.followsASubsetWord(q.sentence().substring(Math.max(0, q.start() - 20), q.start()))) {
            return true;
        }
        Quantity before = k > 0 ? events.get(k - 1).count() : null;
        return before != null && before.sentence().equals(q.sentence()) && before.end() >= 0 && before.end() <= q.start()
                && q.sentence().substring(before.end(), q.start()).matches("\\s*(?:\\S+\\s+)?و?\\s*") && isSubset(events, k - 1);
    }

    private static boolean clauseBreakBetween(Quantity earlier, Quantity later) {
        return earlier.end() <= later.start() && CLAUSE_BREAK.matcher(earlier.sentence().substring(earlier.end(), later.start())).find();
    }

    /** فيما, بينما, في حين: a clause of its own begins, whose counts are of another side. */
    static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("(?<![\\p{L}])(?:فيما|بينما|في حين)(?![\\p{L}])");
    /** Where a count's place may no longer be named: another clause, what a semicolon or إذ goes on to tell, what لكن sets against it. */
    private static final java.util.regex.Pattern PLACE_CLAUSE_BREAK = java.util.regex.Pattern.compile(
            CLAUSE_BREAK.pattern() + "|[؛;]|(?<![\\p{L}])(?:[إا]ذ|و?لكن)(?![\\p{L}])|(?<![\\p{L}])(?:بالتزامن|تزامنا|تزامنت|تزامن|متزامنا)\\s+مع(?![\\p{L}])"
            + "|(?<![\\p{L}])وال(?:" + org.marsad.core.text.WordAlternation.folded(
                    org.marsad.core.text.Lexicon.named("attack-nouns").entries()) + ")(?![\\p{L}])"); // ، والهجوم على فندق في سوسة: another attack's place;
    // بالتزامن مع افتتاح السفارة الأميركية في القدس: the place of what coincided

    private static EventParty nearest(List<Event> events, int i, boolean actor, boolean anyTarget) {
        for (int d = 1; d < events.size(); d++) {
            for (int k : new int[] {i - d, i + d}) {
                if (k >= 0 && k < events.size()) {
                    if (k > i && clauseBreakBetween(events.get(i).count(), events.get(k).count())
                            && (!actor || events.get(i).count().category() != events.get(k).count().category())) {
                        // وسقوط 16 قتيلا، فيما أصيب ثلاثة من عناصر المقاومة: the later clause's side is its own, and so is the
                        // doer of another deed (وأصيب خمسة آخرون بتفجير، فيما اعتقلت قوة أمنية عصابة من أربعة أشخاص)
                        continue;
                    }
                    if (!actor && anyTarget && isSubset(events, k)) {
                        continue; // مقتل 21 مدنيا، بينهم 4 نساء، وإصابة 72 آخرين: the others are civilians, not women
                    }
                    EventParty p = actor ? events.get(k).actor() : events.get(k).target();
                    // a group is its own count's people (5 جنود و3 مدنيين); only a named side is the sentence's
                    boolean shared = p != null && !p.name().equals(EventParties.SAME) && (actor || anyTarget || p.type() != EventParty.Type.GROUP);
                    if (shared) {
                        return new EventParty(p.name(), p.type(), "shared in the sentence: " + p.evidence());
                    }
                }
            }
        }
        return null;
    }
}
