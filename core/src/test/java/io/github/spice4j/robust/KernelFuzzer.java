package io.github.spice4j.robust;

import io.github.spice4j.SpiceCancelledException;
import io.github.spice4j.SpiceEngineTrapException;
import io.github.spice4j.SpiceException;
import io.github.spice4j.TestData;
import io.github.spice4j.DlaDescriptor;
import io.github.spice4j.FileHandle;
import io.github.spice4j.jni.JniBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Feeds mutated real kernels to one long-lived engine and classifies what happens. Oracles: the JVM
 * survives (a crash ends the run), no call outlives its deadline (hang), every failure is a
 * SpiceException (an engine trap is counted apart, any other throwable is unclean), the engine holds no
 * file after unloading the input (leak), and it still answers exactly as a fresh engine (wrong result).
 */
final class KernelFuzzer {
  /** A seed kernel and what to ask the engine once a mutant of it is loaded (path of the mutant given). */
  private record Seed(String kernel, Consumer<Call> queries) {}

  /** The mutant under test and the engine it is loaded in. */
  record Call(JniBackend engine, String path) {}

  private static final List<Seed> SEEDS = List.of(
      new Seed("spk/de440s_2023_2026_excerpt.bsp", c -> {
        c.engine().ephemeris().spkobj(c.path());
        c.engine().ephemeris().spkcov(c.path(), 301);
        c.engine().ephemeris().spkezr("MOON", 7.7e8, "J2000", "NONE", "EARTH");
      }),
      new Seed("spk/jup310_excerpt.bsp", c -> {
        c.engine().ephemeris().spkobj(c.path());
        c.engine().ephemeris().spkcov(c.path(), 501);
      }),
      new Seed("spk/earthstns_itrf93_201023.bsp", c -> c.engine().ephemeris().spkobj(c.path())),
      new Seed("spk/de441_1969_excerpt.bsp", c -> c.engine().ephemeris().spkcov(c.path(), 3)),
      new Seed("ck/mgs_hga_hinge_v2.bc", c -> {
        for (int id : c.engine().ck().ckobj(c.path())) {
          c.engine().ck().ckcov(c.path(), id, false, "SEGMENT", 0, "SCLK");
          c.engine().ck().ckgp(id, 1e10, 1e9, "J2000");
        }
      }),
      new Seed("pck/moon_pa_de421_1900-2050.bpc", c -> c.engine().fileIo().getfat(c.path())),
      new Seed("dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds", c -> {
        for (int body : c.engine().dsk().dskobj(c.path())) c.engine().dsk().dsksrf(c.path(), body);
        try (FileHandle h = c.engine().fileIo().dasopr(c.path())) {
          for (DlaDescriptor d : c.engine().dsk().dskSegments(h)) c.engine().dsk().dskgd(h, d);
        }
      }),
      new Seed("ek/ek-fixture.bes", c -> {
        for (int i = 0; i < c.engine().ek().ekntab(); i++) c.engine().ek().ekfind("SELECT * FROM " + c.engine().ek().ektnam(i));
      }),
      new Seed("lsk/naif0012.tls", c -> c.engine().time().str2et("2017-01-01T00:00:00")),
      new Seed("pck/pck00010.tpc", c -> c.engine().idsNames().bodvrd("EARTH", "RADII")),
      new Seed("fk/moon_080317.tf", c -> c.engine().pool().gnpool("FRAME_*", 0, 20)),
      new Seed("sclk/cook_01.tsc", c -> c.engine().pool().gnpool("SCLK*", 0, 20)));

  /** Tallies of one run. */
  static final class Stats {
    long inputs, loaded, spiceErrors, traps, hangs, unclean, leaks, wrong;
    final List<String> findings = new ArrayList<>();

    /** Adds another run's tallies (findings excepted) to these. */
    void add(Stats o) {
      inputs += o.inputs;
      loaded += o.loaded;
      spiceErrors += o.spiceErrors;
      traps += o.traps;
      hangs += o.hangs;
      unclean += o.unclean;
      leaks += o.leaks;
      wrong += o.wrong;
    }

    boolean clean() {
      return hangs == 0 && unclean == 0 && leaks == 0 && wrong == 0;
    }

    @Override
    public String toString() {
      return String.format("inputs=%d loaded=%d spiceErrors=%d traps=%d hangs=%d unclean=%d fdLeaks=%d "
          + "wrongResults=%d", inputs, loaded, spiceErrors, traps, hangs, unclean, leaks, wrong);
    }
  }

  private final Path work;
  private final Path findingsDir;
  private final List<byte[]> seedBytes = new ArrayList<>();
  private final EngineHealth health;
  private JniBackend engine;
  private int baselineFiles;

