package org.marsad.core.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.core.text.ArabicMatchKey;
import org.marsad.core.text.Lexicon;
import org.marsad.core.text.Sentences;
import org.marsad.core.text.WordAlternation;

/**
 * Direct quotes in {@code «»} or {@code ""} and reported speech ({@code قال X إن …}, {@code أكد X أن …},
 * {@code وأوضح X: …}), each with its speaker when the sentence names one. The speaker is the phrase between
 * the speech verb and the quote or {@code إن}/{@code أن}, resolved to a person or organisation of the
 * article when it holds one ({@code المتحدث باسم …، صباح النعمان} → صباح النعمان; {@code وفقاً للخفاجي} →
 * تحسين الخفاجي). A statement with no subject of its own ({@code وأوضح أن …}, {@code مضيفاً أن …}) goes on
 * in the voice of the quotation before it.
 */
public final class QuotationExtractor {

    /** Straight quotes found to open and to close (see {@link #straightQuoted}). */
    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';

    private static final String SPEECH_VERBS = Lexicon.named("speech-verbs").alternation();
    private static final String VERBS = "(?:و|ف)?(?:" + SPEECH_VERBS + "|" + Lexicon.named("appeal-verbs").alternation() + "|"
            + Lexicon.named("attributions").alternation() + ")";
    private static final String PARTICIPLE_STEMS = Lexicon.named("speech-participles").alternation();
    /** Speech verbs' participles: {@code مضيفاً أن}, {@code مشيرةً إلى أن}; their speaker is the sentence's subject. */
    private static final String PARTICIPLES = "(?:و)?" + PARTICIPLE_STEMS + "[\u064Bاة]{0,2}";
    private static final String COMPLEMENTIZERS = Lexicon.named("complementizers").alternation();
    /** «…» and “…” pair by themselves; straight quotes are paired in order (see {@link #straightQuoted}). */
    private static final Pattern DIRECT = Pattern.compile("«([^«»]{12,600})»|“([^“”]{12,600})”|" + OPEN + "([^" + OPEN + CLOSE + "]{12,600})" + CLOSE);
    private static final Pattern FUNCTION_WORD = Pattern.compile("\\s" + Lexicon.named("speaker-end-words").alternationAsWritten() + "(?:\\s|$).*$");
    /** A quotation nobody is named for must be a passage, not a slogan; straight quotes need a speaker. */
    private static final int MIN_WORDS_WITHOUT_SPEAKER = 8;
    private static final Pattern OBJECT_PRONOUN = Pattern.compile(Lexicon.named("object-pronoun-words").alternation() + "(?![\\p{L}])");
    /** A quote introduced as speech: {@code … أن "…"}, {@code …: «…»}. */
    private static final Pattern INTRODUCED = Pattern.compile("(?:(?<![\\p{L}])(?:" + COMPLEMENTIZERS + "|إلى)|:)\\s*$");
    /** Words before a quote that name nobody but go on in the last speaker's voice: {@code وأوضح أن "…"}. */
    private static final Pattern GOES_ON = Pattern.compile("(?<![\\p{L}])(?:" + VERBS + "|" + PARTICIPLES + ")\\s*(?:إلى\\s+)?(?:"
            + COMPLEMENTIZERS + "|:)?\\s*$");
    // possessive words (++): a word split into pieces is the same speaker, and trying every split backtracked for long
    private static final Pattern SPEAKER_BEFORE = Pattern.compile(VERBS + "\\s+((?:[^\\s،,:«\"]++\\s*){1,10}?)\\s*(?:[،,:]|"
            + COMPLEMENTIZERS + ")?\\s*$");
    /**
     * A speech verb, the speaker (up to fourteen words, commas included: {@code المتحدث باسم الجهاز في العراق،
     * صباح النعمان،}) or none, {@code إن}/{@code أن}, and the statement up to the sentence's end or the next
     * clause that reports speech.
     */
    private static final Pattern REPORTED = Pattern.compile("(?<![\\p{L}])(?:" + VERBS + "|" + PARTICIPLES + ")((?:\\s+\\S+){0,20}?)\\s+"
            + "(?:إلى\\s+)?" + COMPLEMENTIZERS + "\\s+((?:[^«\"]|«[^«»]{1,80}»|\"[^\"]{1,80}\"){15,400}?)(?=[.!؟]|$|[،,]\\s*(?:و|ف)?"
            + "(?:" + Lexicon.named("quote-enders").alternation() + "|" + PARTICIPLE_STEMS + "|" + SPEECH_VERBS + "))");

