package io.github.spice4j.writer;

import io.github.spice4j.Spice;
import io.github.spice4j.backend.KernelsApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Where a DAF writer's finished bytes go: a new file on disk (reserved when the writer opens, so an
 * existing file is never replaced, as CSPICE's writers refuse to), a virtual output of an engine, or
 * nowhere but {@link DafFileWriter#toByteArray()}.
 */
final class Output {
  private final Path file;
  private final KernelsApi.OutputSink sink;

  private Output(Path file, KernelsApi.OutputSink sink) {
    this.file = file;
    this.sink = sink;
  }

  static Output memory() {
    return new Output(null, null);
  }

  static Output file(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the kernel file " + file, e);
    }
    return new Output(file, null);
  }

  /** A virtual output of the engine behind spice, reserved now. */
  static Output virtual(Spice spice, String virtualId) {
    return new Output(null, spice.backend().kernels().openOutput(virtualId));
  }

  Path file() {
    return file;
  }

  /** The virtual id, or null. */
  String virtualId() {
    return sink == null ? null : sink.virtualId();
  }

  void finish(byte[] bytes) {
    if (sink != null) {
      sink.finish(bytes);
    } else if (file != null) {
      try {
        Files.write(file, bytes, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the kernel file " + file, e);
      }
    }
  }

  /** Drops a virtual output that will never be finished. */
  void abandon() {
    if (sink != null) sink.abandon();
  }
}
