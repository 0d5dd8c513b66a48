package io.github.spice4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.SpicePool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Window cutting, input checks and kernel-set identity, without a Spark session. */
class EphemerisTableBuilderTest {
  private static final Path LSK =
      Path.of(System.getProperty("spice4j.kernels", "../../shared/kernels")).resolve("lsk/naif0012.tls");
  private static final SpiceKernels KERNELS = SpiceKernels.builder().bytes(LSK).build();

  @Test
  void epochsUpToStopAreCutIntoWindows() {
    // 0, 10, ..., 100: 11 epochs (the stop is a step), in windows of 4, 4, 3; then 1 epoch.
    EphemerisTable t = EphemerisTable.builder(KERNELS).targets("EARTH", "MOON").windowEpochs(4)
        .range(0, 100, 10).range(5, 5, 1).build();
    assertEquals(4, t.windowCount());
    assertEquals((11 + 1) * 2, t.rowCount());
    // 0.1 * 3 rounds above 0.3: the epoch past the stop is left out.
    assertEquals(3, EphemerisTable.builder(KERNELS).targets("EARTH").range(0, 0.3, 0.1).build().rowCount());
  }

  @Test
  void schemaHasUtcOnlyWhenAsked() {
    EphemerisTable.Builder b = EphemerisTable.builder(KERNELS).targets("EARTH").range(0, 1, 1);
    assertEquals(List.of("target", "et", "x", "y", "z", "vx", "vy", "vz", "lt"), List.of(b.build().schema().fieldNames()));
    assertEquals("utc", b.utc(3).build().schema().fieldNames()[2]);
  }

  @Test
  void badDescriptionsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> EphemerisTable.builder(KERNELS).range(0, 1, 1).build());
    assertThrows(IllegalArgumentException.class, () -> EphemerisTable.builder(KERNELS).targets("EARTH").build());
    assertThrows(IllegalArgumentException.class, () -> EphemerisTable.builder(KERNELS).range(0, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> EphemerisTable.builder(KERNELS).range(0, 1, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> EphemerisTable.builder(KERNELS).range(2, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> EphemerisTable.builder(KERNELS).windowEpochs(0));
    assertThrows(IllegalArgumentException.class, () -> EphemerisTable.builder(KERNELS).utc(15));
  }

  @Test
  void kernelSetsAreKeyedByContentAndShareOnePool(@TempDir Path dir) throws Exception {
    Path copy = Files.copy(LSK, dir.resolve("naif0012.tls"));
    SpiceKernels a = SpiceKernels.builder().sharedPath(copy).build();
    assertEquals(a.key(), SpiceKernels.builder().sharedPath(copy).build().key());
    assertTrue(a.key().contains(SpiceKernels.sha256(LSK)), a.key());
    Files.writeString(copy, Files.readString(copy) + "\n");
    SpiceKernels b = SpiceKernels.builder().sharedPath(copy).build();
    assertNotEquals(a.key(), b.key());
    assertThrows(IllegalStateException.class, a::verify);
    b.verify();
    SpicePool pool = ExecutorPools.pool(b);
    assertEquals(ExecutorPools.poolSize(), pool.size());
    assertEquals(pool, ExecutorPools.pool(SpiceKernels.builder().sharedPath(copy).build()));
    // The reference value is CSPICE's: 2000-01-01T12:00:00 TDB is ET 0, i.e. 11:58:55.816 UTC.
    assertEquals("2000-01-01T11:58:55.816", ExecutorPools.call(b, s -> s.etToUtc(0.0, 3)));
  }
}
