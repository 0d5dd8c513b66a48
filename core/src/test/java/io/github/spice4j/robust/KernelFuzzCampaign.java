package io.github.spice4j.robust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Command-line entry of a long kernel fuzz campaign (scripts/fuzz-campaign.sh): the same harness and
 * oracles as {@link KernelFuzzTest}, reported in rounds so progress survives an interrupted run.
 *
 * <p>Arguments: total inputs, time budget in seconds, seed, findings directory. Exits 1 when any hang,
 * unclean exception, file-descriptor leak or wrong result was seen.
 */
public final class KernelFuzzCampaign {
  private KernelFuzzCampaign() {}

  /** Runs the campaign. */
  public static void main(String[] args) throws IOException {
    long total = Long.parseLong(args[0]);
    long seconds = Long.parseLong(args[1]);
    long seed = Long.parseLong(args[2]);
    Path findings = Path.of(args[3]);
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    long done = 0, round = 0;
    KernelFuzzer.Stats sum = new KernelFuzzer.Stats();
    while (done < total && System.nanoTime() < end) {
      Path work = Files.createTempDirectory("spice4j-fuzz-");
      long remaining = Duration.ofNanos(end - System.nanoTime()).getSeconds();
      KernelFuzzer.Stats st = new KernelFuzzer(work, findings)
          .run(seed + round, Math.min(5000, total - done), Duration.ofSeconds(Math.max(1, remaining)));
      done += st.inputs;
      sum.add(st);
      System.out.println("round " + round + " (seed " + (seed + round) + "): " + st);
      st.findings.forEach(f -> System.out.println("  " + f));
      System.out.println("campaign so far: " + sum);
      System.out.flush();
      try (var s = Files.list(work)) {
        s.forEach(p -> p.toFile().delete());
      }
      Files.deleteIfExists(work);
      round++;
    }
    // A JVM crash never gets here: the script reports it from the exit status.
    System.out.println("campaign result: inputs tried=" + sum.inputs + " crashes=0 hangs=" + sum.hangs
        + " unclean exceptions=" + sum.unclean + " wrong results=" + sum.wrong + " fd leaks=" + sum.leaks
        + " (engine traps, a clean SpiceEngineTrapException: " + sum.traps + ")");
    System.exit(sum.clean() ? 0 : 1);
  }
}
