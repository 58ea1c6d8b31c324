package org.marsad.core.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines that are only the words of page controls: print, comment, share, read more, tags, most read,
 * in Arabic, English and French; also "more from OUTLET" links ("read also" headings belong to
 * {@link RelatedHeadlinesRule}, which removes the list under them). A sentence that merely contains such a
 * word is text and stays.
 */
final class UiWordsRule implements LineRule {

    private static final Set<String> WORDS = Set.of(
            "طباعة", "اطبع", "إطبع", "طباعه", "تعليق", "تعليقات", "التعليقات", "أضف تعليق", "اضف تعليق", "أضف تعليقك",
            "اضف تعليقك", "شارك", "مشاركة", "شارك المقال", "شارك الخبر", "شاركها", "المزيد", "اقرأ المزيد", "إقرأ المزيد",
            "اقرا المزيد", "الكلمات المفتاحية",
            "كلمات مفتاحية", "الكلمات الدالة", "الوسوم", "وسوم", "كلمات البحث", "أرسل لصديق", "ارسل لصديق", "إرسال",
            "حفظ", "نسخ الرابط", "تكبير الخط", "تصغير الخط", "تابعونا", "تابعنا", "الرئيسية", "عاجل", "فيسبوك", "تويتر",
            "واتساب", "تلغرام", "facebook", "twitter", "whatsapp", "telegram", "print", "share", "comment", "comments",
            "read more", "more", "tags", "keywords", "email", "imprimer", "partager", "commentaires", "lire aussi",
            "a a", "a+ a-");
    private static final Pattern MORE_FROM = Pattern.compile("^(المزيد من|المزيد عن|more from|plus de) .{1,40}$");

    @Override
    public String name() {
        return "UI_WORDS";
    }

    @Override
    public boolean removes(String line, CleaningState state) {
        String key = state.keyOf(line).toLowerCase(Locale.ROOT);
        String plain = line.strip().toLowerCase(Locale.ROOT);
        return WORDS.contains(key) || WORDS.contains(plain) || (state.wordsOf(line) <= 6 && MORE_FROM.matcher(key).matches());
    }
}
