package io.github.spice4j;
import io.github.spice4j.jni.JniBackend;
import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
class ProbeTmpTest {
  static void p(String label, Runnable r) {
    try { r.run(); System.out.println("PROBE " + label + ": OK"); }
    catch (Throwable t) { System.out.println("PROBE " + label + ": " + t.getClass().getName() + " short=" + (t instanceof SpiceException s ? s.shortMessage() : "") + " msg=" + String.valueOf(t.getMessage()).substring(0, Math.min(400, String.valueOf(t.getMessage()).length()))); }
  }
  @Test void probe() throws Exception {
    List<String> ks = List.of("lsk/naif0012.tls","pck/pck00011.tpc","spk/de440s_2023_2026_excerpt.bsp");
    try (JniBackend b = JniBackend.create()) {
      TestData.loadKernels(b, ks);
      byte[] rnd = new byte[4096]; new Random(42).nextBytes(rnd);
      p("furnsh random", () -> b.furnsh("corrupt/random.bin", rnd));
      System.out.println("PROBE kinfo " + b.kinfo("corrupt/random.bin") + " ktotal=" + b.ktotal("ALL"));
      p("spkezr after random", () -> System.out.println(b.spkezr("MOON", 757339269.1839061, "J2000", "NONE", "EARTH")));
      byte[] daf = rnd.clone(); System.arraycopy("DAF/SPK ".getBytes(), 0, daf, 0, 8);
      p("furnsh daf-random", () -> b.furnsh("corrupt/dafrandom.bsp", daf));
      p("spkezr after dafrandom", () -> System.out.println(b.spkezr("MOON", 757339269.1839061, "J2000", "NONE", "EARTH")));
    }
    try (JniBackend b = JniBackend.create()) {
      TestData.loadKernels(b, ks);
      byte[] spk = Arrays.copyOf(Files.readAllBytes(TestData.kernel("spk/de440s_2023_2026_excerpt.bsp")), 1000);
      p("furnsh trunc spk", () -> b.furnsh("corrupt/trunc.bsp", spk));
      System.out.println("PROBE kinfo " + b.kinfo("corrupt/trunc.bsp") + " ktotal=" + b.ktotal("ALL")+ " open=" + b.openFiles());
      p("spkezr after trunc", () -> System.out.println(b.spkezr("MOON", 757339269.1839061, "J2000", "NONE", "EARTH")));
      p("spkobj trunc", () -> System.out.println(Arrays.toString(b.spkobj("corrupt/trunc.bsp"))));
      byte[] spk2 = Arrays.copyOf(Files.readAllBytes(TestData.kernel("spk/de440s_2023_2026_excerpt.bsp")), 3000);
      p("furnsh trunc3000 spk", () -> b.furnsh("corrupt/trunc3000.bsp", spk2));
      p("spkezr after trunc3000", () -> System.out.println(b.spkezr("MOON", 757339269.1839061, "J2000", "NONE", "EARTH")));
    }
    try (JniBackend b = JniBackend.create()) {
      TestData.loadKernels(b, ks);
      System.out.println("PROBE open before trap " + b.openFiles());
      p("trap", b::forceTrap);
      System.out.println("PROBE open after trap " + b.openFiles() + " ktotal=" + b.ktotal("ALL"));
      p("spkezr after trap", () -> System.out.println(b.spkezr("MOON", 757339269.1839061, "J2000", "NONE", "EARTH")));
      p("str2et after trap", () -> System.out.println(b.str2et("2024-01-01T00:00:00")));
      p("spkezr after trap 2", () -> System.out.println(b.spkezr("MOON", 757339269.1839061, "J2000", "NONE", "EARTH")));
    }
  }
}
