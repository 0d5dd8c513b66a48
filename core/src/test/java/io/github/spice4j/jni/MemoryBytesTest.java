package io.github.spice4j.jni;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.DoubleCell;
import io.github.spice4j.Spice;
import org.junit.jupiter.api.Test;

/** JniBackend.memoryBytes reports the engine's WebAssembly linear memory (the bench footprint figure). */
class MemoryBytesTest {
  private static final long WASM_PAGE = 65536;

  @Test
  void isWholeWasmPagesAndGrowsWithWhatTheEngineHolds() {
    try (JniBackend spice = JniBackend.create()) {
      long fresh = spice.memoryBytes();
      assertTrue(fresh > 0, "a fresh engine has linear memory");
      assertEquals(0, fresh % WASM_PAGE, "linear memory is a whole number of 64 KiB pages");
      int doubles = (int) (fresh / Double.BYTES) + 1_000_000; // more than the whole memory holds now
      try (DoubleCell cell = Spice.over(spice).cells().doubleCell(doubles)) {
        long grown = spice.memoryBytes();
        assertTrue(grown >= (long) doubles * Double.BYTES, "memory grew to hold the cell: " + grown);
        assertEquals(0, grown % WASM_PAGE);
      }
    }
  }
}
