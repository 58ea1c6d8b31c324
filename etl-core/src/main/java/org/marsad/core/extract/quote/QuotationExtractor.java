package org.marsad.core.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.core.text.Sentences;
import org.marsad.core.text.Lexicon;

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
    private static final Pattern REPORTED = Pattern.compile("(?<![\\p{L}])(?:" + VERBS + "|" + PARTICIPLES + ")((?:\\s+\\S+){0,14}?)\\s+"
            + "(?:إلى\\s+)?" + COMPLEMENTIZERS + "\\s+((?:[^«\"]|«[^«»]{1,80}»|\"[^\"]{1,80}\"){15,400}?)(?=[.!؟]|$|[،,]\\s*(?:و|ف)?"
            + "(?:" + Lexicon.named("quote-enders").alternation() + "|" + PARTICIPLE_STEMS + "|" + SPEECH_VERBS + "))");

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
        SpeakerNames names = people.isEmpty() && organisations.isEmpty() ? SpeakerNames.NONE : new SpeakerNames(people, organisations);
        List<Quotation> out = new ArrayList<>();
        for (String raw : Sentences.of(text)) {
            String sentence = straightQuoted(raw);
            if (!direct(sentence, names, out)) {
                reported(plain(sentence), names, out);
            }
        }
        return out;
    }

    private static boolean direct(String sentence, SpeakerNames names, List<Quotation> out) {
        boolean found = false;
        for (Matcher q = DIRECT.matcher(sentence); q.find();) {
            String quote = (q.group(1) != null ? q.group(1) : q.group(2) != null ? q.group(2) : q.group(3)).strip();
            int words = quote.split("\\s+").length;
            String before = beforeQuote(sentence, q.start());
            String speaker = speakerBefore(before, words, names, out);
            // a name or slogan in quotes («داعش», «متحدون لهزيمة داعش») is not a quotation
            boolean straight = q.group(3) != null;
            boolean unattributed = speaker == null && (straight || words < MIN_WORDS_WITHOUT_SPEAKER);
            if (!Character.isLetter(quote.charAt(0)) || words < 3 || unattributed) {
                continue;
            }
            add(out, new Quotation(speaker, quote));
            found = true;
        }
        return found;
    }

    /** Who says the quote: the phrase after a speech verb, the last speaker going on, or the name last before it. */
    private static String speakerBefore(String before, int words, SpeakerNames names, List<Quotation> out) {
        Matcher explicit = SPEAKER_BEFORE.matcher(before);
        if (explicit.find()) {
            String phrase = explicit.group(1);
            String named = names.lastIn(phrase);
            if (named != null) {
                return named;
            }
            String cleaned = clean(phrase);
            if (cleaned != null) {
                return cleaned;
            }
        }
        if (GOES_ON.matcher(before).find() && !out.isEmpty() && out.get(out.size() - 1).speaker() != null) {
            return out.get(out.size() - 1).speaker();
        }
        // a passage, not a phrase: the person or body named last before it speaks (وطمأن الخفاجي الجميع أن "…")
        return words >= 6 && INTRODUCED.matcher(before).find() ? names.lastIn(before) : null;
    }

    private static void reported(String sentence, SpeakerNames names, List<Quotation> out) {
        for (Matcher r = REPORTED.matcher(sentence); r.find();) {
            String phrase = r.group(1).strip();
            String speaker;
            if (phrase.isEmpty()) {
                // مشيراً إلى أن …: the sentence's subject named before, else the voice of the quotation before
                String subject = names.lastIn(sentence.substring(0, r.start()));
                speaker = subject != null ? subject : out.isEmpty() ? null : out.get(out.size() - 1).speaker();
            } else {
                String named = names.lastIn(phrase);
                speaker = named != null ? named : clean(phrase);
            }
            add(out, new Quotation(speaker, r.group(2).strip()));
        }
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
