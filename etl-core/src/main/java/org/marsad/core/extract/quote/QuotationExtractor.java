package org.marsad.core.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.core.text.WordAlternation;

/**
 * Direct quotes in {@code «»} or {@code ""} and reported speech ({@code قال X إن …}, {@code أكد X أن …},
 * {@code وأوضح X: …}), each with its speaker when the sentence names one. The speaker is the words
 * between the speech verb and the quote or {@code إن}/{@code أن}/colon, at most six of them.
 */
public final class QuotationExtractor {

    private static final String VERBS = "(?:و|ف)?" + WordAlternation.of(List.of(
            "قال", "قالت", "أكد", "أكدت", "اكد", "أوضح", "أوضحت", "اوضح", "أضاف",
            "أضافت", "اضاف", "صرح", "صرحت", "أعلن", "أعلنت", "اعلن", "شدد", "شددت",
            "أشار", "أشارت", "اشار", "ذكر", "ذكرت", "تابع", "تابعت", "لفت", "لفتت", "أفاد", "أفادت", "نقل عن", "بحسب", "وفق"));
    /** «…» and “…” pair by themselves; straight quotes are paired in order (see {@link #straightQuoted}). */
    private static final Pattern DIRECT = Pattern.compile("«([^«»]{12,600})»|“([^“”]{12,600})”|\u0000([^\u0000]{12,600})\u0000");
    private static final Pattern FUNCTION_WORD = Pattern.compile("\\s(?:الذي|التي|إلى|الى|في|أن|إن|ان|خلال|عن|على)(?:\\s|$).*$");
    /** A quotation nobody is named for must be a passage, not a slogan; straight quotes need a speaker. */
    private static final int MIN_WORDS_WITHOUT_SPEAKER = 8;
    // possessive words (++): a word split into pieces is the same speaker, and trying every split backtracked for long
    private static final Pattern SPEAKER_BEFORE = Pattern.compile(VERBS + "\\s+((?:[^\\s،,:«\"]++\\s*){1,6}?)\\s*(?:[،,:]|إن|ان|أن)?\\s*$");
    private static final Pattern REPORTED = Pattern.compile("(?<![\\p{L}])" + VERBS + "\\s+((?:[^\\s،,:«\"]+\\s+){1,6}?)(?:إن|إنه|إنها|أن|أنه|أنها)\\s+([^«\"]{15,400}?)(?=[.!؟]|$)");
    private static final Pattern SENTENCE = Pattern.compile("[^.!؟\\n]+[.!؟]?");

    /** A speaker is named within a few words of the quote: a long sentence is not searched from its start. */
    private static final int SPEAKER_WINDOW = 300;

    public List<Quotation> extract(String text) {
        List<Quotation> out = new ArrayList<>();
        for (Matcher s = SENTENCE.matcher(text); s.find();) {
            String sentence = straightQuoted(s.group());
            boolean direct = false;
            for (Matcher q = DIRECT.matcher(sentence); q.find();) {
                String quote = (q.group(1) != null ? q.group(1) : q.group(2) != null ? q.group(2) : q.group(3)).strip();
                Matcher speakerMatch = SPEAKER_BEFORE.matcher(beforeQuote(sentence, q.start()));
                String speaker = speakerMatch.find() ? clean(speakerMatch.group(1)) : null;
                int words = quote.split("\\s+").length;
                // a name or slogan in quotes («داعش», «متحدون لهزيمة داعش») is not a quotation
                boolean straight = q.group(3) != null;
                boolean unattributed = speaker == null && (straight || words < MIN_WORDS_WITHOUT_SPEAKER);
                if (!Character.isLetter(quote.charAt(0)) || words < 3 || unattributed) {
                    continue;
                }
                Quotation quotation = new Quotation(speaker, quote);
                if (!out.contains(quotation)) {
                    out.add(quotation);
                }
                direct = true;
            }
            if (!direct) {
                Matcher r = REPORTED.matcher(sentence.replace('\u0000', '"'));
                if (r.find()) {
                    out.add(new Quotation(clean(r.group(1)), r.group(2).strip()));
                }
            }
        }
        return out;
    }

    /**
     * Straight quotes do not say which one opens: pairing them in order (first with second, third with
     * fourth) keeps "داعش" a name and the next quoted passage a quote. Paired marks become NUL so the
     * pattern sees only true pairs; an odd one out stays a plain character.
     */
    private static String straightQuoted(String sentence) {
        StringBuilder out = new StringBuilder(sentence);
        int open = -1;
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    out.setCharAt(open, '\u0000');
                    out.setCharAt(i, '\u0000');
                    open = -1;
                }
            }
        }
        return out.toString();
    }

    /** The speaker's words up to the first function word; none when nothing is left. */
    private static String beforeQuote(String sentence, int quoteStart) {
        return sentence.substring(Math.max(0, quoteStart - SPEAKER_WINDOW), quoteStart).replace('\u0000', '"');
    }

    private static String clean(String speaker) {
        String s = FUNCTION_WORD.matcher(" " + speaker.strip()).replaceFirst("").replaceAll("[،,:]$", "").strip();
        return s.isEmpty() || s.split("\\s+").length > 6 ? null : s;
    }
}