  KernelFuzzer(Path work, Path findingsDir) {
    this.work = work;
    this.findingsDir = findingsDir;
    try {
      for (Seed s : SEEDS) seedBytes.add(Files.readAllBytes(TestData.kernel(s.kernel())));
      Path pck = earthMoonPck(work);
      health = new EngineHealth(b -> {
        b.kernels().furnsh(TestData.kernel("lsk/naif0012.tls"));
        b.kernels().furnsh(pck);
        b.kernels().furnsh(TestData.kernel("spk/de440s_2023_2026_excerpt.bsp"));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * pck00011's data blocks that mention an Earth-system body (BODY3..), which the health queries' IAU_EARTH
   * and IAU_MOON frames need, as a kernel in dir. Every unload of a text kernel makes CSPICE reload the
   * remaining ones, and the fuzzer unloads a text kernel on most inputs: the whole pck00011 made that
   * reload most of a run's time.
   */
  private static Path earthMoonPck(Path dir) throws IOException {
    StringBuilder out = new StringBuilder("KPL/PCK\n");
    StringBuilder block = null;
    for (String line : Files.readAllLines(TestData.kernel("pck/pck00011.tpc"), java.nio.charset.StandardCharsets.US_ASCII)) {
      String t = line.trim();
      if (t.equals("\\begindata")) {
        block = new StringBuilder();
      } else if (t.equals("\\begintext") && block != null) {
        if (block.indexOf("BODY3") >= 0) out.append("\\begindata\n").append(block).append("\\begintext\n");
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return Files.writeString(dir.resolve("pck00011-earth-moon.tpc"), out);
  }

  private void freshEngine() {
    if (engine != null) engine.close();
    engine = JniBackend.create();
    // Generous on a loaded machine: a corrupt CK can make ckgp legitimately search for seconds; a real
    // runaway loop still ends here, as SPICE4J(DEADLINE), counted as a hang.
    engine.callTimeout(Duration.ofSeconds(Long.getLong("spice4j.fuzz.callSeconds", 30L)));
    health.loadInto(engine);
    engine.kernels().furnsh(TestData.kernel("sclk/mgs_sclkscet_00061.tsc"));
    baselineFiles = engine.openFiles();
  }

  /** Runs inputs until either count inputs ran or the time budget is spent. */
  Stats run(long seed, long count, Duration budget) {
    Stats st = new Stats();
    KernelMutator mutator = new KernelMutator(seed);
    java.util.SplittableRandom pick = new java.util.SplittableRandom(seed ^ 0x5DEECE66DL);
    long end = System.nanoTime() + budget.toNanos();
    freshEngine();
    try {
      while (st.inputs < count && System.nanoTime() < end) {
        int which = pick.nextInt(SEEDS.size());
        byte[] input = mutator.mutate(seedBytes.get(which));
        one(st, SEEDS.get(which), input, pick.nextInt(4) == 0);
        if (st.inputs % 25 == 0) checkHealth(st, input, SEEDS.get(which), true);
      }
      checkHealth(st, new byte[0], SEEDS.get(0), true);
    } finally {
      engine.close();
    }
    return st;
  }

  private void one(Stats st, Seed seed, byte[] input, boolean asBytes) {
    st.inputs++;
    String name = "in" + st.inputs + "-" + Path.of(seed.kernel()).getFileName();
    Path file = work.resolve(name);
    String loadedAs = null;
    long t0 = System.nanoTime();
    try {
      Files.write(file, input);
      if (asBytes) {
        engine.kernels().furnsh(name, input);
        loadedAs = name;
      } else {
        engine.kernels().furnsh(file);
        loadedAs = file.toString();
      }
      st.loaded++;
      seed.queries().accept(new Call(engine, file.toString()));
    } catch (Throwable t) {
      // No reset after a failed load: loads are transactional, and the health check below verifies it.
      classify(st, t, input, seed);
    } finally {
      if (loadedAs != null) {
        try {
          engine.kernels().unload(loadedAs);
        } catch (Throwable t) {
          classify(st, t, input, seed);
        }
      }
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // the temp dir goes away at the end
      }
    }
    if (System.nanoTime() - t0 > Duration.ofSeconds(120).toNanos()) {
      st.hangs++;
      record(st, "slow", input, seed, null);
    }
    int open = engine.openFiles();
    if (open != baselineFiles) {
      st.leaks++;
      record(st, "fd-leak(" + open + " open, expected " + baselineFiles + ")", input, seed, null);
      checkHealth(st, input, seed, false); // a leak may come with lost kernels: count that too
      freshEngine();
    }
  }

  private void classify(Stats st, Throwable t, byte[] input, Seed seed) {
    if (t instanceof SpiceCancelledException c && "SPICE4J(DEADLINE)".equals(c.shortMessage())) {
      st.hangs++;
      record(st, "hang", input, seed, t);
    } else if (t instanceof SpiceEngineTrapException) {
      st.traps++;
      if (st.traps <= 10) record(st, "trap", input, seed, t);
    } else if (t instanceof SpiceException) {
      st.spiceErrors++;
    } else {
      st.unclean++;
      record(st, "unclean", input, seed, t);
    }
  }

  /** Whether the engine answers as a fresh one (and, with files, holds only its baseline files). */
  private void checkHealth(Stats st, byte[] input, Seed seed, boolean files) {
    try {
      health.check(engine, "fuzz inputs");
      if (files && engine.openFiles() != baselineFiles) throw new AssertionError("open files " + engine.openFiles());
    } catch (Throwable t) {
      st.wrong++;
      record(st, "wrong", input, seed, t);
      freshEngine();
    }
  }

  private void record(Stats st, String kind, byte[] input, Seed seed, Throwable t) {
    String id = kind.replaceAll("[^a-z-]", "") + "-" + st.inputs + "-" + Path.of(seed.kernel()).getFileName();
    if (st.findings.size() < 50) st.findings.add(id + ": " + (t == null ? "" : t));
    try {
      Files.createDirectories(findingsDir);
      Files.write(findingsDir.resolve(id), input);
    } catch (IOException e) {
      st.findings.add("cannot save " + id + ": " + e);
    }
  }
}
