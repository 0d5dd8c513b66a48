package io.github.spice4j.jni;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Main class run in a child JVM by {@link StagingCleanupTest}. {@code stage}: loads a kernel from bytes,
 * prints its staged file and waits to be killed. {@code hooks N}: stages a kernel in N backends' staging
 * areas and never closes them, then prints how many JVM shutdown hooks that added.
 */
public final class StagingChild {
  private StagingChild() {}

  public static void main(String[] args) throws Exception {
    byte[] pck = "KPL/PCK\n\\begindata\nCHILD = 1\n\\begintext\n".getBytes(StandardCharsets.US_ASCII);
    if (args[0].equals("stage")) {
      JniBackend b = JniBackend.create();
      b.kernels().furnsh("child/k.tpc", pck);
      var f = JniBackend.class.getDeclaredField("kernels");
      f.setAccessible(true);
      System.out.println("STAGED " + Path.of(((JniKernels) f.get(b)).resolve("child/k.tpc")));
      System.out.flush();
      Thread.sleep(600_000);
    } else {
      int n = Integer.parseInt(args[1]);
      int before = hookCount();
      KernelStaging[] kept = new KernelStaging[n];
      for (int i = 0; i < n; i++) {
        kept[i] = new KernelStaging(dir -> { });
        kept[i].write("k" + i + ".tpc", pck);
      }
      System.out.println("HOOKS " + (hookCount() - before) + " " + kept.length);
    }
  }

  /** Registered shutdown hooks (java.lang.ApplicationShutdownHooks; the child runs with --add-opens). */
  private static int hookCount() throws ReflectiveOperationException {
    Class<?> c = Class.forName("java.lang.ApplicationShutdownHooks");
    var f = c.getDeclaredField("hooks");
    f.setAccessible(true);
    synchronized (c) {
      return ((java.util.Map<?, ?>) f.get(null)).size();
    }
  }
}
