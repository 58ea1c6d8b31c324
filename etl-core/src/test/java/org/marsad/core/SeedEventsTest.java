package org.marsad.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;




import org.marsad.core.extract.event.Event;


/** The events issue #21 reads in the seeds of the shared corpus, every field as the issue gives it. */
class SeedEventsTest {

    private static ArticleExtractor extractor;

    @BeforeAll
    static void extractor() {
        assumeTrue(SharedCorpus.present(), "shared corpus not found at " + SharedCorpus.DIR + " (set -Dmarsad.corpus.dir)");
        extractor = ArticleExtractor.standard();
    }

    private static List<Event> events(String seed) throws Exception {
        return extractor.extract(seed, Files.readAllBytes(SharedCorpus.DIR.resolve("seeds").resolve(seed))).facts().events();
    }

    private static Event event(List<Event> events, String category, int amount) {
        return events.stream().filter(e -> e.count().category().name().equals(category) && e.count().amount().intValue() == amount)
                .findFirst().orElseThrow(() -> new AssertionError("no event " + category + " " + amount));
    }

    @Test
    void theCounterTerrorismServicesYearIsThreeEventsOfOneActorAgainstIsisInIraqIn2020() throws Exception {
        List<Event> events = events("001_370109dc803e71f9.txt");
        for (Event e : List.of(event(events, "KILLED", 206), event(events, "ARRESTED", 292), event(events, "OPERATIONS", 253))) {
            assertThat(e.actor().name()).isEqualTo("جهاز مكافحة الإرهاب");
            assertThat(e.target().name()).isEqualTo("داعش");
            assertThat(e.place().country()).isEqualTo("العراق");
            assertThat(e.period().start() + ".." + e.period().end()).isEqualTo("2020-01-01..2020-12-31");
            assertThat(e.count().kind().name()).isEqualTo("PERIOD_TOTAL");
        }
    }

    @Test
    void theCoalitionsStrikesHitIsisInQaraChokhNearMosul() throws Exception {
        Event e = event(events("001_370109dc803e71f9.txt"), "AIRSTRIKES", 133);
        assertThat(e.actor().name()).isEqualTo("التحالف الدولي");
        assertThat(e.target().name()).isEqualTo("داعش");
        assertThat(e.place().name()).isEqualTo("قره جوغ");
        assertThat(e.place().region()).isEqualTo("نينوى");
        assertThat(e.place().country()).isEqualTo("العراق");
    }

    @Test
    void theIraqiAirForceKilled250In2022() throws Exception {
        Event e = event(events("003_ad138fed525fdd8b.txt"), "KILLED", 250);
        assertThat(e.actor().name()).isEqualTo("سلاح الجو العراقي");
        assertThat(e.period().start() + ".." + e.period().end()).isEqualTo("2022-01-01..2022-12-31");
    }
}
