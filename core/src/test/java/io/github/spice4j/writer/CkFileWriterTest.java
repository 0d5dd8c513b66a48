package io.github.spice4j.writer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.Matrix3;
import io.github.spice4j.Spice;
import io.github.spice4j.SpiceException;
import io.github.spice4j.TestData;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.Vector3;
import io.github.spice4j.CkPointing;
import io.github.spice4j.CkPointingAv;
import io.github.spice4j.OutputTarget;
import io.github.spice4j.jni.JniBackend;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CK types 1 and 3 written by the project's DAF writer from a spin about a fixed axis, loaded with the
 * real MGS SCLK kernel and read back with ckgp, ckgpav, ckobj and ckcov. The expected C-matrices come
 * from the engine's axisar.
 */
class CkFileWriterTest {
  private static final int SCLK = -94;
  /** An instrument of the MGS clock (its SCLK is the ID divided by 1000). */
  private static final int INST = -94999;
  private static final int J2000 = 1;
  private static final int N = 250;
  private static final double STEP = 1000.0;
  /** Spin rate, radians per tick: 0.01 rad between records. */
  private static final double RATE = 1e-5;
  private static final Vector3 AXIS = unit(1, 2, 3);
  private static final double[] AV = {1e-3, -2e-3, 3e-3};

  private JniBackend reader;
  private double t0;
  private double[] ticks;

  @BeforeEach
  void open() {
    reader = JniBackend.create();
    reader.kernels().furnsh(TestData.kernel("lsk/naif0012.tls"));
    reader.kernels().furnsh(TestData.kernel("sclk/mgs_sclkscet_00061.tsc"));
    t0 = Math.rint(reader.sclk().sce2c(SCLK, 0.0));
    ticks = new double[N];
    for (int i = 0; i < N; i++) ticks[i] = t0 + i * STEP;
  }

  @AfterEach
  void close() {
    reader.close();
  }

  private static Vector3 unit(double x, double y, double z) {
    double r = Math.sqrt(x * x + y * y + z * z);
    return new Vector3(x / r, y / r, z / r);
  }

  /** SPICE quaternions of the rotation by RATE*(t - t0) about AXIS. */
  private double[] quats() {
    double[] q = new double[4 * N];
    for (int i = 0; i < N; i++) {
      double half = RATE * (ticks[i] - t0) / 2;
      q[4 * i] = Math.cos(half);
      q[4 * i + 1] = Math.sin(half) * AXIS.x();
      q[4 * i + 2] = Math.sin(half) * AXIS.y();
      q[4 * i + 3] = Math.sin(half) * AXIS.z();
    }
    return q;
  }

  private double[] avvs() {
    double[] av = new double[3 * N];
    for (int i = 0; i < N; i++) System.arraycopy(AV, 0, av, 3 * i, 3);
    return av;
  }

  private byte[] write(Consumer<CkFileWriter> segments) {
    try (CkFileWriter w = CkFileWriter.open(KernelOutput.memory(), "SPICE4J CK TEST")) {
      segments.accept(w);
      w.close();
      return w.toByteArray();
    }
  }

  private void assertPointing(double tick, Matrix3 actual, double tol) {
    double[] expected = reader.coords().axisar(AXIS, RATE * (tick - t0)).toRowMajor();
    double[] got = actual.toRowMajor();
    for (int k = 0; k < 9; k++) {
      assertEquals(expected[k], got[k], tol, "C-matrix element " + k + " at tick " + tick);
    }
  }

  @Test
  void type01DiscretePointingRoundTrips() {
    double[] q = quats();
    reader.kernels().furnsh("out/spin01.bc", write(w -> w.writeType01(ticks[0], ticks[N - 1], INST, J2000, "SPIN 1", ticks, q,
        avvs())));
    // Every record, so both sides of each directory entry are probed.
    for (int i = 0; i < N; i++) {
      int at = i;
      CkPointing p = reader.ck().ckgp(INST, ticks[i], 0, "J2000").orElseThrow(() -> new AssertionError("record " + at));
      assertEquals(ticks[i], p.clkout());
      assertPointing(ticks[i], p.cmat(), 1e-15);
      // Between records (inside the segment bounds), within the tolerance, the nearest record is returned.
      if (i == N - 1) continue;
      CkPointingAv av = reader.ck().ckgpav(INST, ticks[i] + 0.3 * STEP, 0.4 * STEP, "J2000").orElseThrow();
      assertEquals(ticks[i], av.clkout());
      assertPointing(ticks[i], av.cmat(), 1e-15);
      assertArrayEquals(AV, av.av().toArray(), 0.0);
    }
    assertEquals(Optional.empty(), reader.ck().ckgp(INST, ticks[5] + 0.5 * STEP, 0.4 * STEP, "J2000"));
    assertArrayEquals(new int[] {INST}, reader.ck().ckobj("out/spin01.bc"));
    assertEquals(List.of(new TimeInterval(ticks[0], ticks[N - 1])),
        reader.ck().ckcov("out/spin01.bc", INST, true, "SEGMENT", 0, "SCLK"));
    List<TimeInterval> points = reader.ck().ckcov("out/spin01.bc", INST, false, "INTERVAL", 0, "SCLK");
    assertEquals(N, points.size());
    assertEquals(new TimeInterval(ticks[N - 1], ticks[N - 1]), points.get(N - 1));
  }

