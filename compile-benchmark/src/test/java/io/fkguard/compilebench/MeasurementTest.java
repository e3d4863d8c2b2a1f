package io.fkguard.compilebench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementTest {
  @Test
  void readsGnuTimeOutputEvenAfterAnExitStatusLine() {
    Measurement m = Measurement.fromGnuTime(List.of("Command exited with non-zero status 1", "6.00 9.82 1.64 785768"));
    assertEquals(11.46, m.cpuSeconds(), 1e-9);
    assertEquals(6.00, m.wallSeconds(), 1e-9);
    assertEquals(785768L * 1024, m.peakRssBytes());
  }

  @Test
  void refusesOutputWithoutTheFigures() {
    assertThrows(IllegalArgumentException.class, () -> Measurement.fromGnuTime(List.of("oops")));
  }

  @Test
  void medianOfOddAndEvenCounts() {
    List<Measurement> odd = List.of(new Measurement(3, 0, 0), new Measurement(1, 0, 0), new Measurement(2, 0, 0));
    assertEquals(2, Report.median(odd, Measurement::cpuSeconds));
    List<Measurement> even = List.of(new Measurement(4, 0, 0), new Measurement(1, 0, 0));
    assertEquals(2.5, Report.median(even, Measurement::cpuSeconds));
  }
}
