package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.jni.JniBackend;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CSPICE cell and window semantics through the owned Java cells, and the bounds checked before the engine. */
class CellsTest {
  private JniBackend backend;
  private Spice spice;

  @BeforeEach
  void open() {
    backend = JniBackend.create();
    spice = Spice.over(backend);
  }

  @AfterEach
  void close() {
    assertEquals(0, backend.ownedObjects(), "a test left a cell open");
    spice.close();
  }

  @Test
  void intCellsAreSortedSetsWithoutDuplicates() {
    try (IntCell cell = spice.cells().intCell(6)) {
      cell.insert(5).insert(-1).insert(3).insert(5).insert(3).insert(Integer.MIN_VALUE);
      assertEquals(List.of(Integer.MIN_VALUE, -1, 3, 5), cell.toList());
      assertEquals(4, cell.card());
      assertEquals(6, cell.size());
      assertEquals(3, cell.get(2));
    }
  }

  @Test
  void doubleCellsAreSortedSetsWithoutDuplicates() {
    try (DoubleCell cell = spice.cells().doubleCell(4)) {
      cell.insert(2.5).insert(-0.25).insert(2.5).insert(1e300);
      assertEquals(List.of(-0.25, 2.5, 1e300), cell.toList());
      assertEquals(1e300, backend.cells().cellGetd(cell, 2));
    }
  }

  @Test
  void charCellsAreOrderedSetsOfTruncatedStrings() {
    try (CharCell cell = spice.cells().charCell(5, 6)) {
      cell.insert("MOON").insert("EARTH").insert("MOON").insert("").insert("JUPITER BARYCENTER");
      // Five chars fit beside the NUL; the set is in ASCII order and "" sorts first.
      assertEquals(List.of("", "EARTH", "JUPIT", "MOON"), cell.toList());
      assertThrows(IllegalArgumentException.class, () -> cell.insert("MÖON"));
      assertThrows(IllegalArgumentException.class, () -> cell.insert("A\0B"));
      assertThrows(NullPointerException.class, () -> cell.insert(null));
      assertEquals(4, cell.card());
    }
  }

  @Test
  void insertingIntoAFullCellIsSetExcess() {
    try (IntCell cell = spice.cells().intCell(2)) {
      cell.insert(1).insert(2);
      SpiceException e = assertThrows(SpiceException.class, () -> cell.insert(3));
      assertEquals("SPICE(SETEXCESS)", e.shortMessage());
      cell.insert(2); // already present: no room needed
      assertEquals(List.of(1, 2), cell.toList());
    }
  }

  @Test
  void wninsdMergesOverlappingAndTouchingIntervals() {
    try (SpiceWindow w = spice.cells().window(4)) {
      w.insert(1, 3).insert(10, 11).insert(2, 5);
      assertEquals(List.of(new TimeInterval(1, 5), new TimeInterval(10, 11)), w.intervals());
      w.insert(5, 7); // touches [1, 5]
      assertEquals(List.of(new TimeInterval(1, 7), new TimeInterval(10, 11)), w.intervals());
      w.insert(3, 4); // inside [1, 7]
      w.insert(20, 20); // a singleton interval
      w.insert(-5, -4);
      assertEquals(List.of(new TimeInterval(-5, -4), new TimeInterval(1, 7), new TimeInterval(10, 11),
          new TimeInterval(20, 20)), w.intervals());
      w.insert(0, 15); // swallows two intervals
      assertEquals(List.of(new TimeInterval(-5, -4), new TimeInterval(0, 15), new TimeInterval(20, 20)),
          w.intervals());
      assertEquals(3, w.intervalCount());
      assertEquals(6, w.card()); // endpoints
      assertEquals(8, w.size());
      assertEquals(new TimeInterval(0, 15), w.interval(1));
    }
  }

