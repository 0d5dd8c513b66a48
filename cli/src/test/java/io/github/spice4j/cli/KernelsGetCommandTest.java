package io.github.spice4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.kernels.LoopbackKernelServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kernels get} against a loopback HTTP server serving the shared kernels (never the internet). */
class KernelsGetCommandTest {
  private static final Path KERNELS = Path.of(System.getProperty("spice4j.kernels"));

  @Test
  void downloadsWritesAMetaKernelThatStateUsesAndReportsMissingOffline(@TempDir Path tmp) throws Exception {
    try (LoopbackKernelServer server = new LoopbackKernelServer(KERNELS)) {
      Path cache = tmp.resolve("cache");
      Path mk = tmp.resolve("moon.tm");
      Cli get = Cli.run("kernels", "get", "naif0012.tls", "pck00011", server.missionUrl("de440s_2023_2026_excerpt.bsp"),
          "--base-url", server.genericBase().toString(), "--cache", cache.toString(), "--meta-kernel", mk.toString());
      assertEquals(0, get.code(), get::toString);
      assertTrue(get.out().matches("(?s)downloaded +naif0012\\.tls +\\S+lsk/naif0012\\.tls\\R"
          + "downloaded +pck00011\\.tpc +\\S+pck/pck00011\\.tpc\\R"
          + "downloaded +http://127\\.0\\.0\\.1:\\d+/mission/de440s_2023_2026_excerpt\\.bsp +\\S+excerpt\\.bsp\\R"
          + "meta +\\S+moon\\.tm\\R"), get::toString);
      assertTrue(get.err().matches("(?s)downloading http://127\\.0\\.0\\.1:\\d+/generic_kernels/lsk/naif0012\\.tls \\(5257 bytes\\)\\R.*"),
          get::toString);

      // the meta-kernel alone reproduces CSPICE's Moon state (golden spkezr, ephemeris.json)
      Map<String, Object> golden = Goldens.spkezr("MOON", "EARTH", "J2000", "LT+S", "2024-01-01T00:00:00 UTC");
      Cli state = Cli.run("state", "--meta", mk.toString(), "--target", "MOON", "--observer", "EARTH", "--abcorr", "LT+S",
          "--utc", "2024-01-01T00:00:00", "--format", "json");
      assertEquals(0, state.code(), state::toString);
      Map<String, Object> json = MiniJson.object(state.out());
      double[] s = new double[6];
      String[] names = {"x", "y", "z", "vx", "vy", "vz"};
      for (int i = 0; i < 6; i++) s[i] = Goldens.d(json.get(names[i]));
      Goldens.assertState(golden, s, Goldens.d(json.get("lt")));

      int requests = server.requests.size();
      Cli offline = Cli.run("kernels", "get", "basic", "--offline", "--cache", cache.toString());
      assertEquals(ExitCodes.FAILURE, offline.code(), offline::toString);
      assertTrue(offline.out().matches("(?s)cached +naif0012\\.tls .*cached +pck00011\\.tpc .*missing +de440s\\.bsp +"
          + "de440s\\.bsp: not in the cache .*offline.*"), offline::toString);
      assertTrue(offline.err().startsWith("error: 1 of 3 kernels missing (offline"), offline::toString);
      assertEquals(requests, server.requests.size(), "offline: no request");

      Cli unknown = Cli.run("kernels", "get", "naif0099.tls", "--cache", cache.toString());
      assertEquals(ExitCodes.USAGE, unknown.code(), unknown::toString);
      assertTrue(unknown.err().contains("naif0012.tls"), unknown::toString);
      assertTrue(Files.isRegularFile(cache.resolve("generic_kernels/lsk/naif0012.tls")));
    }
  }
}
