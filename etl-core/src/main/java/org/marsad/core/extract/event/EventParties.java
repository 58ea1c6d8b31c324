package org.marsad.core.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.marsad.core.extract.article.OutletRegistry;
import org.marsad.core.extract.date.CalendarNames;
import org.marsad.core.extract.entity.EntityFinder.LocatedName;
import org.marsad.core.extract.entity.EntityType;
import org.marsad.core.extract.quantity.Quantity;
import org.marsad.core.extract.quantity.QuantityCategory;
import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.Lexicon;

/**
 * Who acted and whom it was done to, read around a count in its sentence. The actor: a party named
 * right after a word of agency ({@code بنيران}, {@code على يد}, {@code في غارة لـ}), else the nearest
 * organisation or described force before the count ({@code القوات العراقية قتلت}). The target: an
 * organisation or force right after a word of targeting that follows the count ({@code 206 عناصر من
 * تنظيم داعش}, {@code ضد مواقع تنظيم داعش}), else the group the counted noun names ({@code مدنيين}).
 */
final class EventParties {

    /** A group of this name takes the target of the sentence's count before: آخرين, منهم. */
    static final String SAME = "SAME";
    /** How the evidence of a party named by a word of agency after its count begins: after على يد, after نفذتها. */
    static final String AGENCY = "after ";

