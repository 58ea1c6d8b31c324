package org.marsad.core.extract.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadDatelineTest {

    private final LeadDateline leads = LeadDateline.standard();

    @Test
    void aWireStoryOpensWithThePlaceItWasFiledFromAndTheOutlet() {
        String body = "دبي، الإمارات العربية المتحدة (CNN)-- أعلنت السلطات الكندية مقتل 4 أشخاص.";
        LeadDateline.Lead lead = leads.of(body).orElseThrow();
        assertThat(lead.place()).isEqualTo("دبي");
        assertThat(lead.outlet()).isEqualTo("سي إن إن بالعربية");
        assertThat(body.substring(lead.end())).startsWith("أعلنت");
        assertThat(leads.of("بيروت (رويترز) - قال مسؤول إن …").orElseThrow().place()).isEqualTo("بيروت");
        assertThat(leads.of("(CNN)— أعلنت البحرية …").orElseThrow().place()).isNull();
    }

    @Test
    void thePressWritesPlaceAndAgencyWithADashBeforeAColon() {
        String body = "باماكو - رويترز: أكدت مصادر عسكرية مقتل جنديين.";
        LeadDateline.Lead lead = leads.of(body).orElseThrow();
        assertThat(lead.place()).isEqualTo("باماكو");
        assertThat(body.substring(lead.end())).startsWith("أكدت");
        assertThat(leads.of("أحمد علي - سبق - مكة المكرمة: دشن مغردون وسما").orElseThrow().place()).isEqualTo("مكة المكرمة");
        assertThat(leads.of("الرياض - واس: أعلنت الوزارة").orElseThrow().place()).isEqualTo("الرياض");
    }

    @Test
    void aDashBeforeAColonNeedsAPlaceAndAnOutlet() {
        assertThat(leads.of("الطائف - أبها: الطريق مغلق")).isEmpty();
        assertThat(leads.of("قال الوزير - وهو يتحدث أمس في الرياض - للصحفيين: إن …")).isEmpty();
        assertThat(leads.of("الرياض: أعلنت الوزارة")).isEmpty();
    }

    @Test
    void parenthesesThatNameNoOutletOrAPlaceNoListKnowsMakeNoDateline() {
        assertThat(leads.of("قال الوزير (في مؤتمر صحفي) - إن …")).isEmpty();
        assertThat(leads.of("فريدريكتون الجديدة (CNN)-- أعلنت …")).isEmpty();
        assertThat(leads.of("أعلنت الوزارة أمس مقتل 4 أشخاص.")).isEmpty();
    }
}
