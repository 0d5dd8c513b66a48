package io.github.spice4j.jni;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.spice4j.SpiceException;
import io.github.spice4j.TimeInterval;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The retry loop behind spkobj/ckobj/spkcov/ckcov for results larger than the first buffer. The real
 * kernels have too few IDs and intervals to need it, so the native side is simulated the way CSPICE
 * behaves: a result that does not fit the engine-side cell raises SETEXCESS (ckobj) or WINDOWEXCESS.
 */
class CellOutputTest {
  private static SpiceException spice(String shortMessage) {
    return new SpiceException(shortMessage, "too small", "ckobj_c", "ckobj", shortMessage);
  }

  @Test
  void idsGrowAfterSetExcess() {
    int[] members = IntStream.range(0, 3000).map(i -> -i).toArray();
    AtomicInteger calls = new AtomicInteger();
    int[] ids = CellOutput.ids(buf -> {
      calls.incrementAndGet();
      if (buf.length < members.length) throw spice("SPICE(SETEXCESS)");
      System.arraycopy(members, 0, buf, 0, members.length);
      return members.length;
    });
    assertEquals(3000, ids.length);
    assertEquals(-2999, ids[2999]);
    assertEquals(2, calls.get(), "1024, then 8192");
  }

  @Test
  void windowRereadsWhenTheCountExceedsTheBuffer() {
    int intervals = 1500;
    List<TimeInterval> w = CellOutput.window(cover -> {
      for (int i = 0; 2 * i + 1 < cover.length && i < intervals; i++) {
        cover[2 * i] = 10.0 * i;
        cover[2 * i + 1] = 10.0 * i + 5;
      }
      return intervals;
    });
    assertEquals(intervals, w.size());
    assertEquals(new TimeInterval(14990, 14995), w.get(intervals - 1));
  }

  @Test
  void otherErrorsPropagateAtOnce() {
    SpiceException e = spice("SPICE(FILENOTFOUND)");
    AtomicInteger calls = new AtomicInteger();
    assertSame(e, assertThrows(SpiceException.class, () -> CellOutput.window(cover -> {
      calls.incrementAndGet();
      throw e;
    })));
    assertEquals(1, calls.get());
  }
}
