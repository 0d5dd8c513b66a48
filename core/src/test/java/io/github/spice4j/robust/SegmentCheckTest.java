package io.github.spice4j.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.OutputTarget;
import io.github.spice4j.Matrix3;
import io.github.spice4j.SpiceException;
import io.github.spice4j.TestData;
import io.github.spice4j.Vector3;
import io.github.spice4j.SpkWriter;
import io.github.spice4j.writer.CkFileWriter;
import io.github.spice4j.writer.KernelOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11: segment descriptors and segment trailers of SPK and binary PCK files are checked before
 * CSPICE reads them. Each case mutates one word of a real kernel (or of a type 8 SPK the engine wrote)
 * in a temp dir; the file must be refused naming the file, the segment and the fault, and the engine
 * must answer exactly as a fresh one afterwards.
 */
class SegmentCheckTest extends HealthyEngineTest {
  @TempDir Path tmp;

  /** The first segment of a little-endian SPK or PCK: where its summary and its data lie. */
  private record Segment(ByteBuffer file, int summaryAt, int ni) {
    int begin() {
      return file.getInt(summaryAt + 16 + 4 * (ni - 2));
    }

    int end() {
      return file.getInt(summaryAt + 16 + 4 * (ni - 1));
    }

    /** Byte offset of the segment word k places before its last (0: the last word). */
    int fromEnd(int k) {
      return (end() - 1 - k) * 8;
    }

    void setEnd(int address) {
      file.putInt(summaryAt + 16 + 4 * (ni - 1), address);
    }
  }

  private Path mutate(Path source, String name, Consumer<Segment> edit) throws IOException {
    byte[] bytes = Files.readAllBytes(source);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int fward = b.getInt(76);
    edit.accept(new Segment(b, (fward - 1) * 1024 + 24, b.getInt(12)));
    Path p = tmp.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path mutate(String kernel, String name, Consumer<Segment> edit) throws IOException {
    return mutate(TestData.kernel(kernel), name, edit);
  }

  /** furnsh fails promptly with a SpiceException naming the file, the first segment and the fault. */
  private void assertRefused(Path file, String segment, String fault) {
    SpiceException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> assertThrows(SpiceException.class, () -> backend.kernels().furnsh(file)));
    for (String part : new String[] {file.getFileName().toString(), segment, fault}) {
      assertTrue(e.getMessage().contains(part), () -> "expected '" + part + "' in: " + e.getMessage());
    }
  }

  private static final String DE440S = "spk/de440s_2023_2026_excerpt.bsp";
  private static final String FIRST_SPK = "SPK segment 1 of summary record 62 (data type 2";

  @Test
  void segmentEndingPastTheFile() throws IOException {
    Path p = mutate(DE440S, "end.bsp", s -> s.setEnd((int) (s.file().capacity() / 8) + 1));
    assertRefused(p, "summary 1", "outside the file");
  }

  @Test
  void segmentEndingBeforeItBegins() throws IOException {
    Path p = mutate(DE440S, "reversed.bsp", s -> s.setEnd(s.begin() - 1));
    assertRefused(p, "summary 1", "end before they begin");
  }

  @Test
  void type2RecordCountLargerThanTheSegment() throws IOException {
    Path p = mutate(DE440S, "n.bsp", s -> s.file().putDouble(s.fromEnd(0), s.file().getDouble(s.fromEnd(0)) + 1));
    assertRefused(p, FIRST_SPK, "do not fill its length");
  }

  /** A word of the first segment's INIT, INTLEN, RSIZE, N trailer (words from the end) set to a bad value. */
  @ParameterizedTest
  @CsvSource({"0, 1.5, record count N=1.5", "2, 0, interval length 0", "1, 45, RSIZE=45"})
  void type2TrailerWordThatCannotBe(int fromEnd, double value, String fault) throws IOException {
    Path p = mutate(DE440S, "trailer.bsp", s -> s.file().putDouble(s.fromEnd(fromEnd), value));
    assertRefused(p, FIRST_SPK, fault);
  }

  @Test
  void binaryPckRecordCountTooLarge() throws IOException {
    Path p = mutate("pck/moon_pa_de421_1900-2050.bpc", "n.bpc", s -> s.file().putDouble(s.fromEnd(0), s.file().getDouble(s.fromEnd(0)) + 1));
    assertRefused(p, "PCK segment 1 of summary record 4 (data type 2", "do not fill its length");
  }