    private static final Pattern TRAILING_MARKS = Pattern.compile("[.!؟?:\"«»“”]+$");
    /** A speaker phrase that names nobody (مصادر, وسائل إعلام تركية): the statement has no speaker. */
    private static final Pattern UNNAMED_SOURCE = Pattern.compile("(?:و)?" + WordAlternation.of(Lexicon.named("unnamed-sources").foldedEntries())
            + "(?![\\p{L}])");
    /** Words that describe a speaker without naming them; with the article or without. */
    private static final Pattern DESCRIPTOR = Pattern.compile("(?:ال)?" + WordAlternation.of(descriptors()) + "(?![\\p{L}])");
    /** A generic noun as the whole speaker phrase (البيان, الصحيفة, الوكالة): no speaker. */
    private static final Pattern GENERIC = Pattern.compile("(?:ال)?(?:" + WordAlternation.of(Lexicon.named("statement-nouns").foldedEntries()) + "|"
            + WordAlternation.of(Lexicon.named("outlet-kind-words").foldedEntries()) + "|هيئه|مصدر|تقرير|المصدر)");
    private static final java.util.Set<String> CONNECTORS = new java.util.HashSet<>(Lexicon.named("name-connectors").entries());
    /** بيان للخارجية الأميركية: the statement's issuer after ل. */
    private static final Pattern STATEMENT_OF = Pattern.compile("^(?:ال)?" + WordAlternation.folded(Lexicon.named("statement-nouns").entries())
            + "\\s+(?:لل|ل)(\\S+(?:\\s+\\S+)?)");
    /** هذه الهيئة, هذا المجلس: a body named before, by its head noun. */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?:هذه|هذا)\\s+ال(\\p{L}+)");

    /** A speaker phrase that begins with a preposition names nobody: the verb's subject is elided (وكتب على حسابه, وقال للشبكة). */
    private static final Pattern NO_SUBJECT = Pattern.compile("^(?:على|في|عبر|خلال|لل|امام)(?![\\p{L}])|^لل");
    /** A sentence that opens with a speech verb and no subject: وقال: إن …, وأضاف أن …. */
    private static final Pattern OPENS_WITHOUT_SUBJECT = Pattern.compile("^\\s*" + VERBS + "\\s*(?::|\\s(?:" + COMPLEMENTIZERS + ")(?![\\p{L}]))");
    private static final Pattern PARTICIPLE_START = Pattern.compile(PARTICIPLES + "(?![\\p{L}])");
    /** A participle inside a long speaker phrase: the speech it introduces goes on in the sentence's voice. */
    private static final Pattern PARTICIPLE_WORD = Pattern.compile("(?<![\\p{L}])" + PARTICIPLES + "(?![\\p{L}])");
    private static final Pattern QUOTED = Pattern.compile("«[^»]*»|\"[^\"]*\"");
    /** Marks a speaker phrase that names nobody, as opposed to one not found. */
    private static final String UNNAMED = "";

    private static java.util.List<String> descriptors() {
        java.util.List<String> all = new ArrayList<>();
        for (String lexicon : List.of("speaker-descriptors", "person-titles", "person-offices", "role-heads", "spokesman-nouns",
                "person-expert-titles")) {
            for (String w : Lexicon.named(lexicon).foldedEntries()) {
                all.add(w.startsWith("ال") ? w.substring(2) : w);
            }
        }
        return all.stream().distinct().toList();
    }

    /** A speaker is named within a few words of the quote: a long sentence is not searched from its start. */
    private static final int SPEAKER_WINDOW = 300;

    public List<Quotation> extract(String text) {
        return extract(text, List.of(), List.of());
    }

    /**
     * @param people        the article's people (canonical names): speakers are resolved to them
     * @param organisations the article's organisations, speakers when no person is named
     */
    public List<Quotation> extract(String text, List<String> people, List<String> organisations) {
        SpeakerNames names = people.isEmpty() && organisations.isEmpty() ? SpeakerNames.NONE
                : new SpeakerNames(people, organisations, ArabicMatchKey.of(text));
        List<Quotation> out = new ArrayList<>();
        String previous = "";
        for (String raw : Sentences.of(text)) {
            String sentence = straightQuoted(raw);
            Context context = new Context(names, out, out.size(), previous);
            if (!direct(sentence, context) && !unclosed(sentence, context)) {
                reported(plain(sentence), context);
            }
            previous = raw;
        }
        return out;
    }

    /**
     * What a sentence's speakers are resolved with: the article's names, the quotations so far (those
     * from {@code sentenceStart} on are this sentence's), and the sentence before.
     */
    private record Context(SpeakerNames names, List<Quotation> out, int sentenceStart, String previousSentence) {

        /** The person (else body) the sentence before is about, looked for only when needed. */
        String previousSubject() {
            return names.subjectOf(previousSentence);
        }

        /** The last speaker, else the person the sentence before is about. */
        String voiceGoingOn() {
            String last = lastSpeaker();
            return last != null ? last : previousSubject();
        }

        /** Who a statement with no subject of its own goes on in the voice of: the last speaker. */
        String lastSpeaker() {
            return out.isEmpty() ? null : out.get(out.size() - 1).speaker();
        }
    }

    private static boolean direct(String sentence, Context context) {
        boolean found = false;
        for (Matcher q = DIRECT.matcher(sentence); q.find();) {
            String quote = (q.group(1) != null ? q.group(1) : q.group(2) != null ? q.group(2) : q.group(3)).strip();
            int words = quote.split("\\s+").length;
            String before = beforeQuote(sentence, q.start());
            String speaker = speakerBefore(before, words, context);
            // a name or slogan in quotes («داعش», «متحدون لهزيمة داعش») is not a quotation
            boolean straight = q.group(3) != null;
            boolean unattributed = speaker == null && (straight || words < MIN_WORDS_WITHOUT_SPEAKER);
            if (!Character.isLetter(quote.charAt(0)) || words < 3 || unattributed) {
                continue;
            }
            add(context, speaker, quote);
            found = true;
        }
        return found;
    }

    /**
     * A quotation opened and not closed in its sentence (وقالت ميركل "في النهاية …, it goes on in the next):
     * from the mark to the sentence's end, when a speaker is named for it.
     */
    private static boolean unclosed(String sentence, Context context) {
        int open = unclosedMark(sentence);
        if (open < 0) {
            return false;
        }
        String quote = TRAILING_MARKS.matcher(sentence.substring(open + 1)).replaceFirst("").strip();
        int words = quote.isEmpty() ? 0 : quote.split("\\s+").length;
        if (words < 4 || !Character.isLetter(quote.charAt(0))) {
            return false;
        }
        String before = plain(sentence.substring(Math.max(0, open - SPEAKER_WINDOW), open));
        if (!INTRODUCED.matcher(before).find() && !SPEAKER_BEFORE.matcher(before).find()) {
            return false;
        }
        String speaker = speakerBefore(before, words, context);
        if (speaker == null) {
            return false;
        }
        add(context, speaker, quote);
        return true;
    }

    /** The position of a quotation mark that opens (after a space or a colon, before a letter) and is not closed, or -1. */
    private static int unclosedMark(String sentence) {
        int found = -1;
        for (char[] pair : new char[][] {{'«', '»'}, {'“', '”'}, {'"', '"'}}) {
            int at = sentence.lastIndexOf(pair[0]);
            if (at >= 0 && sentence.indexOf(pair[1], at + 1) < 0 && at + 1 < sentence.length() && Character.isLetter(sentence.charAt(at + 1))
                    && (at == 0 || Character.isWhitespace(sentence.charAt(at - 1)) || ":،".indexOf(sentence.charAt(at - 1)) >= 0)) {
                found = found < 0 ? at : Math.min(found, at);
            }
        }
        return found;
    }

    /** Who says the quote: the phrase after a speech verb, the last speaker going on, or the name last before it. */
    private static String speakerBefore(String before, int words, Context context) {
        Matcher explicit = SPEAKER_BEFORE.matcher(before);
        if (explicit.find()) {
            if (NO_SUBJECT.matcher(ArabicMatchKey.of(explicit.group(1).strip())).lookingAt()) {
                String goesOn = context.voiceGoingOn();
                if (goesOn != null) {
                    return goesOn;
                }
            }
            String speaker = speakerOf(explicit.group(1), context);
            if (speaker != null) {
                return speaker;
            }
        }
        if (OPENS_WITHOUT_SUBJECT.matcher(before).lookingAt()) {
            String goesOn = context.voiceGoingOn();
            if (goesOn != null) {
                return goesOn; // وقال: إن تلك الأبراج … «…»
            }
        }
        if (GOES_ON.matcher(before).find()) {
            String last = context.lastSpeaker();
            if (last != null) {
                return last;
            }
            if (words >= 6 && context.previousSubject() != null && INTRODUCED.matcher(before).find()) {
                return context.previousSubject();
            }
        }
        // a passage, not a phrase: the person or body named last before it speaks (وطمأن الخفاجي الجميع أن "…")
        return words >= 6 && INTRODUCED.matcher(before).find() ? context.names().lastIn(before) : null;
    }

    /**
     * The speaker a phrase names: nobody for an unnamed source ({@code مصادر}, {@code وسائل إعلام}, the
     * empty string); the name before a descriptor ({@code نيل وودز أحد الضباط}); the first person the
     * phrase holds; the person the article names beside the descriptor ({@code وزير الخارجية الأميركي} →
     * مايك بومبيو); its organisation; else the phrase itself, unless a generic noun ({@code البيان}).
     */
    private static String speakerOf(String phrase, Context context) {
        SpeakerNames names = context.names();
        String cleaned = clean(phrase);
        if (cleaned != null && UNNAMED_SOURCE.matcher(ArabicMatchKey.of(cleaned)).lookingAt()) {
            return UNNAMED;
        }
        Matcher statement = STATEMENT_OF.matcher(phrase.strip());
        if (statement.find()) {
            String issuer = names.firstIn(statement.group(1));
            return issuer != null ? issuer : "ال" + statement.group(1).replaceAll("[،,:.]+$", ""); // للخارجية الأميركية: الخارجية الأميركية
        }
        String leading = cleaned == null ? null : leadingName(cleaned);
        if (leading != null) {
            String known = names.lastIn(leading);
            return known != null && ArabicMatchKey.of(known).length() >= ArabicMatchKey.of(leading).length() ? known : leading;
        }
        String person = names.firstPersonIn(phrase);
        if (person != null) {
            return person;
        }
        if (cleaned != null && DESCRIPTOR.matcher(ArabicMatchKey.of(cleaned)).lookingAt()) {
            // وزير الخارجية الأميركي, then المدير الفني for المدير الفني الأرجنتيني: the longest the article writes beside a name
            String[] words = ArabicMatchKey.of(cleaned).split("\\s+");
            for (int n = words.length; n >= 2; n--) {
                String beside = names.personBeside(String.join(" ", java.util.Arrays.copyOfRange(words, 0, n)));
                if (beside != null) {
                    return beside;
                }
            }
        }
        String named = names.lastIn(phrase);
        if (named != null) {
            return named;
        }
        Matcher demonstrative = cleaned == null ? null : DEMONSTRATIVE.matcher(ArabicMatchKey.of(cleaned));
        if (demonstrative != null && demonstrative.matches()) {
            return names.organisationHeaded(demonstrative.group(1)); // وقالت هذه الهيئة: the body the article named before
        }
        return cleaned == null || GENERIC.matcher(ArabicMatchKey.of(cleaned)).matches() ? null : cleaned;
    }

    /** The words of a phrase before its first descriptor (جاك بارسونز in جاك بارسونز رئيس تحرير مجلة), if they look like a name. */
    private static String leadingName(String cleaned) {
        String[] words = cleaned.split("\\s+");
        String folded = ArabicMatchKey.of(cleaned);
        Matcher descriptor = DESCRIPTOR.matcher(folded);
        StringBuilder name = new StringBuilder();
        int at = 0; // where the folded word i starts
        for (int i = 0; i < words.length; i++) {
            String w = ArabicMatchKey.of(words[i]);
            boolean joined = i > 0 && CONNECTORS.contains(words[i - 1]); // تركي آل الشيخ: الشيخ is the name's, no title
            if (!joined && (descriptor.region(at, folded.length()).lookingAt() || w.startsWith("ال") && i == 0 || w.startsWith("لل"))) {
                break;
            }
            name.append(name.isEmpty() ? "" : " ").append(words[i].replaceAll("[،,.:]+$", ""));
            if (words[i].matches(".*[،,]$")) {
                break; // آدم ألتر، أحد علماء النفس
            }
            at = Math.min(folded.length(), at + w.length() + 1);
        }
        int taken = name.isEmpty() ? 0 : name.toString().split("\\s+").length;
        // a name and then what he is; a phrase that is all name is resolved as before
        return taken > 0 && taken < words.length && taken <= 4 ? name.toString() : null;
    }

    private static void reported(String sentence, Context context) {
        for (Matcher r = REPORTED.matcher(sentence); r.find();) {
            String phrase = r.group(1).strip();
            boolean participle = PARTICIPLE_START.matcher(r.group()).lookingAt();
            String speaker;
            if (phrase.isEmpty() || PARTICIPLE_WORD.matcher(phrase).find() || NO_SUBJECT.matcher(ArabicMatchKey.of(phrase)).lookingAt()) {
                speaker = goesOn(sentence.substring(0, r.start()), participle || !phrase.isEmpty(), context);
            } else {
                speaker = speakerOf(phrase, context);
            }
            add(context, speaker, r.group(2).strip());
        }
    }

    /**
     * Who says a statement with no subject of its own. After a participle ({@code مشيراً إلى أن}) the
     * sentence's speaker so far, else its subject (the name first in it); after a verb ({@code وقال إن},
     * {@code …، أعلنت أن}) the name last before it; else the voice going on, or the person the sentence
     * before was about. Names in quotation marks (a title, a slogan) are no subject.
     */
    private static String goesOn(String prefix, boolean participle, Context context) {
        String unquoted = QUOTED.matcher(prefix).replaceAll(" ");
        String speaker = context.out().size() > context.sentenceStart() ? context.out().get(context.out().size() - 1).speaker() : null;
        if (speaker == null) {
            speaker = participle ? context.names().firstIn(firstWords(unquoted, 12)) : context.names().lastIn(unquoted);
        }
        if (speaker == null) {
            speaker = context.lastSpeaker();
        }
        if (speaker == null && prefix.strip().split("\\s+").length < 3) {
            speaker = context.previousSubject(); // وقال إن … after a sentence about him
        }
        return speaker;
    }

    private static String firstWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(n, words.length)));
    }

    private static void add(Context context, String speaker, String text) {
        String named = speaker == null || speaker.equals(UNNAMED) ? null : speaker;
        add(context.out(), new Quotation(named, text, named == null ? null : context.names().typeOf(named)));
    }

    private static void add(List<Quotation> out, Quotation quotation) {
        if (out.stream().noneMatch(q -> q.text().equals(quotation.text()))) {
            out.add(quotation);
        }
    }

    /**
     * Straight quotes do not say which one opens: a mark after a space (or at the start) and before a
     * word opens, one after a word closes. Each opening mark pairs with the next closing one, so "داعش"
     * stays a name and the text between two quoted names is not a quotation; a mark left alone (an
     * unclosed quote) stays a plain character.
     */
    private static String straightQuoted(String sentence) {
        StringBuilder out = new StringBuilder(sentence);
        int open = -1;
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) != '"') {
                continue;
            }
            boolean spaceBefore = i == 0 || Character.isWhitespace(out.charAt(i - 1)) || "(«:،,".indexOf(out.charAt(i - 1)) >= 0;
            boolean wordAfter = i + 1 < out.length() && !Character.isWhitespace(out.charAt(i + 1));
            if (spaceBefore && wordAfter) {
                open = i;
            } else if (open >= 0) {
                out.setCharAt(open, OPEN);
                out.setCharAt(i, CLOSE);
                open = -1;
            }
        }
        return out.toString();
    }

    private static String plain(String text) {
        return text.replace(OPEN, '"').replace(CLOSE, '"');
    }

    /** The speaker's words up to the first function word; none when nothing is left. */
    private static String beforeQuote(String sentence, int quoteStart) {
        return plain(sentence.substring(Math.max(0, quoteStart - SPEAKER_WINDOW), quoteStart));
    }

    private static String clean(String speaker) {
        if (OBJECT_PRONOUN.matcher(speaker.strip()).lookingAt()) {
            return null; // أشار إليه …, ذكر فيه …: the subject is elsewhere
        }
        String s = FUNCTION_WORD.matcher(" " + speaker.strip()).replaceFirst("").replaceAll("[،,:]$", "").strip();
        return s.isEmpty() || s.split("\\s+").length > 6 ? null : s;
    }
}
