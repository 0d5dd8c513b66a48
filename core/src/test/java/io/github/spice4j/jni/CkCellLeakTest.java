package io.github.spice4j.jni;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.SpiceException;
import io.github.spice4j.TestData;
import org.junit.jupiter.api.Test;

/**
 * ckobj/ckcov create an engine-side cell or window per call (~4 KiB / ~16 KiB at the first capacity):
 * they must be freed on success and on every error path, or linear memory grows with each call.
 */
class CkCellLeakTest {
  @Test
  void cellsAndWindowsAreFreedOnEveryPath() {
    try (Engine engine = new Engine()) {
      JniKernels kernels = new JniKernels(engine);
      JniCk ck = new JniCk(engine, kernels);
      kernels.furnsh(TestData.kernel("lsk/naif0012.tls"));
      kernels.furnsh(TestData.kernel("sclk/mgs_sclkscet_00061.tsc"));
      String file = TestData.kernel("ck/mgs_hga_hinge_v2.bc").toString();
      Runnable round = () -> {
        assertEquals(1, ck.ckobj(file).length);
        assertEquals(1, ck.ckcov(file, -94070, false, "INTERVAL", 0, "TDB").size());
        // errors after the container exists: bad option, bad time system, missing file
        assertThrows(SpiceException.class, () -> ck.ckcov(file, -94070, false, "FOO", 0, "TDB"));
        assertThrows(SpiceException.class, () -> ck.ckcov(file, -94070, false, "SEGMENT", 0, "UTC"));
        assertThrows(SpiceException.class, () -> ck.ckobj("/no/such/file.bc"));
      };
      for (int i = 0; i < 50; i++) round.run(); // let the allocator reach its steady state
      long before = engine.call("memoryBytes", NativeEngine::memoryBytes);
      for (int i = 0; i < 1500; i++) round.run();
      long after = engine.call("memoryBytes", NativeEngine::memoryBytes);
      // 1500 leaked rounds would be > 50 MiB; a wasm page is 64 KiB
      assertTrue(after - before <= 1 << 20, "linear memory grew by " + (after - before) + " bytes");
      kernels.deleteStaged();
    }
  }
}
