package io.github.spice4j.spark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Test helper: runs an example job's {@code main} in local mode ({@code local[2]}, loopback driver) and returns what it printed. */
public final class ExampleJobs {
  private ExampleJobs() {}

  public static String run(Consumer<String[]> main, String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setProperty("spark.master", "local[2]");
    System.setProperty("spark.driver.host", "127.0.0.1");
    System.setProperty("spark.ui.enabled", "false");
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      main.accept(args);
    } finally {
      System.setOut(old);
      System.clearProperty("spark.master");
      System.clearProperty("spark.driver.host");
      System.clearProperty("spark.ui.enabled");
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