    private static final List<String[]> AGENT_CUES = phrases("event-agent-cues");
    private static final List<String[]> AGENT_CLAIMS = phrases("event-agent-claims");
    private static final Lexicon STOPPERS = Lexicon.named("name-stoppers");
    /** A strike is the actor only as a phrase (الغارات الجوية التركية), never a bare الغارات. */
    private static final Lexicon STRIKE_HEADS = Lexicon.named("strike-heads");
    private static final List<String[]> TARGET_CUES = phrases("event-target-cues");
    private static final Lexicon FORCE_HEADS = Lexicon.named("force-heads");
    private static final Lexicon SPEECH_VERBS = Lexicon.named("speech-verbs");
    private static final Lexicon SOURCE_WORDS = Lexicon.named("event-source-words");
    private static final Lexicon NATIONALITIES = Lexicon.named("nationality-adjectives");
    /** أن قواته تمكنت, إنها قتلت: the source goes on to say what it did itself. */
    private static final java.util.regex.Pattern SELF_REFERENCE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:انه|انها|انهم|بانه|بانها)\\s+\\S+|(?:قوات|عناصر|مقاتل|طائرات|طيران|وحدات|رجال)(?:ه|ها|هم|يه)(?![\\p{L}])"
                    + "|(?<![\\p{L}])مسؤوليت(?:ه|ها|هم)\\s+عن(?![\\p{L}])"); // أعلنت طالبان مسؤوليتها عن 472 هجوما: who claims it did it
    /** What a force does itself, whichever reports it; a death or a wound its reporter only counts. */
    private static final java.util.Set<QuantityCategory> DONE_BY_REPORTER = java.util.EnumSet.of(QuantityCategory.ARRESTED,
            QuantityCategory.OPERATIONS, QuantityCategory.AIRSTRIKES);
    private static final Map<String, String> GROUPS = groups();
    /** Groups that fight (مسلحون, الحوثيون), as victim-groups.tsv names them: whom a reporting force fights. */
    private static final Lexicon COMBATANTS = Lexicon.named("combatant-groups");
    /** How far before its count a party may end and still be the one that acted. */
    private static final int ACTOR_REACH = 120;
    /** How far when a clause of result joins the party's deed to the count (اشتبكت قوات البيشمركة مع … ما أسفر عن مقتل 22). */
    private static final int ACTOR_REACH_BY_RESULT = 250;
    private static final java.util.regex.Pattern RESULT = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])م?ما (?:اسفر|ادي|خلف|اوقع|تسبب)(?![\\p{L}])");
    /** A result said by its verb alone (تلته اشتباكات تسببت بمقتل 11): the deed's doer only when a verb of the deed precedes it. */
    private static final java.util.regex.Pattern RESULT_VERB = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:اسفرت|ادت|تسببت|اوقعت|خلفت|اسفر|تسبب|اوقع)(?![\\p{L}])");
    private static final int WORDS_TO_CUE = 5;
    private static final int WORDS_TO_DEEDS_CUE = 9;
    /** How far after its count a word of agency may begin: past the target (45 عنصرا من تنظيم "الدولة"، بينهم قياديون قتلوا في غارة). */
    private static final int WORDS_TO_AGENT = 10;
    private static final int WORDS_AFTER_CUE = 4;
    /** How many words a relative pronoun may stand before the count whose verb it opens (الذي شن نحو 15). */
    private static final int RELATIVE_CLAUSE_REACH = 4;

    private static List<String[]> phrases(String lexicon) {
        List<String[]> out = new ArrayList<>();
        for (String entry : Lexicon.named(lexicon).foldedEntries()) {
            out.add(entry.split(" "));
        }
        out.sort((a, b) -> b.length - a.length); // في غارة before في
        return out;
    }

    private static Map<String, String> groups() {
        Map<String, String> out = new HashMap<>();
        for (String[] row : Lexicon.table("victim-groups").rows()) {
            out.put(ArabicMatchKey.of(row[0]), row[1]);
        }
        return out;
    }

    private final PlaceHierarchy hierarchy;

    /** @param hierarchy where places lie: a country that does a deed is a state that acts */
    EventParties(PlaceHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /** A party where it stands: words [from, to) of the sentence. */
    private record Candidate(int from, int to, EventParty party) {
    }

    /**
     * @param target the count's target as {@link #target} found it, or null: a force that reports the deaths of
     *               fighters it fights (أكدت المقاومة الشعبية مقتل خمسة حوثيين) is the one that killed them
     */
    EventParty actor(SentenceWords words, Quantity count, List<LocatedName> names, EventParty target, List<Quantity> sentenceCounts) {
        EventParty actor = anyActor(words, count, names, target, sentenceCounts);
        // يتواصل نزيف حزب الله … سقوط ستة من عناصره: the organisation whose people were hit did not hit them
        boolean itsOwnVictim = actor != null && target != null && target.type() == EventParty.Type.ORGANIZATION
                && ArabicMatchKey.of(actor.name()).equals(ArabicMatchKey.of(target.name()));
        return itsOwnVictim ? null : actor;
    }

    private EventParty anyActor(SentenceWords words, Quantity count, List<LocatedName> names, EventParty target, List<Quantity> sentenceCounts) {
        int after = words.firstAtOrAfter(count.end());
        if (onBothSides(words, after)) {
            return null; // مقتل 39 مقاتلا من الطرفين: each side killed the other's
        }
        boolean aside = false; // قتل أربعة فلسطينيين، بينهم ثلاثة ناشطين في كتائب القسام، في قصف إسرائيلي
        for (int i = after, seen = 0; i < words.size() && seen < WORDS_TO_AGENT; i++) {
            if (seen < 3 && SUBSET_WORDS.contains(words.get(i).key())) {
                aside = true;
            } else if (aside && words.get(i).isPunctuation() && "،,".contains(words.get(i).text())) {
                aside = false; // what the count's aside says of its people is not counted against the agency after it
            }
            seen += words.get(i).isPunctuation() || aside ? 0 : 1; // quotes and commas around a name are no words
            int cueLength = startsWith(words, i, AGENT_CUES);
            if (cueLength > 0) {
                Candidate c = partyAfter(words, i + cueLength, names, true, AGENCY + words.keys(i, i + cueLength));
                if (c != null) {
                    Candidate blamed = unlessBlaming(words, c, names); // في هجوم نسبته السلطات إلى داعش
                    return blamed == null ? null : blamed.party();
                }
                EventParty state = nationalityAfter(words, i + cueLength, AGENCY + words.keys(i, i + cueLength));
                if (state != null) {
                    return state;
                }
            }
            int when = startsWith(words, i, WHEN_WORDS);
            if (when > 0 && i + when + 1 < words.size() && !words.get(i + when).isPunctuation()) {
                // عندما ألقت طائرات حكومية قنابل: the subject right after the verb of the clause of when
                Candidate subject = partyAt(words, i + when + 1, names, true, AGENCY + words.keys(i, i + when + 1));
                if (subject != null) {
                    return subject.party();
                }
            }
        }
        for (int i = after; i < words.size(); i++) {
            Candidate blamed = blamedAfterItsAccuser(words, i, names);
            if (blamed != null) {
                return blamed.party(); // نسبته السلطات التركية إلى التنظيم الجهادي: the one blamed, not who blames
            }
            EventParty blamedWithLam = blamedWithLam(words, i, names);
            if (blamedWithLam != null) {
                return blamedWithLam; // وأوقع 32 قتيلا ونسب لتنظيم داعش
            }
            int cueLength = startsWith(words, i, AGENT_CLAIMS);
            if (cueLength > 0) {
                Candidate c = partyAfter(words, i + cueLength, names, true, AGENCY + words.keys(i, i + cueLength));
                if (c != null) {
                    return c.party(); // نسبته الحكومة إلى تنظيم داعش, تبناه: a claim anywhere after the count
                }
                int next = i + cueLength;
                if (next < words.size() && ATTACKERS.contains(words.get(next).bare())) { // ونفذه انتحاري آخر
                    return new EventParty(words.get(next).text(), EventParty.Type.FORCE, AGENCY + words.keys(i, next + 1));
                }
            }
        }
        EventParty otherSide = otherSideOfAClash(words, count, names, target, sentenceCounts);
        if (otherSide != null) {
            return otherSide;
        }
        Candidate nearest = null;
        for (Candidate c : partiesBefore(words, count, names)) {
            if (!reportsOnly(c.party()) && !countedBy(words, c.from(), sentenceCounts)) {
                nearest = c;
            }
        }
        if (nearest != null) {
            nearest = unlessBlaming(words, nearest, names); // الهجوم الذي نسبته السلطات إلى التنظيم وأدى إلى سقوط 32 قتيلا
        } else {
            nearest = blamedBefore(words, count, names); // وفي حادثة نسبت أيضا إلى حزب العمال الكردستاني، قتل جندي
        }
        if (nearest == null || !isSource(words, nearest.from()) && !speaksOfTheCount(words, nearest, count)) {
            return nearest == null ? null : nearest.party();
        }
        // أعلنت وزارة الصحة مقتل 15: who reports a count did not do it, unless it says it did (أن قواته قتلت)
        // or it is a force reporting what forces do (أعلن الجيش اعتقال 21)
        String between = words.keys(nearest.to(), words.firstAtOrAfter(count.start()));
        boolean force = isForce(words.get(nearest.from())) || isForce(nearest.party());
        boolean acted = SELF_REFERENCE.matcher(between).find() || DONE_BY_REPORTER.contains(count.category()) && force
                || force && target != null && COMBATANTS.contains(target.name());
        return acted ? nearest.party() : null;
    }

    /**
     * The side the count's people fought: a noun of fighting after the count, before another count's clause, then
     * within a few words مع and a party (القتال الشرس مع قوات الأمن); with a side that fought (المواجهات التي خاضها
     * الجيش مع عناصر الميليشيات) that side, unless it is the count's own people.
     */
    private EventParty otherSideOfAClash(SentenceWords words, Quantity count, List<LocatedName> names, EventParty target,
            List<Quantity> sentenceCounts) {
        int end = words.firstAtOrAfter(clauseOf(count, sentenceCounts));
        for (int i = words.firstAtOrAfter(count.end()); i < end; i++) {
            if (!CLASH_NOUNS.contains(words.get(i).bare())) {
                continue;
            }
            Candidate fought = null;
            for (int k = i + 1; k < Math.min(end, i + 2 + WORDS_AFTER_CUE); k++) {
                if (k == i + 2 && RELATIVES.contains(words.get(i + 1).key()) && words.get(k).key().startsWith("خاض")) {
                    fought = partyAfter(words, k + 1, names, false, AGENCY + words.keys(i, k + 1));
                }
                if (words.get(k).key().equals("مع")) {
                    if (fought != null && !sameSide(fought.party(), target)) {
                        break;
                    }
                    Candidate with = partyAfter(words, k + 1, names, false, AGENCY + words.keys(i, k + 1));
                    return with == null || sameSide(with.party(), target) ? null : with.party();
                }
                if (words.get(k).isPunctuation()) {
                    break;
                }
            }
            if (fought != null && !sameSide(fought.party(), target)) {
                return fought.party(); // the side that fought, whether or not its other side is named
            }
        }
        return null;
    }

    /**
     * The party blamed where the candidate is the subject of a verb of blaming, null where the one blamed is no party
     * (نسبته السلطات إلى التنظيم الجهادي: who blames did not do it), else the candidate.
     */
    private Candidate unlessBlaming(SentenceWords words, Candidate c, List<LocatedName> names) {
        if (c.from() == 0 || !BLAMING_VERBS.contains(words.get(c.from() - 1).key())) {
            return c;
        }
        return blamedAfterItsAccuser(words, c.from() - 1, names);
    }

    /** نسبته السلطات إلى التنظيم: a verb of blaming, its subject, then إلى and the party blamed. */
    private Candidate blamedAfterItsAccuser(SentenceWords words, int i, List<LocatedName> names) {
        if (!BLAMING_VERBS.contains(words.get(i).key())) {
            return null;
        }
        for (int k = i + 1; k < Math.min(words.size(), i + 2 + WORDS_AFTER_CUE); k++) {
            String key = words.get(k).key();
            if (key.equals("الي")) {
                return partyAfter(words, k + 1, names, true, AGENCY + words.keys(i, k + 1));
            }
            if (words.get(k).isPunctuation()) {
                return null;
            }
        }
        return null;
    }

    private static final Lexicon BLAMING_VERBS = Lexicon.named("blaming-verbs");

    /** ونسب لتنظيم داعش, نسبت للحوثيين: a verb of blaming, then the organisation blamed behind ل. */
    private static EventParty blamedWithLam(SentenceWords words, int i, List<LocatedName> names) {
        if (i + 1 >= words.size() || !BLAMING_VERBS.contains(org.marsad.core.text.ArabicMorphology.withoutConjunction(words.get(i).text()))) {
            return null;
        }
        SentenceWords.Word next = words.get(i + 1);
        if (!next.key().startsWith("ل") || next.key().startsWith("لل") && next.key().length() < 4) {
            return null;
        }
        // the name begins behind ل (لحزب العمال الكردستاني) or at the word after its head (لتنظيم داعش)
        int reach = i + 2 < words.size() ? words.get(i + 2).start() : next.start() + 2;
        for (LocatedName n : names) {
            if (n.start() >= next.start() && n.start() <= Math.max(reach, next.start() + 2) && n.type() == EntityType.ORGANIZATION) {
                return new EventParty(n.name(), EventParty.Type.ORGANIZATION, AGENCY + words.keys(i, i + 2) + ": " + n.name());
            }
        }
        return null;
    }

    /** The party a verb of blaming before the count names, within reach of it (a preposition hides it from the subjects). */
    private Candidate blamedBefore(SentenceWords words, Quantity count, List<LocatedName> names) {
        Candidate last = null;
        for (int i = 0; i < words.size() && words.get(i).end() <= count.start(); i++) {
            Candidate c = blamedAfterItsAccuser(words, i, names);
            if (c != null && words.get(c.to() - 1).end() <= count.start() && count.start() - words.get(c.to() - 1).end() <= ACTOR_REACH) {
                last = c;
            }
        }
        return last;
    }

    /** Where the count's clause ends: at the next count of the sentence, unless و joins the two (13 قتيلا و7 جرحى). */
    private static int clauseOf(Quantity count, List<Quantity> sentenceCounts) {
        int end = count.sentence().length();
        int from = count.end();
        if (from < 0) {
            return end; // a count whose place in its sentence is not known
        }
        for (Quantity q : sentenceCounts) {
            boolean ofPeopleOrDeeds = q.category() != QuantityCategory.OTHER && q.category() != QuantityCategory.MONEY
                    && q.category() != QuantityCategory.AREA && q.category() != QuantityCategory.COUNTRIES; // خلال يومين: no one's count
            if (ofPeopleOrDeeds && q.start() >= from && q.start() < end) {
                if (EventExtractor.joinedByWa(count.sentence(), from, q.start(), CLAUSE_JOINED_WITHIN)) {
                    from = q.end();
                } else {
                    end = q.start();
                }
            }
        }
        return end;
    }

    /** Whether a party is the count's own people: the same name, or one holding the other's last word (الحوثي, الميليشيات). */
    private static boolean sameSide(EventParty party, EventParty target) {
        if (target == null) {
            return false;
        }
        String p = ArabicMatchKey.of(party.name());
        String t = ArabicMatchKey.of(target.name());
        return p.equals(t) || p.contains(t) || t.contains(p);
    }

    private static final Lexicon CLASH_NOUNS = Lexicon.named("clash-nouns");
    /** How far apart two counts' numbers may stand, the first's noun and the words between, and still share a clause. */
    private static final int CLAUSE_JOINED_WITHIN = 60;

    /** Whether word i is what a count of the sentence counts (مقتل أربعة متمردين وأسر اثنين: the rebels were killed, they took no one). */
    private static boolean countedBy(SentenceWords words, int i, List<Quantity> counts) {
        int start = words.get(i).start();
        // a count whose place is not known (end -1) is in no word's way
        return counts.stream().anyMatch(q -> q.end() >= 0 && q.end() <= start && q.sentence().substring(q.end(), start).isBlank());
    }

    /** في غارة جوية عراقية, بنيران إسرائيلية: the state whose nationality the strike or fire bears, within two words of the cue. */
    private static EventParty nationalityAfter(SentenceWords words, int from, String rule) {
        for (int i = from; i < Math.min(words.size(), from + 2); i++) {
            String country = EventPlaces.countryOfNationality(words.get(i).text());
            if (country != null) {
                return new EventParty(country, EventParty.Type.ORGANIZATION, rule + ": " + words.get(i).text());
            }
            if (words.get(i).isPunctuation()) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the party at word i is a report's source: right after a verb of speech or a word such as بحسب,
     * مصادر في, المتحدث باسم.
     */
    private static boolean isSource(SentenceWords words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            SentenceWords.Word w = words.get(k);
            String bare = org.marsad.core.text.ArabicMorphology.withoutConjunction(w.text());
            if (isSpeechVerb(w) || SOURCE_WORDS.contains(w.text()) || SOURCE_WORDS.contains(bare)) {
                return true;
            }
            // أعلن المدير العام لمكتب الصحة: the official's title stands between the verb and the body he speaks for
            boolean title = TITLES.contains(w.text()) || TITLES.contains(bare) || w.key().equals("العام");
            if (!(w.isPunctuation() || LINKS.contains(w.key()) || title)) {
                return false;
            }
        }
        return false;
    }

    private static final Lexicon TITLES = Lexicon.named("person-cues");

    /** وكانت الشرطة ومصادر طبية أعلنت مصرع 21: a verb of speech between the party and its count makes it the report's source. */
    private static boolean speaksOfTheCount(SentenceWords words, Candidate party, Quantity count) {
        for (int k = party.to(); k < words.size() && words.get(k).end() <= count.start(); k++) {
            if (isSpeechVerb(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** قال, وأعلنت: a verb of saying, with or without its conjunction. */
    private static boolean isSpeechVerb(SentenceWords.Word w) {
        return SPEECH_VERBS.contains(w.text()) || SPEECH_VERBS.contains(org.marsad.core.text.ArabicMorphology.withoutConjunction(w.text()));
    }

    /** وزارة الصحة, المرصد السوري, الصليب الأحمر: a body that counts the dead and the wounded, never the one that dealt them. */
    private static boolean reportsOnly(EventParty party) {
        for (String word : ArabicMatchKey.of(party.name()).split(" ")) {
            if (REPORTING_BODIES.contains(org.marsad.core.text.ArabicMorphology.bare(word))) {
                return true;
            }
        }
        return false;
    }

    private static final Lexicon REPORTING_BODIES = Lexicon.named("event-reporting-bodies");

    /** Words between a source's noun and the body it speaks for: مصادر في الجيش, المتحدث باسم الشرطة. */
    private static final java.util.Set<String> LINKS = java.util.Set.of("في", "من", "باسم", "عن", "لدي");

    private static boolean isForce(SentenceWords.Word first) {
        return FORCE_HEADS.contains(first.bare());
    }

    /** Whether a party's own name begins with a force's head (the army a military spokesman speaks for). */
    private static boolean isForce(EventParty party) {
        String[] words = party.name().split(" ");
        String first = ArabicMatchKey.of(org.marsad.core.text.ArabicMorphology.bare(words[0]));
        // قيادة عمليات بغداد: a command of operations is a force by its first two words
        return FORCE_HEADS.contains(first)
                || words.length > 1 && FORCE_HEADS.contains(first + " " + ArabicMatchKey.of(org.marsad.core.text.ArabicMorphology.bare(words[1])));
    }

    /**
     * المتحدث العسكري المصري, الناطق العسكري: the spokesman speaks for his country's army, which is the party (it reports
     * what it did, as a force does).
     */
    private static Candidate militarySpokesman(SentenceWords words, int i, String rule) {
        if (i + 1 >= words.size() || !SPOKESMEN.contains(words.get(i).bare()) || !words.get(i + 1).key().equals("العسكري")) {
            return null;
        }
        boolean national = i + 2 < words.size() && EventPlaces.countryOfNationality(words.get(i + 2).text()) != null;
        String army = ARMY + (national ? " " + org.marsad.core.text.ArabicMorphology.withoutConjunction(words.get(i + 2).text()) : "");
        int to = national ? i + 3 : i + 2;
        if (to < words.size() && (words.get(to).key().equals("باسم") || words.get(to).key().startsWith("ل"))) {
            return null; // المتحدث العسكري باسم التحالف, للقوات المسلحة: the body he speaks for is named
        }
        return new Candidate(i, to, new EventParty(army, EventParty.Type.FORCE, rule + ": " + words.keys(i, to)));
    }

    /** The adjectives of allegiance a force's name goes on past (الموالية للشرعية, التابعة للحكومة). */
    private static final Lexicon LOYAL = Lexicon.named("allegiance-words");
    private static final java.util.Set<String> SPOKESMEN = java.util.Set.of("متحدث", "ناطق");
    private static final String ARMY = "الجيش";

    EventParty target(SentenceWords words, Quantity count, List<LocatedName> names) {
        int after = words.firstAtOrAfter(count.end());
        // مقتل 3 جنود في هجوم على كتيبة للجيش: the people the count names were hit, not what the attack was aimed at
        boolean namedPeople = countsPeople(count.category()) && after < words.size() && groupAt(words, after) != null
                && !GENERIC_COUNTED.contains(words.get(after).bare());
        // 41 ضربة جوية في سوريا والعراق ضد تنظيم داعش: a deed's count names no people, and its target may stand past its place
        int reach = countsPeople(count.category()) ? WORDS_TO_CUE : WORDS_TO_DEEDS_CUE;
        for (int i = after; i < Math.min(words.size(), after + reach); i++) {
            if (words.get(i).isPunctuation() && !isQuote(words.get(i))) {
                break;
            }
            int agency = Math.max(startsWith(words, i, AGENT_CUES), startsWith(words, i, AGENT_CLAIMS));
            if (agency > 0) {
                i += agency - 1; // على يد الشرطة names who acted, not whom
                continue;
            }
            int cueLength = startsWith(words, i, TARGET_CUES);
            if (cueLength == 1 && namedPeople && i > after && AIMED_AT.contains(words.get(i).key())
                    && !(i + 1 < words.size() && TARGET_POSITIONS.contains(words.get(i + 1).bare()))) { // على أحد مواقع داعش still says whose
                break;
            }
            if (cueLength > 0) {
                int at = i + cueLength;
                // 12 من رجال الأمن: a group of two words first, before رجال is read as a membership (8 من رجال المقاومة)
                while (at < words.size() - 1 && MEMBER_WORDS.contains(words.get(at).bare()) && group(words, at, at + 2) == null) {
                    at++; // خمسة من كبار قادة الجهاديين: the rank says nothing of the side
                }
                // 12 من رجال الأمن, على مواقع الإرهابيين: people named as a group right after the cue
                EventParty people = at < words.size() ? groupAt(words, at) : null;
                EventParty whose = at < words.size() ? ownerOfThePronoun(words, at, count, names) : null;
                if (whose != null) {
                    return whose; // سقوط ستة من عناصره after حزب الله: the members are the organisation's
                }
                if (people != null) {
                    EventParty owner = ownerAfter(words, at, names);
                    return owner != null ? owner : people;
                }
                Candidate c = partyAfter(words, at, names, false, "after " + words.keys(i, at));
                boolean otherSide = c != null && (" " + words.keys(at, c.from()) + " ").contains(" مع "); // من القتال مع قوات الأمن
                if (c != null && !otherSide && !STRIKE_HEADS.contains(words.get(c.from()).bare())) {
                    return c.party(); // but جرح 400 من الغارات الجوية التركية: a strike is what wounded them
                }
            }
        }
        if (!countsPeople(count.category()) || after >= words.size()) {
            return null;
        }
        int last = after - 1;
        if (last >= 0 && words.get(last).start() >= count.start()) {
            EventParty dual = group(words, last, last + 1); // جنديان, شرطيين, عنصران: the number is the noun
            if (dual != null) {
                return dual;
            }
        }
        int noun = after;
        while (noun < words.size() && isQuote(words.get(noun))) {
            noun++; // ثلاثة "إرهابيين"
        }
        if (noun < words.size() && GENERIC_COUNTED.contains(words.get(noun).bare()) && noun + 1 < words.size()) {
            noun++; // عشرة أفراد تكفيريين: the word after the generic noun says who
        }
        EventParty counted = noun < words.size() ? groupAt(words, noun) : null;
        if (counted != null) {
            EventParty owner = ownerAfter(words, noun, names);
            counted = owner != null ? owner : counted;
        }
        int before = words.firstAtOrAfter(count.start()) - 1;
        if (counted == null && before >= 0 && !Character.isDigit(count.sentence().charAt(count.start()))) {
            counted = group(words, before, before + 1); // متطرفين اثنين: the noun before a number word
        }
        return counted != null ? counted : whoseLosses(words, before, names);
    }

    /** ما زاد من خسائر الانقلابيين لتصل إلى 35 قتيلا: whose losses a toll counts, named a few words before it. */
    private EventParty whoseLosses(SentenceWords words, int before, List<LocatedName> names) {
        for (int k = before; k >= Math.max(0, before - LOSSES_REACH); k--) {
            if (words.get(k).isPunctuation()) {
                return null;
            }
            if (LOSSES.contains(words.get(k).bare()) && k + 1 < words.size()) {
                EventParty people = groupAt(words, k + 1);
                Candidate party = people == null ? partyAt(words, k + 1, names, false, "after " + words.get(k).text()) : null;
                return people != null ? people : party == null ? null : party.party();
            }
        }
        return null;
    }

    private static final Lexicon LOSSES = Lexicon.named("loss-nouns");
    private static final int LOSSES_REACH = 6;

    /**
     * Whom a count of others counts when no count of its sentence says (مقتل رجل شرطة وإصابة ستة آخرين, قتل 11
     * شخصا وأصيب 17 آخرون): the nearest group named before it in its clause; آخرين with none is people.
     *
     * @param others whether the count's noun is آخرين (else it has none: وإصابة 23.)
     */
    EventParty othersBefore(SentenceWords words, Quantity count, boolean others) {
        int first = words.firstAtOrAfter(count.start());
        for (int k = first - 1; k >= Math.max(0, first - OTHERS_REACH); k--) {
            if (EventExtractor.CLAUSE_BREAK.matcher(words.get(k).key()).matches()) {
                break;
            }
            EventParty two = k + 2 <= first ? group(words, k, k + 2, false) : null;
            EventParty group = two != null ? two : adjectiveOfANoun(words, k) ? null : group(words, k, k + 1, false);
            if (group != null && !group.name().equals(SAME)) {
                return new EventParty(group.name(), group.type(), OTHERS + group.evidence());
            }
        }
        return others ? new EventParty(PEOPLE, EventParty.Type.GROUP, OTHERS_UNNAMED) : null;
    }

    /**
     * Whether word k is a singular adjective of the definite noun before it that names no one (الدفاع المدني, المجتمع
     * المدني): a body, not its people.
     */
    private static boolean adjectiveOfANoun(SentenceWords words, int k) {
        if (k == 0 || !words.get(k).key().startsWith("ال") || words.get(k).key().endsWith("ين") || words.get(k).key().endsWith("ون")) {
            return false;
        }
        SentenceWords.Word noun = words.get(k - 1);
        return !noun.isPunctuation() && noun.key().startsWith("ال") && group(words, k - 1, k, false) == null;
    }

    /** How a target {@link #othersBefore} found begins its evidence: a later sentence that names the target says more. */
    static final String OTHERS = "the others of ";
    private static final String OTHERS_UNNAMED = OTHERS + "none named before";

    /** How many words before a count of others its people may be named. */
    private static final int OTHERS_REACH = 15;

    private static final java.util.Set<String> GENERIC_COUNTED = java.util.Set.of("افراد", "عناصر");
    /** Ranks and memberships between من and the side they belong to: كبار, قادة, أعضاء. */
    private static final Lexicon MEMBER_WORDS = Lexicon.named("member-words");

    /**
     * The organisation or force a counted group in construct state belongs to: مقاتلي الحشد الشعبي, مسلحي «أحرار
     * الشام», عناصر تنظيم داعش — the word ends the construct (ي of the plural, or عناصر, أفراد) and a named side
     * follows at once.
     */
    private EventParty ownerAfter(SentenceWords words, int group, List<LocatedName> names) {
        String word = words.get(group).bare();
        boolean construct = word.endsWith("ي") && word.length() > 4 || GENERIC_COUNTED.contains(word);
        int next = group + 1;
        while (next < words.size() && isQuote(words.get(next))) {
            next++;
        }
        if (!construct || next >= words.size()) {
            return null;
        }
        Candidate c = partyAt(words, next, names, false, "after " + words.get(group).text());
        return c == null || c.party().type() != EventParty.Type.ORGANIZATION ? null : c.party();
    }

    /**
     * The organisation a member's or fighter's pronoun stands for (يتواصل نزيف حزب الله … سقوط ستة من عناصره): the name nearest
     * before the count in its sentence, when that is an organisation; a person there owns the pronoun instead (مقتل
     * أربعة من مرافقيه after الشدادي), and the noun alone says who they are.
     */
    private static EventParty ownerOfThePronoun(SentenceWords words, int at, Quantity count, List<LocatedName> names) {
        String stem = org.marsad.core.text.ArabicMorphology.withoutPossessive(words.get(at).bare());
        // members and fighters say nothing of whose they are; soldiers (جنودها) and the like name a group of their own
        String group = stem == null ? null : GROUPS.getOrDefault(stem, stem.endsWith("ي") ? GROUPS.get(stem + "ن") : null);
        boolean member = stem != null && (GENERIC_COUNTED.contains(stem) || MEMBER_WORDS.contains(stem) || FIGHTERS.equals(group));
        if (!member || GROUPS.containsKey(words.get(at).bare())) {
            return null;
        }
        LocatedName nearest = null;
        for (LocatedName n : names) {
            if (n.end() <= count.start() && n.type() != EntityType.LOCATION && (nearest == null || n.end() > nearest.end())) {
                nearest = n;
            }
        }
        return nearest == null || nearest.type() != EntityType.ORGANIZATION || OUTLETS.canonical(nearest.name()).isPresent() ? null
                : new EventParty(nearest.name(), EventParty.Type.ORGANIZATION, "whose " + words.get(at).text() + " are: " + nearest.name());
    }

    /** The group named at word i, in two words or one. */
    private static EventParty groupAt(SentenceWords words, int i) {
        EventParty two = i + 1 < words.size() ? group(words, i, i + 2) : null;
        EventParty one = two != null ? two : group(words, i, i + 1);
        if (two == null && one != null && one.name().equals(FIGHTERS) && i + 1 < words.size()) {
            EventParty which = group(words, i + 1, i + 2); // المتمردين الحوثيين: the second word says whose fighters
            if (which != null && !which.name().equals(FIGHTERS) && COMBATANTS.contains(which.name())) {
                return new EventParty(which.name(), EventParty.Type.GROUP, "counted noun: " + words.keys(i, i + 2));
            }
        }
        if (one != null && one.name().equals(PEOPLE) && i + 1 < words.size()) {
            String nationality = nationalityGroup(words.get(i + 1).text()); // أربعة مواطنين فلسطينيين: Palestinians
            return nationality == null ? one : new EventParty(nationality, EventParty.Type.GROUP, "counted noun: " + words.keys(i, i + 2));
        }
        return one;
    }

    /** The group of people no word says more of, and of fighters no word says more of. */
    static final String PEOPLE = "أشخاص";
    private static final String FIGHTERS = "مسلحون";

    /** The group words [from, to) name: a counted noun of victim-groups.tsv, or a nationality (فلسطينيا: فلسطينيون). */
    private static EventParty group(SentenceWords words, int from, int to) {
        return group(words, from, to, true);
    }

    /** @param nationality whether a nationality alone names a group: after a number (فلسطينيا), not as an adjective (جندي تركي) */
    private static EventParty group(SentenceWords words, int from, int to, boolean nationality) {
        StringBuilder key = new StringBuilder();
        for (int i = from; i < to; i++) {
            key.append(key.isEmpty() ? "" : " ").append(words.get(i).bare());
        }
        String group = GROUPS.get(key.toString());
        if (group == null && to - from == 1 && nationality) {
            group = nationalityGroup(words.get(from).text());
            group = group != null ? group : nisbaPlural(words.get(from).text());
        }
        String stem = group == null && to - from == 1 ? org.marsad.core.text.ArabicMorphology.withoutPossessive(key.toString()) : null;
        if (stem != null && !GENERIC_COUNTED.contains(stem)) { // عناصرها: whose they are the pronoun says, not the noun
            // أربعة من جنودها, مقاتليه: the soldiers whose owner the pronoun is; a construct plural (مقاتلي) is the noun in ين
            group = GROUPS.getOrDefault(stem, stem.endsWith("ي") ? GROUPS.get(stem + "ن") : null);
            group = SAME.equals(group) ? null : group;
        }
        return group == null ? null : new EventParty(group, EventParty.Type.GROUP, "counted noun: " + words.keys(from, to));
    }

    /**
     * نيباليين, مقدسيين, صحفيين: a plural of a nisba the lists lack still names the people counted (نيباليون); only
     * the plural in ين or ون, since an accusative in يا after a number is as often an adverb (يوميا, سنويا).
     */
    private static String nisbaPlural(String word) {
        String w = org.marsad.core.text.ArabicMorphology.withoutConjunction(word);
        boolean plural = w.length() > 5 && (w.endsWith("يين") || w.endsWith("يون")) && !w.startsWith("ال") && w.charAt(w.length() - 4) != 'ا';
        return plural ? w.substring(0, w.length() - 2) + "ون" : null;
    }

    /** فلسطينياً, إيرانيين, بريطانيون: people of a nationality, named in the plural (فلسطينيون). */
    private static String nationalityGroup(String word) {
        String w = word.replace("\u064B", "").replace("\u064C", "").replace("\u064D", "");
        for (String ending : new String[] {"ين", "ون", "ا", "ان", ""}) { // "" : 445 فلسطيني, the singular the press writes after a number
            if (w.endsWith(ending) && w.length() > ending.length() + 3) {
                String singular = w.substring(0, w.length() - ending.length());
                if (singular.endsWith("ي") && NATIONALITIES.contains("ال" + singular)) {
                    return singular + "ون";
                }
            }
        }
        return null;
    }

    /** من تنظيم «داعش», من تنظيم "الدولة الإسلامية": quotes around a name do not end the phrase. */
    private static boolean isQuote(SentenceWords.Word w) {
        return "«»\"“”".contains(w.text());
    }

    private static boolean countsPeople(QuantityCategory category) {
        return category == QuantityCategory.KILLED || category == QuantityCategory.WOUNDED || category == QuantityCategory.ARRESTED;
    }

    /** The length in words of the cue phrase that starts at word i, or 0. */
    private static int startsWith(SentenceWords words, int i, List<String[]> cues) {
        for (String[] cue : cues) {
            boolean match = i + cue.length <= words.size();
            for (int k = 0; match && k < cue.length; k++) {
                String key = words.get(i + k).key();
                // the cue's first word may carry و or ف (ونفذه انتحاري, وفي هجوم)
                match = key.equals(cue[k]) || k == 0 && key.length() > cue[k].length() && (key.charAt(0) == 'و' || key.charAt(0) == 'ف')
                        && key.substring(1).equals(cue[k]);
            }
            if (match) {
                return cue.length;
            }
        }
        return 0;
    }

    private static final List<String[]> BOTH_SIDES = phrases("both-sides");
    private static final List<String[]> WHEN_WORDS = phrases("when-words");

    /** Whether a phrase of both sides (من الطرفين) follows within a few words (على الأقل, the counted noun) of word i. */
    private static boolean onBothSides(SentenceWords words, int i) {
        for (int k = i; k < Math.min(words.size(), i + 4); k++) {
            if (startsWith(words, k, BOTH_SIDES) > 0) {
                return true;
            }
            if (words.get(k).isPunctuation()) {
                return false;
            }
        }
        return false;
    }

    /** The first named party or force within a few words from word {@code from}. */
    private Candidate partyAfter(SentenceWords words, int from, List<LocatedName> names, boolean persons, String rule) {
        int limit = Math.min(words.size(), from + WORDS_AFTER_CUE);
        for (int i = from; i < limit; i++) {
            if (AIMED_AT.contains(words.get(i).key())) {
                return null; // في هجوم على كتيبة للجيش: what follows على is what was attacked
            }
            Candidate c = partyAt(words, i, names, persons, rule);
            if (c != null) {
                return c;
            }
            if (words.get(i).isPunctuation() && !isQuote(words.get(i))) {
                return null;
            }
        }
        return null;
    }

    /** The parties that end before the count within reach, in the order they stand. */
    private List<Candidate> partiesBefore(SentenceWords words, Quantity count, List<LocatedName> names) {
        List<Candidate> out = new ArrayList<>();
        boolean joined = joinedDeed(words, count);
        for (int i = 0; i < words.size() && words.get(i).end() <= count.start(); i++) {
            Candidate c = partyAt(words, i, names, false, "before the count");
            if (c != null && words.get(c.to() - 1).end() <= count.start()) {
                // دعم مقاتلات التحالف الذي شن 15 غارة: the count in the relative clause's own verb, not a later one (مواقع حركة حماس
                // التي تسيطر على القطاع خلفت أربعة جرحى: the raid left them)
                boolean relative = c.to() < words.size() && RELATIVES.contains(words.get(c.to()).key())
                        && words.firstAtOrAfter(count.start()) - c.to() <= RELATIVE_CLAUSE_REACH;
                int gap = count.start() - words.get(c.to() - 1).end();
                String toTheCount = ArabicMatchKey.of(count.sentence().substring(words.get(c.to() - 1).end(), count.start()));
                boolean doer = i > 0 && STATE_DEEDS.contains(words.get(i - 1).text()); // هاجمت جبهة النصرة مقرا … تسببت بمقتل 11
                boolean reached = gap <= ACTOR_REACH || gap <= ACTOR_REACH_BY_RESULT
                        && (RESULT.matcher(toTheCount).find() || doer && RESULT_VERB.matcher(toTheCount).find() || joined);
                boolean earlierEvent = PRIOR_EVENT.matcher(ArabicMatchKey.of(count.sentence().substring(words.get(c.to() - 1).end(), count.start()))).find();
                if (reached && !earlierEvent && !harmed(words, i) && (relative || !afterTargetCue(words, i) && !governed(words, i))) {
                    out.add(c);
                }
                i = c.to() - 1;
            }
        }
        return out;
    }

    /**
     * Whether the count's own verb is joined by و to an earlier one (داهمت … واعتقلت عشرة, ضبطت … وألقت القبض على
     * تسعة): its subject is that verb's, however far back.
     */
    private static boolean joinedDeed(SentenceWords words, Quantity count) {
        int k = words.firstAtOrAfter(count.start()) - 1;
        for (int skipped = 0; k > 0 && skipped < 2 && OBJECT_MARKERS.contains(words.get(k).key()); skipped++) {
            k--; // وألقت القبض على
        }
        if (k < 0) {
            return false;
        }
        String verb = words.get(k).text();
        return verb.startsWith("و") && JOINED_DEEDS.contains(org.marsad.core.text.ArabicMorphology.withoutConjunction(verb));
    }

    private static final Lexicon JOINED_DEEDS = Lexicon.named("joined-deed-verbs");
    private static final java.util.Set<String> OBJECT_MARKERS = java.util.Set.of("علي", "القبض");

    /** مقتل معاون مباحث قسم شرطة: a party a few words after a noun of harm is among the harmed. */
    private static boolean harmed(SentenceWords words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - HARM_REACH); k--) {
            if (words.get(k).isPunctuation()) {
                return false;
            }
            if (HARM_NOUNS.contains(words.get(k).bare()) || HARM_NOUNS.contains(words.get(k).key())) {
                return true;
            }
        }
        return false;
    }

    private static final int HARM_REACH = 4;
    private static final Lexicon HARM_NOUNS = Lexicon.named("harm-nouns");
    private static final Lexicon ATTACKERS = Lexicon.named("attacker-nouns");
    /** A gunman or an attacker, not a suicide bomber, whom the team's gold leaves without an actor as the reports do. */
    private static final java.util.Set<String> GUNMEN = java.util.stream.Stream.of("مسلح", "مهاجم")
            .map(ArabicMatchKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Heads that name a force alone, without the article: a plural of armed men (مسلحون, متمردين). */
    private static final java.util.Set<String> FORCE_ALONE = java.util.stream.Stream.of("مسلحون", "مسلحين", "متمردون", "متمردين", "ثوار")
            .map(ArabicMatchKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final java.util.Set<String> SUBSET_WORDS = java.util.Set.of("بينهم", "منهم", "بينهن", "منهن");
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("الذي", "التي", "الذين");
    /** Words after an attack's noun that introduce what it was aimed at (على, ضد, استهدف). */
    private static final java.util.Set<String> AIMED_AT = java.util.stream.Stream.of("على", "ضد", "استهدف", "استهدفت")
            .map(ArabicMatchKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** في أعقاب, عقب, إثر: the count after such a word is of an earlier event than the one a party before it did. */
    private static final java.util.regex.Pattern PRIOR_EVENT = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])" + org.marsad.core.text.WordAlternation.of(Lexicon.named("prior-event-words").foldedEntries()) + "(?![\\p{L}])");
    private static final java.util.Set<String> AIRCRAFT = java.util.stream.Stream.of("طائرات", "مقاتلات", "طيران", "مروحيات")
            .map(ArabicMatchKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * من تنظيم «داعش», ضد مواقع داعش: a party a few words after من or ضد is a count's target, not the next count's actor;
     * so is a party right after a noun of what it holds (هاجمت تحصينات المتمردين, target-positions.txt).
     */
    private static boolean afterTargetCue(SentenceWords words, int i) {
        if (i > 0 && TARGET_POSITIONS.contains(words.get(i - 1).bare())) {
            return true;
        }
        if (words.get(i).key().startsWith("و") && joinedToATarget(words, i)) {
            return true; // من مسلحي ميليشيا الحوثي والقوات الموالية للرئيس: the forces joined to the side counted
        }
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String key = words.get(k).key();
            boolean ofTheDoers = key.equals("من") && k >= 2 && startsWith(words, k - 2, AGENT_CLAIMS) == 1; // هجوم شنه عناصر من حركة الشباب
            if (key.equals("ضد") || key.equals("من") && !ofTheDoers || key.equals("صفوف") || key.equals("مع")) {
                return true;
            }
        }
        return false;
    }

    /** Whether من or ضد stands a few words before word i (its و-joined party), no punctuation between. */
    private static boolean joinedToATarget(SentenceWords words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - JOINED_TARGET_REACH); k--) {
            if (words.get(k).isPunctuation()) {
                return false;
            }
            if (words.get(k).key().equals("من") || words.get(k).key().equals("ضد")) {
                return true;
            }
        }
        return false;
    }

    private static final int JOINED_TARGET_REACH = 6;

    /**
     * Whether the word before word i makes what begins there no subject: a preposition (في سيفاري, بفيسبوك, لـ«الشرق
     * الأوسط»), or a place whose name it is part of (مسجد قوات الطوارئ).
     */
    private static boolean governed(SentenceWords words, int i) {
        String text = words.get(i).text();
        if (text.startsWith("ب") && !words.get(i).bare().startsWith("ب")) {
            return true;
        }
        if (text.startsWith("ل") && !words.get(i).bare().startsWith("ل") && !ownsTheNounBefore(words, i)) {
            return true; // للحوثيين, لتنظيم داعش: a preposition's object; but غارات لمقاتلات التحالف: whose attack
        }
        int k = i - 1;
        while (k >= 0 && isQuote(words.get(k))) {
            k--;
        }
        return k >= 0 && (PREPOSITIONS.contains(words.get(k).key()) || INSTITUTIONS.contains(words.get(k).bare()));
    }

    /**
     * Whether the party at word i, written with ل, owns the noun right before it (an adjective may stand between): an
     * attack (غارات لمقاتلات التحالف, قصف مدفعي للحوثيين) or a body (القيادة المشتركة لقوات التحالف).
     */
    private static boolean ownsTheNounBefore(SentenceWords words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            if (ATTACK_NOUNS.contains(words.get(k).bare()) || ORGANISATION_HEADS.contains(words.get(k).bare())) {
                return true;
            }
            boolean definiteAfterDefinite = k > 0 && words.get(k).key().startsWith("ال") && words.get(k - 1).key().startsWith("ال");
            if (!(org.marsad.core.text.ArabicMorphology.endsAsNisba(words.get(k).text()) || definiteAfterDefinite)) {
                return false; // an adjective may stand between: القيادة المشتركة لقوات
            }
        }
        return false;
    }

    private static final Lexicon ATTACK_NOUNS = Lexicon.named("attack-nouns");
    private static final Lexicon STATE_DEEDS = Lexicon.named("state-deed-verbs");
    private static final Lexicon TARGET_POSITIONS = Lexicon.named("target-positions");
    /** مجموعة, جماعات, خلية: a group that acts only as an armed one (مجموعة مسلحة), never alone (مجموعة من الأطباء). */
    private static final Lexicon GROUP_HEADS = Lexicon.named("armed-group-heads");
    private static final Lexicon ARMED_ADJECTIVES = Lexicon.named("armed-adjectives");
    private static final Lexicon ORGANISATION_HEADS = Lexicon.named("organisation-heads");

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("في", "علي", "عن", "الي", "مع", "بين", "لـ", "ل");
    private static final Lexicon INSTITUTIONS = Lexicon.named("institution-words");
    private static final Lexicon DESCRIBING = Lexicon.named("describing-adjectives");
    private static final OutletRegistry OUTLETS = OutletRegistry.standard();

    /** A party beginning at word i: an organisation (or person) found there, else a described force. */
    private Candidate partyAt(SentenceWords words, int i, List<LocatedName> names, boolean persons, String rule) {
        LocatedName name = nameAt(words.get(i).start(), names);
        int after = name == null ? -1 : wordsTo(words, i, name.end());
        if (after == i + 1 && after < words.size() && CalendarNames.weekdayOf(words.get(after).text()) != null) {
            return null; // ليل الخميس, صباح السبت: one word before a weekday is a time of day, whatever the tagger took it for
        }
        if (name != null && name.type() == EntityType.LOCATION && i > 0 && STATE_DEEDS.contains(words.get(i - 1).text())
                && hierarchy.mayBeACountry(name.name())) {
            // نفذت الولايات المتحدة 30 ضربة جوية, شنت إسرائيل غارات: a state that does the deed acts
            return new Candidate(i, after, new EventParty(name.name(), EventParty.Type.ORGANIZATION,
                    rule + ": " + words.get(i - 1).text() + " " + name.name()));
        }
        if (name != null && name.type() == EntityType.LOCATION && hierarchy.mayBeACountry(name.name()) && subjectOfADeed(words, after)) {
            // الولايات المتحدة وحلفاؤها نفذوا 41 ضربة جوية: the state before the deed's verb did it
            return new Candidate(i, after, new EventParty(name.name(), EventParty.Type.ORGANIZATION,
                    rule + ": " + name.name() + " " + words.keys(after, Math.min(words.size(), after + 2))));
        }
        if (name != null && name.type() == EntityType.ORGANIZATION && OUTLETS.canonical(name.name()).isPresent()) {
            return null; // حصلت «الشرق الأوسط» على نسخة منه: the paper that reports is no party to what it reports
        }
        if (name != null && (name.type() == EntityType.ORGANIZATION || persons && name.type() == EntityType.PERSON)) {
            EventParty.Type type = name.type() == EntityType.PERSON ? EventParty.Type.PERSON : EventParty.Type.ORGANIZATION;
            return new Candidate(i, wordsTo(words, i, name.end()), new EventParty(name.name(), type, rule + ": " + name.name()));
        }
        if (AIRCRAFT.contains(words.get(i).bare()) && i + 1 < words.size() && FORCE_HEADS.contains(words.get(i + 1).bare())
                && words.get(i + 1).key().startsWith("ال")) {
            Candidate force = partyAt(words, i + 1, names, persons, rule); // طائرات القوات الجوية الليبية: the air force
            return force == null ? null : new Candidate(i, force.to(), force.party());
        }
        if (i + 1 < words.size() && GROUP_HEADS.contains(words.get(i).bare()) && ARMED_ADJECTIVES.contains(words.get(i + 1).bare())) {
            String group = shownHead(words.get(i)) + " " + words.get(i + 1).text(); // شنته مجموعة مسلحة, جماعات إرهابية
            return new Candidate(i, i + 2, new EventParty(group, EventParty.Type.FORCE, rule + ": " + group));
        }
        if (GUNMEN.contains(words.get(i).bare()) && i + 1 < words.size() && RELATIVES.contains(words.get(i + 1).key())) {
            String attacker = shownHead(words.get(i)); // بالمسلح الذي قتل ثلاثة أشخاص: the attacker the relative clause tells of
            return new Candidate(i, i + 1, new EventParty(attacker, EventParty.Type.FORCE, rule + ": " + attacker));
        }
        Candidate spokesman = militarySpokesman(words, i, rule);
        if (spokesman != null) {
            return spokesman;
        }
        boolean strike = STRIKE_HEADS.contains(words.get(i).bare());
        if (!strike && !FORCE_HEADS.contains(words.get(i).bare())
                && !(i + 1 < words.size() && FORCE_HEADS.contains(words.get(i).bare() + " " + words.get(i + 1).bare()))) {
            return null;
        }
        boolean twoWordHead = !strike && !FORCE_HEADS.contains(words.get(i).bare()) && i + 1 < words.size();
        int end = twoWordHead ? i + 2 : i + 1;
        LocatedName commanded = twoWordHead && end < words.size() ? nameAt(words.get(end).start(), names) : null;
        if (commanded != null && commanded.type() == EntityType.LOCATION) {
            end = wordsTo(words, end, commanded.end()); // قيادة عمليات بغداد: the command of a place
        }
        while (!twoWordHead && end < words.size() && end - i <= 3) {
            SentenceWords.Word w = words.get(end);
            LocatedName inside = nameAt(w.start(), names);
            if (inside != null && inside.type() == EntityType.ORGANIZATION) {
                // طائرات التحالف الدولي: the force of a named body is that body
                return new Candidate(i, wordsTo(words, end, inside.end()),
                        new EventParty(inside.name(), EventParty.Type.ORGANIZATION, rule + ": " + inside.name()));
            }
            boolean indefiniteAdjective = !words.get(i).key().startsWith("ال") && !w.key().startsWith("ال")
                    && (org.marsad.core.text.ArabicMorphology.endsAsNisba(w.text()) && w.key().length() > 4 || w.key().equals("مشتركه"));
            // past its first word a place says where the force is (قوات الجيش شمال سيناء), and a nationality ends its name
            // (الشرطة الكندية السائق المشتبه: what follows is the verb's object)
            boolean placed = inside != null && inside.type() == EntityType.LOCATION && end > i + 1;
            boolean national = end > i + 1 && w.key().startsWith("ال") && EventPlaces.countryOfNationality(words.get(end - 1).text()) != null;
            // past the head and its first word, a judging adjective is the paper's view, not the force's name (القوات المسلحة stays)
            boolean judged = end > i + 1 && DESCRIBING.contains(w.text());
            boolean ends = judged || STOPPERS.contains(w.text()) || CalendarNames.weekdayOf(w.text()) != null || inside != null && inside.type() != EntityType.ORGANIZATION
                    && inside.type() != EntityType.LOCATION || placed || national;
            if (!ends && w.text().startsWith("ل") && LOYAL.contains(words.get(end - 1).text())) {
                end = inside != null ? wordsTo(words, end, inside.end()) : end + 1; // القوات الموالية للشرعية: to whom is its name
                break;
            }
            if (ends || !(w.key().startsWith("ال") || inside != null || indefiniteAdjective)) { // السلطات الأردنية الأحد, التحالف الذي
                break;
            }
            end = inside != null ? wordsTo(words, end, inside.end()) : end + 1;
        }
        if (strike && !saysWhose(words, i + 1, end)) {
            return null; // الضربات الجوية أسفرت: a strike with no word of whose is no party
        }
        if (end == i + 1 && !org.marsad.core.text.ArabicMorphology.hasArticle(words.get(i).key()) && !FORCE_ALONE.contains(words.get(i).bare())) {
            return null; // منسوبي قوات طوارئ منطقة عسير: an indefinite head with nothing of its own names no force
        }
        EventParty whose = FORCE_ALONE.contains(words.get(i).bare()) && i + 1 < words.size() ? group(words, i + 1, i + 2) : null;
        if (whose != null && !whose.name().equals(FIGHTERS) && COMBATANTS.contains(whose.name())) {
            // كمين نصبه مسلحون حوثيون: the adjective says whose fighters they are
            return new Candidate(i, i + 2, new EventParty(whose.name(), EventParty.Type.FORCE, rule + ": " + words.keys(i, i + 2)));
        }
        StringBuilder force = new StringBuilder();
        for (int k = i; k < end; k++) {
            force.append(force.isEmpty() ? "" : " ").append(k == i ? shownHead(words.get(k)) : words.get(k).text());
        }
        return new Candidate(i, end, new EventParty(force.toString(), EventParty.Type.FORCE, rule + ": " + force));
    }

    /** Whether word k is a verb of a deed, or the partner joined by و to a subject before one (وحلفاؤها نفذوا). */
    private static boolean subjectOfADeed(SentenceWords words, int k) {
        if (k >= words.size()) {
            return false;
        }
        boolean partner = k + 1 < words.size() && words.get(k).key().startsWith("و");
        return STATE_DEEDS.contains(words.get(k).text()) || partner && STATE_DEEDS.contains(words.get(k + 1).text());
    }

    /** Whether words [from, to) after a strike's head say more than how it struck: التركية, للتحالف, not الجوية alone. */
    private static boolean saysWhose(SentenceWords words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!STRIKE_KINDS.contains(words.get(k).bare())) {
                return true;
            }
        }
        return false;
    }

    /** How a strike struck, which says nothing of whose it was. */
    private static final java.util.Set<String> STRIKE_KINDS = java.util.stream.Stream.of("جوية", "صاروخية", "مدفعية", "جوي", "صاروخي")
            .map(ArabicMatchKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** والقوات → القوات, لمسلحين → مسلحين, but وحدات stays: the clitics go only while the word is still the head. */
    private static String shownHead(SentenceWords.Word w) {
        String t = w.text();
        String nominative = nominative(t);
        if (nominative != null) {
            return nominative;
        }
        if (t.startsWith("لل") && t.length() > 4) {
            return "ال" + t.substring(2);
        }
        while (t.length() > 3 && "وفبلك".indexOf(t.charAt(0)) >= 0
                && ArabicMatchKey.of(org.marsad.core.text.ArabicMorphology.bare(t.substring(1))).equals(w.bare())) {
            t = t.substring(1);
        }
        return t;
    }

    /** متمردين, والمسلحين: a head in the sound plural, shown as the nominative its list also has (متمردون), else null. */
    private static String nominative(String head) {
        String w = org.marsad.core.text.ArabicMorphology.withoutConjunction(head);
        if (!w.endsWith("ين") || w.length() < 5) {
            return null;
        }
        String plural = w.substring(0, w.length() - 2) + "ون";
        return FORCE_HEADS.contains(org.marsad.core.text.ArabicMorphology.bare(plural)) ? plural : null;
    }

    private static LocatedName nameAt(int start, List<LocatedName> names) {
        for (LocatedName n : names) {
            if (n.start() == start) {
                return n;
            }
        }
        return null;
    }

    /** The index after the last word that ends at or before a character offset, from word i on. */
    private static int wordsTo(SentenceWords words, int i, int endChar) {
        int k = i;
        while (k < words.size() && words.get(k).end() <= endChar) {
            k++;
        }
        return Math.max(k, i + 1);
    }
}
