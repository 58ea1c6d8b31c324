package org.marsad.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void aDecimalPointDoesNotEndASentence() {
        assertThat(Sentences.of("خصصت الحكومة 3.5 مليون دولار للمشروع. وبدأ العمل أمس."))
                .containsExactly("خصصت الحكومة 3.5 مليون دولار للمشروع.", "وبدأ العمل أمس.");
    }

    @Test
    void initialsAndEllipsesStayInTheirSentence() {
        assertThat(Sentences.of("قال د. أحمد إن العمل مستمر... وسينتهي قريباً. انتهى"))
                .containsExactly("قال د. أحمد إن العمل مستمر... وسينتهي قريباً.", "انتهى");
    }

    @Test
    void aFullStopInsideAQuotationDoesNotEndTheSentence() {
        assertThat(Sentences.of("وقال الوزير «انتهت العملية. وعاد الجنود» أمس. ثم غادر"))
                .containsExactly("وقال الوزير «انتهت العملية. وعاد الجنود» أمس.", "ثم غادر");
    }

    @Test
    void questionMarksExclamationsAndLineBreaksEndSentences() {
        assertThat(Sentences.of("هل انتهى؟ نعم!\nسطر جديد\n\n...")).containsExactly("هل انتهى؟", "نعم!", "سطر جديد");
    }

    @Test
    void anUnclosedGuillemetDoesNotSwallowTheText() {
        assertThat(Sentences.of("قال «انتهى. ثم عاد")).containsExactly("قال «انتهى.", "ثم عاد");
    }
}
