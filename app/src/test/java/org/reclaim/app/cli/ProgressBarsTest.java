package org.reclaim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Off a terminal, progress is plain lines: one when a step starts and one when it ends. */
class ProgressBarsTest {
  @Test
  void offATerminalEachStepPrintsPlainLinesWithoutRedraws() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ProgressBars p =
        new ProgressBars(false, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
      for (int i = 0; i <= 1000; i++) {
        p.progress("criteria", i, 1000);
      }
      p.progress("regions", 0, 27);
      p.progress("regions", 27, 27);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).doesNotContain("\r").doesNotContain("\u001b");
    // a thousand steps within the 5 s period: the start and the end only
    assertThat(out.lines())
        .containsExactly(
            "  criteria               0 / 1,000 (0 %)",
            "  criteria               1,000 / 1,000 (100 %)",
            "  regions                0 / 27 (0 %)",
            "  regions                27 / 27 (100 %)");
  }
}