  @Test
  void type03InterpolatesWithinIntervalsOnly() {
    double[] q = quats();
    double[] starts = {ticks[0], ticks[150]};
    double end = ticks[N - 1] + 10;
    reader.kernels().furnsh("out/spin03.bc", write(w -> w.writeType03(ticks[0] - 10, end, INST, J2000, "SPIN 3", ticks, q,
        avvs(), starts)));
    for (int i = 0; i + 1 < N; i += 2) {
      if (i == 149) continue;
      double tick = ticks[i] + 0.37 * STEP;
      CkPointingAv p = reader.ck().ckgpav(INST, tick, 0, "J2000").orElseThrow();
      assertEquals(tick, p.clkout());
      // Interpolating a uniform spin by rotation angle reproduces it up to rounding.
      assertPointing(tick, p.cmat(), 1e-13);
      assertArrayEquals(AV, p.av().toArray(), 1e-18);
    }
    // At the records themselves, including both sides of the directory entries and interval bounds.
    for (int i : new int[] {0, 98, 99, 100, 101, 149, 150, 198, 199, 200, N - 1}) {
      CkPointing p = reader.ck().ckgp(INST, ticks[i], 0, "J2000").orElseThrow(() -> new AssertionError("record " + i));
      assertEquals(ticks[i], p.clkout());
      assertPointing(ticks[i], p.cmat(), 1e-13);
    }
    // No interpolation across the gap between the two intervals.
    assertEquals(Optional.empty(), reader.ck().ckgp(INST, ticks[149] + 0.5 * STEP, 0, "J2000"));
    assertEquals(List.of(new TimeInterval(ticks[0], ticks[149]), new TimeInterval(ticks[150], ticks[N - 1])),
        reader.ck().ckcov("out/spin03.bc", INST, false, "INTERVAL", 0, "SCLK"));
    assertEquals(List.of(new TimeInterval(ticks[0] - 10, end)),
        reader.ck().ckcov("out/spin03.bc", INST, false, "SEGMENT", 0, "SCLK"));
    List<TimeInterval> tdb = reader.ck().ckcov("out/spin03.bc", INST, false, "INTERVAL", 0, "TDB");
    assertEquals(reader.sclk().sct2e(SCLK, ticks[150]), tdb.get(1).start(), 1e-6);
  }

  @Test
  void segmentsWithoutAngularVelocityServeCkgpOnly() {
    double[] q = quats();
    reader.kernels().furnsh("out/noav.bc", write(w -> w.writeType03(ticks[0], ticks[N - 1], INST, J2000, "NO AV", ticks, q,
        null, new double[] {ticks[0]})));
    assertPointing(ticks[7] + 500, reader.ck().ckgp(INST, ticks[7] + 500, 0, "J2000").orElseThrow().cmat(), 1e-13);
    assertEquals(Optional.empty(), reader.ck().ckgpav(INST, ticks[7] + 500, 0, "J2000"));
    assertEquals(List.of(), reader.ck().ckcov("out/noav.bc", INST, true, "SEGMENT", 0, "SCLK"));
  }

  private static void assertCode(String code, org.junit.jupiter.api.function.Executable call) {
    SpiceException e = assertThrows(SpiceException.class, call);
    assertEquals("SPICE(" + code + ")", e.shortMessage(), e::getMessage);
    assertFalse(e.longMessage().isBlank(), e::getMessage);
  }

