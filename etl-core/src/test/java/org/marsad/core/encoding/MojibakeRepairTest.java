package org.marsad.core.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MojibakeRepairTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String ARABIC = "أعلنت وزارة الصحة في العراق افتتاح مستشفى جديد في الفلوجة.";

    @Test
    void repairsArabicOnceMisreadAsWindows1252() {
        String mojibake = misread(ARABIC);
        assertThat(mojibake).startsWith("Ø£Ø¹Ù„Ù†Øª");
        assertThat(MojibakeRepair.repair(mojibake)).isEqualTo(ARABIC);
    }

    @Test
    void repairsTwoLayersOfMisreading() {
        assertThat(MojibakeRepair.repair(misread(misread(ARABIC)))).isEqualTo(ARABIC);
    }

    @Test
    void recoversFaWhenTheMisreadingLostItsSecondByte() {
        // Java's own windows-1252 decoder turns the undefined byte 0x81 of ف (D9 81) into U+FFFD
        String lossy = new String(ARABIC.getBytes(StandardCharsets.UTF_8), WINDOWS_1252);
        assertThat(lossy).contains("\u00D9\uFFFD");
        assertThat(MojibakeRepair.repair(lossy)).isEqualTo(ARABIC);
    }

    @Test
    void repairsOnlyTheBrokenLinesOfAMixedText() {
        String broken = misread("العراق");
        assertThat(MojibakeRepair.repair("سطر سليم\n" + broken)).isEqualTo("سطر سليم\nالعراق");
    }

    /** How browsers and most tools misread: windows-1252, with Latin-1 for the bytes it leaves undefined. */
    private static String misread(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, WINDOWS_1252);
            out.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
        }
        return out.toString();
    }

    @Test
    void leavesGenuineLatinTextAlone() {
        String french = "Ø et Ù sont des lettres; le Þ aussi. Déjà vu à Paris.";
        assertThat(MojibakeRepair.repair(french)).isSameAs(french);
        assertThat(MojibakeRepair.repair(ARABIC)).isSameAs(ARABIC);
    }
}