  @Test
  void windowErrorsAreSpiceExceptions() {
    try (SpiceWindow w = spice.cells().window(2)) {
      w.insert(0, 1).insert(2, 3);
      assertEquals("SPICE(BADENDPOINTS)", assertThrows(SpiceException.class, () -> w.insert(5, 4)).shortMessage());
      assertEquals("SPICE(WINDOWEXCESS)", assertThrows(SpiceException.class, () -> w.insert(8, 9)).shortMessage());
      assertEquals("SPICE(NOINTERVAL)", assertThrows(SpiceException.class, () -> w.interval(2)).shortMessage());
      assertEquals("SPICE(NOINTERVAL)", assertThrows(SpiceException.class, () -> w.interval(-1)).shortMessage());
      assertThrows(IllegalArgumentException.class, () -> w.insert(Double.NaN, 1));
      // A failed insertion leaves the window as it was.
      assertEquals(List.of(new TimeInterval(0, 1), new TimeInterval(2, 3)), w.intervals());
    }
  }

  @Test
  void wnvaldRejectsBadWindows() {
    try (SpiceWindow w = spice.cells().window(3)) {
      w.insert(10, 11).insert(1, 2).insert(5, 6);
      // An odd number of endpoints is no window.
      assertEquals("SPICE(UNMATCHENDPTS)", assertThrows(SpiceException.class, () -> backend.cells().wnvald(6, 5, w)).shortMessage());
      // More endpoints than the declared size.
      assertEquals("SPICE(WINDOWTOOSMALL)", assertThrows(SpiceException.class, () -> backend.cells().wnvald(4, 6, w)).shortMessage());
      // An odd cardinality set with scard: wncard refuses it, wnvald over the full memory repairs it.
      backend.cells().scard(3, w);
      assertEquals("SPICE(INVALIDSIZE)", assertThrows(SpiceException.class, w::intervalCount).shortMessage());
      backend.cells().wnvald(6, 6, w);
      assertEquals(List.of(new TimeInterval(1, 2), new TimeInterval(5, 6), new TimeInterval(10, 11)), w.intervals());
      // A valid prefix of the memory: the first two intervals as stored (ascending).
      backend.cells().wnvald(6, 4, w);
      assertEquals(List.of(new TimeInterval(1, 2), new TimeInterval(5, 6)), w.intervals());
    }
  }

  @Test
  void sizeAndCardinalityFollowCspice() {
    try (IntCell cell = spice.cells().intCell(5)) {
      cell.insert(3).insert(1).insert(2);
      backend.cells().ssize(4, cell); // ssize_c empties the cell
      assertEquals(0, cell.card());
      assertEquals(4, cell.size());
      backend.cells().scard(3, cell); // the old elements are still in memory
      assertEquals(List.of(1, 2, 3), cell.toList());
      assertEquals("SPICE(INVALIDCARDINALITY)",
          assertThrows(SpiceException.class, () -> backend.cells().scard(5, cell)).shortMessage());
      assertEquals("SPICE(INVALIDCARDINALITY)",
          assertThrows(SpiceException.class, () -> backend.cells().scard(-1, cell)).shortMessage());
      assertEquals("SPICE(INVALIDSIZE)", assertThrows(SpiceException.class, () -> backend.cells().ssize(-1, cell)).shortMessage());
      // valid_c sorts and removes duplicates in place.
      backend.cells().ssize(5, cell);
      cell.insert(9).insert(4);
      backend.cells().scard(0, cell);
      backend.cells().valid(5, 2, cell);
      assertEquals(List.of(4, 9), cell.toList());
      assertEquals("SPICE(INVALIDSIZE)", assertThrows(SpiceException.class, () -> backend.cells().valid(1, 2, cell)).shortMessage());
    }
  }

