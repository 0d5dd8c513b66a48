package io.github.spice4j.writer;

import io.github.spice4j.Spice;
import io.github.spice4j.OutputTarget;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a kernel writer of this package puts its file, and whether it resolves names: a new file on disk,
 * memory only (the bytes from {@link DafFileWriter#toByteArray()}), or a file or virtual output of a
 * {@link Spice} whose engine then also resolves body and frame names. A description only: each writer
 * opened on it reserves its own output.
 *
 * <pre>{@code
 * try (SpkFileWriter w = SpkFileWriter.open(KernelOutput.of(spice, OutputTarget.virtual("out/probe.bsp")), "MY SPK")) {
 *   w.writeType13("-999", "EARTH", "J2000", first, last, "PROBE", 7, states, epochs);
 * }
 * spice.loadOutput("out/probe.bsp");
 * }</pre>
 */
public final class KernelOutput {
  /** Resolves names and holds virtual outputs; null for a writer of NAIF IDs. */
  private final Spice spice;
  /** Null for memory only. */
  private final OutputTarget target;

  private KernelOutput(Spice spice, OutputTarget target) {
    this.spice = spice;
    this.target = target;
  }

  /**
   * A new file on disk, for a writer that takes NAIF IDs. The file is created empty when the writer
   * opens (an existing file is never replaced, as CSPICE's writers refuse to) and filled on close.
   *
   * @param file the new file
   * @return the output
   * @throws NullPointerException if file is null
   */
  public static KernelOutput file(Path file) {
    return new KernelOutput(null, OutputTarget.file(file));
  }

  /**
   * Memory only, for a writer that takes NAIF IDs: the closed writer's {@link DafFileWriter#toByteArray()}
   * is the file, e.g. for {@code Spice.load(virtualId, bytes)}.
   *
   * @return the output
   */
  public static KernelOutput memory() {
    return new KernelOutput(null, null);
  }

  /**
   * A file or a virtual output of a Spice, for a writer that also takes body names (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/bods2c_c.html">bods2c_c</a>) and
   * frame names (<a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/namfrm_c.html">namfrm_c</a>)
   * and checks frame IDs against that engine. A virtual output is reserved when the writer opens (its id
   * refused to readers and other writers until it closes), private to the process, loaded with
   * {@link Spice#loadOutput(String)} and deleted when the Spice closes.
   *
   * @param spice the engine
   * @param target a new file, or a virtual output
   * @return the output
   * @throws NullPointerException if an argument is null
   */
  public static KernelOutput of(Spice spice, OutputTarget target) {
    return new KernelOutput(Objects.requireNonNull(spice, "spice"), Objects.requireNonNull(target, "target"));
  }

  /** The engine resolving names, or null. */
  Spice spice() {
    return spice;
  }

  /** Reserves the output for one writer. */
  Output open() {
    if (target == null) return Output.memory();
    return target.isVirtual() ? Output.virtual(spice, target.virtualId()) : Output.file(target.file());
  }
}
