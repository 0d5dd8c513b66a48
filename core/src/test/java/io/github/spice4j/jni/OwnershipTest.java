package io.github.spice4j.jni;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.CharCell;
import io.github.spice4j.DoubleCell;
import io.github.spice4j.FileHandle;
import io.github.spice4j.IntCell;
import io.github.spice4j.NativeHandle;
import io.github.spice4j.Spice;
import io.github.spice4j.SpiceEngineTrapException;
import io.github.spice4j.SpiceException;
import io.github.spice4j.SpiceWindow;
import io.github.spice4j.TestData;
import io.github.spice4j.TimeInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Native objects handed to Java (cells, windows, file handles) are owned: close-once, dead after close,
 * kind-checked, bound to their backend, freed by the Cleaner when leaked, invalidated by an engine
 * rebuild, and safe under concurrent use.
 */
class OwnershipTest {
  private static final String SPK = TestData.kernel("spk/de440s_2023_2026_excerpt.bsp").toString();
  private static final String DSK = TestData.kernel("dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds").toString();
  /** Doubles in one cell of about 1 GB: two of them do not fit in the engine's 2 GiB of memory. */
  private static final int GIGABYTE_OF_DOUBLES = 130_000_000;

  private JniBackend spice;
  private int baselineFiles;

  @BeforeEach
  void open() {
    spice = JniBackend.create();
    spice.kernels().furnsh(TestData.kernel("lsk/naif0012.tls"));
    baselineFiles = spice.openFiles();
  }

  @AfterEach
  void close() {
    spice.close();
  }

  @Test
  void closingTwiceIsFine() {
    IntCell cell = Spice.over(spice).cells().intCell(4);
    SpiceWindow window = Spice.over(spice).cells().window(2);
    FileHandle daf = spice.fileIo().dafopr(SPK);
    FileHandle das = spice.fileIo().dasopr(DSK);
    assertEquals(4, spice.ownedObjects());
    assertEquals(baselineFiles + 2, spice.openFiles());

    cell.close();
    cell.close();
    spice.cells().freeCell(cell);
    window.close();
    spice.cells().freeWindow(window);
    daf.close();
    spice.fileIo().dafcls(daf);
    spice.fileIo().dascls(das);
    das.close();
    spice.fileIo().dlacls(das);

    assertFalse(cell.isOpen());
    assertFalse(daf.isOpen());
    assertEquals(0, spice.ownedObjects());
    assertEquals(baselineFiles, spice.openFiles());
  }

  @Test
  void useAfterCloseIsIllegalState() {
    IntCell cell = Spice.over(spice).cells().intCell(4);
    cell.insert(7);
    SpiceWindow window = Spice.over(spice).cells().window(2);
    FileHandle daf = spice.fileIo().dafopr(SPK);
    FileHandle das = spice.fileIo().dasopr(DSK);
    cell.close();
    window.close();
    daf.close();
    das.close();

    assertThrows(IllegalStateException.class, cell::card);
    assertThrows(IllegalStateException.class, () -> cell.insert(1));
    assertThrows(IllegalStateException.class, () -> cell.get(0));
    assertThrows(IllegalStateException.class, cell::toList);
    assertThrows(IllegalStateException.class, () -> spice.cells().ssize(2, cell));
    assertThrows(IllegalStateException.class, () -> window.insert(0, 1));
    assertThrows(IllegalStateException.class, window::intervals);
    assertThrows(IllegalStateException.class, () -> spice.fileIo().dafbfs(daf));
    assertThrows(IllegalStateException.class, () -> spice.fileIo().daffna(daf));
    assertThrows(IllegalStateException.class, () -> spice.fileIo().dlabfs(das));
    // The engine is untouched and still works.
    try (IntCell fresh = Spice.over(spice).cells().intCell(1)) {
      assertEquals(List.of(3), fresh.insert(3).toList());
    }
  }