  @Test
  void summaryLayoutOtherThanTheIdWordSays() throws IOException {
    Path p = mutate(DE440S, "ni.bsp", s -> s.file().putInt(12, 5));
    assertRefused(p, "NI=5", "differ from the summary layout");
  }

  private static final int N8 = 10;
  private static final double ET0 = 7.7e8, STEP = 3600;

  /** A type 8 SPK of MOON wrt EARTH (N8 states from DE440, degree 3) that the engine writes in the temp dir. */
  private Path type8(double[] states) {
    Path p = tmp.resolve("moon8.bsp");
    try (SpkWriter w = backend.spkWriter().spkopn(OutputTarget.file(p), "SEGMENT CHECK", 0)) {
      w.writeType08(301, 399, "J2000", ET0, ET0 + (N8 - 1) * STEP, "MOON 8", 3, states, ET0, STEP);
    }
    return p;
  }

  @Test
  void type8WrittenByTheEnginePassesAndItsCountsAreChecked() throws IOException {
    double[] states = new double[6 * N8];
    for (int i = 0; i < N8; i++) {
      System.arraycopy(backend.ephemeris().spkezr("MOON", ET0 + i * STEP, "J2000", "NONE", "EARTH").toArray(), 0, states, 6 * i, 6);
    }
    Path good = type8(states);
    backend.kernels().furnsh(good);
    // Loaded last, the type 8 segment answers: at a sample epoch, the state it was written with.
    double[] at4 = backend.ephemeris().spkezr("MOON", ET0 + 4 * STEP, "J2000", "NONE", "EARTH").toArray();
    for (int k = 0; k < 6; k++) assertEquals(states[24 + k], at4[k], 1e-9 * Math.abs(states[24 + k]));
    backend.kernels().unload(good.toString());
    Path p = mutate(good, "degree.bsp", s -> s.file().putDouble(s.fromEnd(1), N8));
    assertRefused(p, "SPK segment 1 of summary record", "degree or window size 10 does not fit its 10 records");
    Path q = mutate(good, "step.bsp", s -> s.file().putDouble(s.fromEnd(2), Double.NaN));
    assertRefused(q, "SPK segment 1 of summary record", "interval length nan");
  }

  /** A CK of one type 3 segment (instrument -94999 wrt J2000, no rates): identity, then 90 degrees about +Z. */
  private Path ck3() {
    Path p = tmp.resolve("ck3.bc");
    double h = Math.sqrt(0.5);
    try (CkFileWriter w = CkFileWriter.open(KernelOutput.file(p), "SEGMENT CHECK")) {
      w.writeType03(1000, 2000, -94999, 1, "CK3", new double[] {1000, 2000}, new double[] {1, 0, 0, 0, h, 0, 0, h}, null,
          new double[] {1000});
    }
    return p;
  }

  @Test
  void ckType3CountsMustFillTheSegment() throws IOException {
    backend.kernels().furnsh(TestData.kernel("sclk/mgs_sclkscet_00061.tsc"));
    Path good = ck3();
    backend.kernels().furnsh(good);
    // The segment reads back as written: at 2000 ticks, the 90-degree rotation about +Z.
    double[] cmat = backend.ck().ckgp(-94999, 2000, 0, "J2000").orElseThrow().cmat().toRowMajor();
    // A SPICE quaternion (cos(a/2), sin(a/2) * axis) is the rotation axisar(axis, a).
    double[] expected = Matrix3.axisAngle(new Vector3(0, 0, 1), Math.PI / 2).toRowMajor();
    for (int k = 0; k < 9; k++) assertEquals(expected[k], cmat[k], 1e-15, "C-matrix element " + k);
    backend.kernels().unload(good.toString());
    String segment = "CK segment 1 of summary record";
    // The trailer: interval count NINT, then record count N.
    assertRefused(mutate(good, "nint.bc", s -> s.file().putDouble(s.fromEnd(1), 2)), segment, "do not fill its length");
    assertRefused(mutate(good, "n.bc", s -> s.file().putDouble(s.fromEnd(0), 3)), segment, "do not fill its length");
    assertRefused(mutate(good, "nint0.bc", s -> s.file().putDouble(s.fromEnd(1), 0)), segment, "interval count 0");
  }

  @Test
  void everyRealSpkCkAndPckPasses() throws IOException {
    try (var files = Files.walk(TestData.kernelsDir())) {
      for (Path k : files.filter(f -> f.toString().matches(".*\\.(bsp|bc|bpc)$")).sorted().toList()) {
        backend.kernels().furnsh(k);
        backend.kernels().unload(k.toString());
      }
    }
  }
}