  @Test
  void outOfRangeNeverReachesTheEngine() {
    try (IntCell ints = spice.cells().intCell(3);
        DoubleCell doubles = spice.cells().doubleCell(3);
        CharCell chars = spice.cells().charCell(3, 4);
        SpiceWindow window = spice.cells().window(2)) {
      ints.insert(7);
      assertThrows(IndexOutOfBoundsException.class, () -> ints.get(1));
      assertThrows(IndexOutOfBoundsException.class, () -> ints.get(-1));
      assertThrows(IndexOutOfBoundsException.class, () -> doubles.get(0));
      assertThrows(IndexOutOfBoundsException.class, () -> chars.get(0));
      // Sizes beyond the allocated memory: CSPICE would trust them.
      assertThrows(IllegalArgumentException.class, () -> backend.cells().ssize(4, ints));
      assertThrows(IllegalArgumentException.class, () -> backend.cells().valid(4, 0, doubles));
      assertThrows(IllegalArgumentException.class, () -> backend.cells().valid(3, 4, chars));
      assertThrows(IllegalArgumentException.class, () -> backend.cells().ssize(5, window));
      assertThrows(IllegalArgumentException.class, () -> backend.cells().wnvald(6, 0, window));
      assertThrows(IllegalArgumentException.class, () -> backend.cells().insrtd(Double.NaN, doubles));
      assertEquals(List.of(7), ints.toList());
      backend.cells().ssize(4, window); // within the 2 * 2 endpoints allocated
      assertEquals(4, window.size());
    }
    assertThrows(IllegalArgumentException.class, () -> spice.cells().intCell(-1));
    assertThrows(IllegalArgumentException.class, () -> spice.cells().window(-1));
    assertThrows(IllegalArgumentException.class, () -> spice.cells().charCell(1, 0));
    assertThrows(IllegalArgumentException.class, () -> spice.cells().doubleCell(Integer.MAX_VALUE));
    assertThrows(IllegalArgumentException.class, () -> spice.cells().charCell(1 << 20, 1 << 12));
    assertThrows(IllegalArgumentException.class, () -> spice.cells().window(Integer.MAX_VALUE / 2));
  }

  @Test
  void emptyCellsAreUsable() {
    try (IntCell none = spice.cells().intCell(0); SpiceWindow noIntervals = spice.cells().window(0)) {
      assertEquals(List.of(), none.toList());
      assertEquals(0, none.size());
      assertEquals("SPICE(SETEXCESS)", assertThrows(SpiceException.class, () -> none.insert(1)).shortMessage());
      assertEquals(List.of(), noIntervals.intervals());
    }
  }

  @Test
  void facadeWindowIsTheUnionAndFreesItselfOnFailure() {
    List<TimeInterval> coverage = List.of(new TimeInterval(100, 200), new TimeInterval(150, 300),
        new TimeInterval(400, 500));
    try (SpiceWindow w = spice.cells().window(2, coverage)) {
      assertEquals(List.of(new TimeInterval(100, 300), new TimeInterval(400, 500)), w.intervals());
    }
    assertThrows(SpiceException.class, () -> spice.cells().window(1, coverage));
    assertEquals(0, backend.ownedObjects());
  }

  @Test
  void aWindowRebuildsSpkCoverage() {
    // spkcov_c merges the coverage of all segments for a body; merging them in a window must agree.
    backend.kernels().furnsh(TestData.kernel("lsk/naif0012.tls"));
    String spk = TestData.kernel("spk/de441_1969_excerpt.bsp").toString();
    List<TimeInterval> moon = backend.ephemeris().spkcov(spk, 301);
    assertEquals(List.of(new TimeInterval(-960465600, -959774400)), moon); // kernels/MANIFEST.md
    try (SpiceWindow w = spice.cells().window(4)) {
      // Split the coverage in three overlapping pieces and merge them back.
      TimeInterval c = moon.get(0);
      double third = c.duration() / 3;
      w.insert(c.start() + third, c.stop()).insert(c.start(), c.start() + 2 * third).insert(c.start(), c.start());
      assertEquals(moon, w.intervals());
      assertTrue(w.isOpen());
    }
  }
}