  @Test
  void wrongKindIsIllegalArgument() {
    try (IntCell ints = Spice.over(spice).cells().intCell(2);
        DoubleCell doubles = Spice.over(spice).cells().doubleCell(2);
        CharCell chars = Spice.over(spice).cells().charCell(2, 8);
        SpiceWindow window = Spice.over(spice).cells().window(2);
        FileHandle daf = spice.fileIo().dafopr(SPK);
        FileHandle das = spice.fileIo().dasopr(DSK)) {
      assertThrows(IllegalArgumentException.class, () -> spice.cells().insrti(1, doubles));
      assertThrows(IllegalArgumentException.class, () -> spice.cells().insrtd(1.0, ints));
      assertThrows(IllegalArgumentException.class, () -> spice.cells().insrtc("A", window));
      assertThrows(IllegalArgumentException.class, () -> spice.cells().insrtd(1.0, window));
      assertThrows(IllegalArgumentException.class, () -> spice.cells().cellGetd(ints, 0));
      assertThrows(IllegalArgumentException.class, () -> spice.cells().cellGetc(doubles, 0));
      assertThrows(IllegalArgumentException.class, () -> spice.cells().wninsd(0, 1, doubles));
      assertThrows(IllegalArgumentException.class, () -> spice.cells().wncard(chars));
      assertThrows(IllegalArgumentException.class, () -> spice.cells().wnvald(2, 0, ints));
      assertThrows(IllegalArgumentException.class, () -> spice.cells().freeCell(window));
      assertThrows(IllegalArgumentException.class, () -> spice.cells().freeWindow(doubles));
      assertThrows(IllegalArgumentException.class, () -> spice.fileIo().dafbfs(das));
      assertThrows(IllegalArgumentException.class, () -> spice.fileIo().daffna(das));
      assertThrows(IllegalArgumentException.class, () -> spice.fileIo().dafcls(das));
      assertThrows(IllegalArgumentException.class, () -> spice.fileIo().dlabfs(daf));
      assertThrows(IllegalArgumentException.class, () -> spice.fileIo().dascls(daf));
      assertThrows(NullPointerException.class, () -> spice.cells().card(null));
      assertThrows(NullPointerException.class, () -> spice.fileIo().dafbfs(null));

      // Rejected calls leave every object usable.
      assertTrue(ints.isOpen() && doubles.isOpen() && window.isOpen() && daf.isOpen() && das.isOpen());
      assertEquals(List.of(5), ints.insert(5).toList());
      assertEquals(List.of(1.5), doubles.insert(1.5).toList());
      assertEquals(1, window.insert(0, 1).intervalCount());
      assertTrue(spice.fileIo().dlabfs(das).isPresent());
    }
    assertEquals(0, spice.ownedObjects());
  }

  @Test
  void objectsOfAnotherBackendAreIllegalArgument() {
    try (JniBackend other = JniBackend.create();
        IntCell foreign = Spice.over(other).cells().intCell(3);
        SpiceWindow foreignWindow = Spice.over(other).cells().window(1);
        FileHandle foreignDaf = other.fileIo().dafopr(SPK)) {
      foreign.insert(42);
      assertThrows(IllegalArgumentException.class, () -> spice.cells().card(foreign));
      assertThrows(IllegalArgumentException.class, () -> spice.cells().insrti(1, foreign));
      assertThrows(IllegalArgumentException.class, () -> spice.cells().cellGeti(foreign, 0));
      assertThrows(IllegalArgumentException.class, () -> spice.cells().freeCell(foreign));
      assertThrows(IllegalArgumentException.class, () -> spice.cells().wninsd(0, 1, foreignWindow));
      assertThrows(IllegalArgumentException.class, () -> spice.fileIo().dafbfs(foreignDaf));
      assertThrows(IllegalArgumentException.class, () -> spice.fileIo().dafcls(foreignDaf));

      // A file handle wrapped around a native object this backend never made is refused the same way
      // (cells cannot be forged: only the Cells facade wraps native cells).
      NativeHandle forged = new NativeHandle() {
        @Override public String kind() { return JniFileIo.DAF; }
        @Override public boolean isOpen() { return true; }
        @Override public void close() {}
      };
      assertThrows(IllegalArgumentException.class,
          () -> spice.fileIo().dafbfs(new FileHandle(FileHandle.Kind.DAF, "forged.bsp", forged)));

      // The refusals neither closed nor changed the other backend's objects.
      assertTrue(foreign.isOpen() && foreignDaf.isOpen());
      assertEquals(List.of(42), foreign.toList());
      assertEquals(3, other.ownedObjects());
      assertEquals(0, spice.ownedObjects());
    }
  }