  @Test
  void refusesBadInputWithCspiceCodes() {
    double[] q = quats();
    double[] av = avvs();
    try (CkFileWriter w = CkFileWriter.open(KernelOutput.memory(), "BAD INPUT")) {
      double[] backwards = ticks.clone();
      backwards[9] = backwards[8] - 1;
      SpiceException e = assertThrows(SpiceException.class,
          () -> w.writeType01(ticks[0], ticks[N - 1], INST, J2000, "X", backwards, q, av));
      assertEquals("SPICE(TIMESOUTOFORDER)", e.shortMessage());
      assertTrue(e.longMessage().contains("sclkdp must be strictly increasing"), e.getMessage());
      assertEquals("ckw01", e.routine());
      // Java-level misuse: array lengths, NaN, null.
      IllegalArgumentException iae = assertThrows(IllegalArgumentException.class,
          () -> w.writeType01(ticks[0], ticks[N - 1], INST, J2000, "X", ticks, java.util.Arrays.copyOf(q, 4), av));
      assertTrue(iae.getMessage().contains("quats must be double[4*250]"), iae.getMessage());
      double[] nan = av.clone();
      nan[4] = Double.NaN;
      iae = assertThrows(IllegalArgumentException.class,
          () -> w.writeType01(ticks[0], ticks[N - 1], INST, J2000, "X", ticks, q, nan));
      assertTrue(iae.getMessage().contains("avvs[4]"), iae.getMessage());
      assertThrows(NullPointerException.class,
          () -> w.writeType01(ticks[0], ticks[N - 1], INST, J2000, "X", null, q, av));
      // The conditions CSPICE's ckw01/ckw03 document.
      double[] zero = q.clone();
      java.util.Arrays.fill(zero, 40, 44, 0.0);
      assertCode("ZEROQUATERNION", () -> w.writeType01(ticks[0], ticks[N - 1], INST, J2000, "X", ticks, zero, av));
      assertCode("INVALIDDESCRTIME", () -> w.writeType01(ticks[1], ticks[N - 1], INST, J2000, "X", ticks, q, av));
      assertCode("INVALIDDESCRTIME", () -> w.writeType03(ticks[0], ticks[N - 2], INST, J2000, "X", ticks, q, av,
          new double[] {ticks[0]}));
      assertCode("INVALIDNUMREC", () -> w.writeType01(0, 1, INST, J2000, "X", new double[0], new double[0], null));
      double[] negative = {-1, 5};
      assertCode("INVALIDSCLKTIME", () -> w.writeType01(-1, 5, INST, J2000, "X", negative, new double[] {1, 0, 0, 0,
        1, 0, 0, 0}, null));
      assertCode("TIMESDONTMATCH", () -> w.writeType03(ticks[0], ticks[N - 1], INST, J2000, "X", ticks, q, av,
          new double[] {ticks[1]}));
      assertCode("INVALIDSTARTTIME", () -> w.writeType03(ticks[0], ticks[N - 1], INST, J2000, "X", ticks, q, av,
          new double[] {ticks[0], ticks[3] + 1}));
      assertCode("TIMESOUTOFORDER", () -> w.writeType03(ticks[0], ticks[N - 1], INST, J2000, "X", ticks, q, av,
          new double[] {ticks[0], ticks[0]}));
      assertCode("INVALIDNUMINT", () -> w.writeType03(ticks[0], ticks[N - 1], INST, J2000, "X", ticks, q, av,
          new double[0]));
      assertCode("EMPTYSTRING", () -> w.writeType01(ticks[0], ticks[N - 1], INST, J2000, "", ticks, q, av));
      assertCode("SEGIDTOOLONG", () -> w.writeType01(ticks[0], ticks[N - 1], INST, J2000, "S".repeat(41), ticks, q,
          av));
      assertCode("NONPRINTABLECHARS", () -> w.writeType01(ticks[0], ticks[N - 1], INST, J2000, "\u00e9", ticks, q,
          av));
      assertCode("INVALIDREFFRAME", () -> w.writeType01(ticks[0], ticks[N - 1], INST, 0, "X", ticks, q, av));
      // Names need an engine.
      assertThrows(IllegalStateException.class,
          () -> w.writeType01(ticks[0], ticks[N - 1], INST, "J2000", "X", ticks, q, av));
    }
  }

  /**
   * A writer opened on a Spice takes frame names (here a frame kernel's MOON_ME) and writes to a virtual
   * output that the Spice loads by id; a quaternion of another length is stored as its unit quaternion.
   */
  @Test
  void namedFramesAndVirtualOutput() {
    Spice spice = Spice.over(reader);
    spice.load(TestData.kernel("fk/moon_080317.tf"));
    double[] q = quats();
    for (int k = 0; k < 4; k++) q[4 * 7 + k] *= 3;
    String id = "out/named.bc";
    try (CkFileWriter w = CkFileWriter.open(KernelOutput.of(spice, OutputTarget.virtual(id)), "NAMED CK")) {
      assertEquals(id, w.virtualId());
      w.writeType01(ticks[0], ticks[N - 1], INST, "MOON_ME", "SPIN MOON_ME", ticks, q, avvs());
      assertCode("INVALIDREFFRAME", () -> w.writeType01(ticks[0], ticks[N - 1], INST, "NO_SUCH_FRAME", "X", ticks,
          quats(), null));
      assertCode("INVALIDREFFRAME", () -> w.writeType03(ticks[0], ticks[N - 1], INST, 987654, "X", ticks, quats(),
          null, new double[] {ticks[0]}));
      assertCode("EMPTYSTRING", () -> w.writeType01(ticks[0], ticks[N - 1], INST, "", "X", ticks, quats(), null));
      assertThrows(IllegalStateException.class, () -> spice.loadOutput(id));
      assertThrows(IllegalStateException.class, () -> spice.backend().kernels().virtualOutput(id));
    }
    spice.loadOutput(id);
    for (int i : new int[] {0, 7, 99, 100, N - 1}) {
      CkPointingAv p = reader.ck().ckgpav(INST, ticks[i], 0, "MOON_ME").orElseThrow(() -> new AssertionError("rec " + i));
      assertPointing(ticks[i], p.cmat(), 1e-15);
      assertArrayEquals(AV, p.av().toArray(), 0.0);
    }
    assertArrayEquals(new int[] {INST}, reader.ck().ckobj(id));
  }
}
