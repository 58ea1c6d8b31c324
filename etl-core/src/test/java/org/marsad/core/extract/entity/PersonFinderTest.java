package org.marsad.core.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Names in Gulf and Levant copy the team wrote: lineage names, names of things, and what ends a name. */
class PersonFinderTest {

    private final PersonFinder finder = new PersonFinder();

    private List<String> names(String text) {
        return finder.find(text).stream().map(EntityMention::canonicalName).toList();
    }

    @Test
    void aLineageNameKeepsTheFatherAfterBin() {
        assertThat(names("استقبل الأمير نايف بن سعود أمس وفداً تجارياً."))
                .containsExactly("نايف بن سعود");
        assertThat(names("افتتح الأمير تركي بن عبد العزيز، أمس، المعرض، وقال الوزير حسن آل خليفة إن الخطة جاهزة."))
                .containsExactly("تركي بن عبد العزيز");
    }

    @Test
    void aTitleIsATitleInEverySpellingOfItsHamza() {
        assertThat(names("استقبل الامير نايف بن سعود أمس وفداً تجارياً.")).containsExactly("نايف بن سعود");
        assertThat(names("وقال الامين العام للامم المتحدة أنطونيو غوتيريش إن المساعدات وصلت.")).containsExactly("أنطونيو غوتيريش");
    }

    @Test
    void theNameAliIsNotThePrepositionItFoldsTo() {
        assertThat(names("وقال اللواء علي التويجري إن القوات تقدمت.")).containsExactly("علي التويجري");
    }

    @Test
    void aNameNeverEndsInAConnector() {
        assertThat(names("وصل الأمير ماجد بن")).isEmpty();
    }

    @Test
    void aBodyAfterAnOfficeIsNoPersonsName() {
        assertThat(finder.find("في ظل توجيهات رئيس مجلس الإدارة عضو مجلس الشورى الدكتور ناصر بن علي الموسى، والذي يؤكد ذلك."))
                .extracting(EntityMention::canonicalName).doesNotContain("مجلس الشورى");
    }

    @Test
    void aTitleAndNameAfterAnInstitutionNameTheInstitution() {
        assertThat(names("نقل المصابون إلى مستشفى الملك فهد في المدينة، وأعلن مركز الأمير سلطان للأبحاث نتائجه.")).isEmpty();
        assertThat(names("وزار الطلاب بجامعة الملك سعود المعرض.")).isEmpty();
    }

    @Test
    void aBareTitleBeforeAFunctionWordOrAVerbNamesNobody() {
        assertThat(names("وقال الأمير بهذه المناسبة إن الجائزة تكريم للمبدعين.")).isEmpty();
        assertThat(names("وكان الرئيس أوباما نفسه قد أشار إلى ذلك.")).isEmpty();
        assertThat(names("الملك سلمان يستقبل الوفد في قصر اليمامة.")).isEmpty();
        assertThat(names("وقال السفير أحمد يلدريم إن الزيارة ناجحة.")).as("a family name beginning with ي stays").containsExactly("أحمد يلدريم");
        assertThat(names("وقال الأمير خالد الفيصل بهذه المناسبة إن الجائزة تكريم.")).containsExactly("خالد الفيصل");
    }

    @Test
    void prepositionsArticlesAndTitlesEndAName() {
        assertThat(names("كرّم الأمير فيصل بالرياض الفائزين.")).isEmpty();
        assertThat(names("وقال وزير الثقافة والإعلام الدكتور سامي النجار إن الموسم ناجح.")).isEmpty();
        assertThat(names("دعا النائب رئيس اللجنة إلى جلسة طارئة.")).isEmpty();
    }

    @Test
    void aGivenNameAndAFamilyNameAfterASpeechVerbAreAPerson() {
        assertThat(names("وقال محمد العلي إن الأسعار ارتفعت، وأكد أمين عام الحزب أن الاجتماع انتهى، وقال حسن التدبير أساس النجاح."))
                .containsExactly("محمد العلي");
    }

    @Test
    void aTitleWithTheConjunctionEndsAName() {
        assertThat(names("استقبل الشيخ ورئيس البرلمان الوفد، والتقى الأمير فيصل بن خالد ووزير الخارجية.")).containsExactly("فيصل بن خالد");
    }
}