  @Test
  void leakedObjectsAreFreedByTheCleaner() throws InterruptedException {
    leak(50);
    assertTrue(spice.ownedObjects() > 0);
    awaitGc(() -> spice.ownedObjects() == 0);
    assertEquals(0, spice.ownedObjects());
    assertEquals(baselineFiles, spice.openFiles());
  }

  /** Creates cells, windows and file handles and drops them unclosed. */
  private void leak(int n) {
    for (int i = 0; i < n; i++) {
      Spice.over(spice).cells().intCell(16).insert(i);
      Spice.over(spice).cells().window(4).insert(i, i + 1);
      Spice.over(spice).cells().charCell(4, 16).insert("LEAK" + i);
    }
    spice.fileIo().dafopr(SPK);
    spice.fileIo().dasopr(DSK);
    assertEquals(3 * n + 2, spice.ownedObjects());
  }

  @Test
  void closingFreesEngineMemory() {
    // Two ~1 GB cells cannot coexist in the engine, so the second allocation proves the first was freed.
    DoubleCell first = Spice.over(spice).cells().doubleCell(GIGABYTE_OF_DOUBLES);
    assertThrows(SpiceException.class, () -> Spice.over(spice).cells().doubleCell(GIGABYTE_OF_DOUBLES));
    first.close();
    try (DoubleCell second = Spice.over(spice).cells().doubleCell(GIGABYTE_OF_DOUBLES)) {
      assertEquals(GIGABYTE_OF_DOUBLES, second.size());
    }
    assertEquals(0, spice.ownedObjects());
  }

  @Test
  void theCleanerFreesEngineMemory() throws InterruptedException {
    leakGigabyteCell();
    awaitGc(() -> spice.ownedObjects() == 0);
    try (DoubleCell second = Spice.over(spice).cells().doubleCell(GIGABYTE_OF_DOUBLES)) {
      assertEquals(GIGABYTE_OF_DOUBLES, second.size());
    }
  }

  private void leakGigabyteCell() {
    assertEquals(GIGABYTE_OF_DOUBLES, Spice.over(spice).cells().doubleCell(GIGABYTE_OF_DOUBLES).size());
  }

