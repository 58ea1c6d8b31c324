package org.marsad.core.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityExtractionTest {

    private final EntityGazetteer gazetteer = EntityGazetteer.standard();
    private final PersonFinder persons = new PersonFinder();

    @Test
    void findsPlacesAndOrganisationsBehindClitics() {
        String text = "وصل الوفد إلى بغداد قادماً من باريس، وقال إن لداعش خلايا في العراق وإن للتحالف الدولي دوراً، "
                + "وأضاف أن وبغداد ستستضيف اجتماعاً بالعراق مع تنظيم الدولة الإسلامية على جدول الأعمال.";
        assertThat(gazetteer.find(text)).extracting(m -> m.type() + ":" + m.canonicalName() + "=" + m.mentionCount())
                .containsExactlyInAnyOrder("LOCATION:بغداد=2", "LOCATION:باريس=1", "ORGANIZATION:داعش=2", "LOCATION:العراق=2",
                        "ORGANIZATION:التحالف الدولي=1");
    }

    @Test
    void spellingVariantsMeetUnderOneCanonicalName() {
        assertThat(gazetteer.find("زار سورية ثم سوريا والولايات المتحدة الأمريكية")).extracting(m -> m.canonicalName() + "=" + m.mentionCount())
                .containsExactlyInAnyOrder("سوريا=2", "الولايات المتحدة=1");
    }

    @Test
    void companiesAreFoundWithoutTellingTheModelTheirWordsAreOrganisations() {
        assertThat(gazetteer.find("ارتفع سهم بنك الرياض وتراجع سهم طيران الإمارات في الرياض"))
                .extracting(m -> m.type() + ":" + m.canonicalName() + "=" + m.mentionCount())
                .containsExactlyInAnyOrder("ORGANIZATION:بنك الرياض=1", "ORGANIZATION:طيران الإمارات=1", "LOCATION:الرياض=1");
        assertThat(gazetteer.kindOfWord("الرياض")).isEqualTo("LOCATION");
        assertThat(gazetteer.kindOfWord("طيران")).isNull();
    }

    @Test
    void aNisbaAdjectiveIsNotThePlace() {
        assertThat(gazetteer.find("انتشرت القوات العراقية والسورية على الحدود")).isEmpty();
    }

    @Test
    void findsPeopleByTheirTitlesAndCountsTheirFamilyNames() {
        String text = "التقى وزير الداخلية قاسم الأعرجي سفير الاتحاد الأوروبي، وقال الأعرجي إن الأوضاع مستقرة. "
                + "وأوضح المتحدث باسم قيادة العمليات المشتركة، تحسين الخفاجي، أن العمليات مستمرة، وقالت الحكومة إنها تتابع.";
        assertThat(persons.find(text)).extracting(m -> m.canonicalName() + "=" + m.mentionCount())
                .containsExactlyInAnyOrder("قاسم الأعرجي=2", "تحسين الخفاجي=1");
    }

    @Test
    void aConjunctionBeforeANameWithoutTheArticleIsAClitic() {
        assertThat(gazetteer.find("عمليات في العراق وسورية ولبنان")).extracting(EntityMention::canonicalName)
                .containsExactlyInAnyOrder("العراق", "سوريا", "لبنان");
    }

    @Test
    void aNameThatIsAlsoACommonWordCountsOnlyWhereAPlaceIsExpected() {
        assertThat(gazetteer.find("تعاني الأسر من وضع مالي صعب ودعم مالي محدود")).isEmpty();
        assertThat(gazetteer.find("انتشرت القوات في مالي وبوركينا فاسو ومالي")).extracting(m -> m.canonicalName() + "=" + m.mentionCount())
                .containsExactlyInAnyOrder("مالي=2", "بوركينا فاسو=1");
    }

    @Test
    void aPlaceNameInGuillemetsIsATitleNotThePlace() {
        assertThat(gazetteer.find("وقال لصحيفة «الشرق الأوسط» إن الوضع في الشرق الأوسط معقد")).extracting(m -> m.canonicalName() + "=" + m.mentionCount())
                .containsExactly("الشرق الأوسط=1");
    }

    @Test
    void findsPeopleByTheRoleOfABodyBeforeTheirName() {
        String text = "وقال المتحدث الرسمي باسم قيادة العمليات المشتركة تحسين الخفاجي إن العمليات مستمرة. ودعا الأمين العام للأمم المتحدة "
                + "أنطونيو غوتيريش إلى التهدئة. واستقبل الوزير سفير الاتحاد الأوروبي في بغداد فيلا فاريولا والوفد المرافق له. وحث كاتب "
                + "الخارجية الأمريكي، ريكس تليرسون، على الاستعداد. وأكد سفير الاتحاد الأوروبي أهمية دور العراق في المنطقة.";
        assertThat(persons.find(text)).extracting(EntityMention::canonicalName)
                .containsExactlyInAnyOrder("تحسين الخفاجي", "أنطونيو غوتيريش", "فيلا فاريولا", "ريكس تليرسون");
    }
}
