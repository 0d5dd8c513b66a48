package io.github.spice4j.orekit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spice4j.SpicePool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;

/** Many Orekit threads over one engine (its lock) and over a SpicePool give the serial answers. */
class ParallelTest {
  @Test
  void threadsOverOneEngineAndOverAPoolAgreeWithSerialValues() throws Exception {
    Path[] kernels = new Path[OrekitFixture.KERNELS.length];
    for (int i = 0; i < kernels.length; i++) kernels[i] = OrekitFixture.kernel(OrekitFixture.KERNELS[i]);
    try (OrekitFixture fx = new OrekitFixture(); SpicePool pool = SpicePool.create(2, kernels)) {
      SpiceOrekit pooled = SpiceOrekit.over(pool, fx.eme2000, fx.scales.getTDB());
      int n = 200;
      Vector3D[] serial = new Vector3D[n];
      for (int i = 0; i < n; i++) serial[i] = moon(fx.bridge, i);
      for (SpiceOrekit bridge : new SpiceOrekit[] {fx.bridge, pooled}) {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
          List<Future<Vector3D>> results = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            int k = i;
            results.add(threads.submit(() -> moon(bridge, k)));
          }
          for (int i = 0; i < n; i++) assertEquals(serial[i], results.get(i).get(60, TimeUnit.SECONDS), "epoch " + i);
        } finally {
          threads.shutdownNow();
        }
      }
    }
  }

  /** The Moon in ITRF93 (translation and rotation providers both called) at the k-th hour of 2015-03-01. */
  private static Vector3D moon(SpiceOrekit bridge, int k) {
    AbsoluteDate date = bridge.time().toDate(478_440_000.0 + 3600.0 * k / 10.0);
    return bridge.body("MOON").getPosition(date, bridge.frame("ITRF93"));
  }
}