  @Test
  void countsReturnToZeroAfterClosingEverything() {
    List<AutoCloseable> all = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      all.add(Spice.over(spice).cells().intCell(8).insert(i));
      all.add(Spice.over(spice).cells().doubleCell(8).insert(i));
      all.add(Spice.over(spice).cells().charCell(8, 8).insert("C" + i));
      all.add(Spice.over(spice).cells().window(8).insert(i, i + 0.5));
    }
    all.add(spice.fileIo().dafopr(SPK));
    all.add(spice.fileIo().dafopr(TestData.kernel("spk/de441_1969_excerpt.bsp").toString()));
    all.add(spice.fileIo().dasopr(DSK));
    assertEquals(43, spice.ownedObjects());
    assertEquals(baselineFiles + 3, spice.openFiles());
    all.forEach(c -> assertDoesNotThrow(c::close));
    assertEquals(0, spice.ownedObjects());
    assertEquals(baselineFiles, spice.openFiles());
  }

  @Test
  void anEngineRebuildInvalidatesOldObjects() {
    spice.kernels().furnsh(TestData.kernel("spk/de440s_2023_2026_excerpt.bsp"));
    int kernelFiles = spice.openFiles();
    IntCell cell = Spice.over(spice).cells().intCell(4).insert(1);
    SpiceWindow window = Spice.over(spice).cells().window(2).insert(0, 1);
    FileHandle daf = spice.fileIo().dafopr(TestData.kernel("spk/de441_1969_excerpt.bsp").toString());
    assertEquals(kernelFiles + 1, spice.openFiles());

    assertThrows(SpiceEngineTrapException.class, spice::forceTrap);

    assertFalse(cell.isOpen());
    assertFalse(window.isOpen());
    assertFalse(daf.isOpen());
    assertThrows(IllegalStateException.class, cell::toList);
    assertThrows(IllegalStateException.class, () -> window.insert(2, 3));
    assertThrows(IllegalStateException.class, () -> spice.fileIo().dafbfs(daf));
    assertDoesNotThrow(cell::close);
    assertDoesNotThrow(daf::close);
    assertEquals(0, spice.ownedObjects());
    // The rebuilt engine reloaded the kernels but not the DAF the old one had open for the handle.
    assertEquals(kernelFiles, spice.openFiles());

    try (IntCell fresh = Spice.over(spice).cells().intCell(4); FileHandle freshDaf = spice.fileIo().dafopr(SPK)) {
      assertEquals(List.of(2, 9), fresh.insert(9).insert(2).toList());
      spice.fileIo().dafbfs(freshDaf);
      assertTrue(spice.fileIo().daffna(freshDaf));
    }
    assertEquals(0, spice.ownedObjects());
  }

  @Test
  void objectsOfAClosedBackendAreDead() {
    JniBackend other = JniBackend.create();
    IntCell cell = Spice.over(other).cells().intCell(2);
    FileHandle daf = other.fileIo().dafopr(SPK);
    other.close();
    assertFalse(cell.isOpen());
    assertFalse(daf.isOpen());
    assertThrows(IllegalStateException.class, cell::card);
    assertThrows(IllegalStateException.class, () -> other.fileIo().daffna(daf));
    assertDoesNotThrow(cell::close);
    assertDoesNotThrow(daf::close);
  }

  @Test
  void concurrentThreadsNeverSeeEachOthersContents() throws Exception {
    int threads = 8;
    int rounds = 150;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int id = t;
        results.add(pool.submit((Callable<Integer>) () -> churn(id, rounds)));
      }
      for (Future<Integer> f : results) assertEquals(rounds, f.get(5, TimeUnit.MINUTES));
    } finally {
      pool.shutdownNow();
    }
    assertEquals(0, spice.ownedObjects());
  }

  /** One thread: a long-lived cell of its own plus many short-lived cells and windows, all checked. */
  private int churn(int id, int rounds) {
    int base = id * 1_000_000;
    int done = 0;
    try (IntCell mine = Spice.over(spice).cells().intCell(rounds)) {
      for (int r = 0; r < rounds; r++) {
        mine.insert(base + r);
        try (IntCell ints = Spice.over(spice).cells().intCell(8); SpiceWindow window = Spice.over(spice).cells().window(4)) {
          List<Integer> expected = new ArrayList<>();
          for (int k = 7; k >= 0; k--) {
            ints.insert(base + 10 * r + k);
            expected.add(0, base + 10 * r + k);
          }
          assertEquals(expected, ints.toList());
          double left = base + r;
          window.insert(left, left + 1).insert(left + 0.5, left + 2).insert(left + 10, left + 11);
          assertEquals(List.of(new TimeInterval(left, left + 2), new TimeInterval(left + 10, left + 11)),
              window.intervals());
        }
        assertEquals(r + 1, mine.card());
        assertEquals(base + r, mine.get(r));
        done++;
      }
      List<Integer> all = mine.toList();
      for (int r = 0; r < rounds; r++) assertEquals(base + r, all.get(r));
    }
    return done;
  }

  /** Runs the GC until the condition holds or 30 s pass. */
  private static void awaitGc(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(20);
    }
  }
}
