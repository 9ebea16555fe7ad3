package org.narrascope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    @Test
    void drawsForLargeBatchesAndClearsTheLineAtTheEnd() {
        for (int i = 1; i <= 40; i++) bar.inputsRead(i, 40);
        String shown = bytes.toString(StandardCharsets.UTF_8);

        assertThat(shown).contains("\r[###############               ] 20/40 inputs", "] 40/40 inputs").endsWith("\r");
    }

    @Test
    void staysSilentForSmallBatches() {
        for (int i = 1; i <= 5; i++) bar.inputsRead(i, 5);

        assertThat(bytes.size()).isZero();
    }
}
