package io.github.spice4j.cli;

import io.github.spice4j.SpiceException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code spice4j} command. Exit codes: 0 success, 1 bad usage or configuration (picocli's usage
 * errors are remapped from 2 to 1), 2 a SPICE error ({@code error: <short> <long>} on stderr) or other
 * runtime failure.
 */
@Command(name = "spice4j", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "NASA NAIF SPICE (CSPICE N0067) on the JVM: states, ephemeris tables, time conversion, kernel "
        + "summaries and downloads, observation geometry, geometry-finder event searches, station az/el, "
        + "local solar time and plots.",
    subcommands = {StateCommand.class, EphemerisCommand.class, TimeCommand.class, KernelsCommand.class,
        GeometryCommand.class,
        EventsCommand.class,
        AzElCommand.class, LstCommand.class,
        PlotCommand.class,
        CommandLine.HelpCommand.class},
    // Footer lines stay under the 80-column usage width: picocli would otherwise wrap inside -Dspice4j.kernels.
    footer = {"", "Kernels: --kernel FILE / --meta FILE, else the default set from the directory",
        "named by -Dspice4j.kernels, $SPICE4J_KERNELS or ../shared/kernels.",
        "Exit codes: 0 ok, 1 usage/configuration error, 2 SPICE error."})
public final class Main implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: state, ephemeris, time, kernels, geometry, events, azel, lst or plot");
  }

  /** Builds the configured command line (handlers and exit codes installed). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(Main::onUsageError);
    cl.setExecutionExceptionHandler(Main::onFailure);
    cl.setExecutionStrategy(Main::execute);
    return cl;
  }

  /**
   * Runs the tool with the given streams (in-process use and tests).
   *
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Entry point: exits with {@link #commandLine()}'s exit code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** picocli's RunLast, reporting JNI linkage failures (a stale or missing native library) as errors, not traces. */
  private static int execute(ParseResult parsed) {
    try {
      return new CommandLine.RunLast().execute(parsed);
    } catch (LinkageError e) {
      PrintWriter err = parsed.commandSpec().commandLine().getErr();
      err.println("error: the spice4j native library does not match this build (" + e + "); rebuild with"
          + " mvn -DskipTests -pl cli -am package, or point -Dspice4j.native.path at a current libspice4j");
      err.flush();
      return ExitCodes.FAILURE;
    }
  }

  private static int onUsageError(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("error: " + withoutErrorPrefix(e.getMessage()));
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  /** picocli starts some messages with its own "Error: " (missing argument groups); ours already says "error: ". */
  static String withoutErrorPrefix(String message) {
    return message != null && message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
  }

  private static int onFailure(Exception e, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    boolean verbose = cl.getCommand() instanceof HasCommonOptions c && c.common() != null && c.common().verbose();
    int code;
    if (e instanceof SpiceException s) {
      String shortMsg = s.shortMessage().isEmpty() ? "" : s.shortMessage() + " ";
      err.println(("error: " + shortMsg + (s.longMessage().isEmpty() ? s.getMessage() : s.longMessage())).strip());
      if (cl.getCommand() instanceof HasCommonOptions c && c.common() != null) {
        BodyHint.forError(s, c.common()::kernelsToLoad).ifPresent(err::println);
      }
      if (verbose && !s.trace().isEmpty()) err.println("trace: " + s.trace());
      code = ExitCodes.FAILURE;
    } else if (e instanceof CliException c) {
      err.println("error: " + c.getMessage());
      code = c.exitCode();
    } else {
      err.println("error: " + e);
      code = ExitCodes.FAILURE;
    }
    if (verbose && !(e instanceof CliException)) e.printStackTrace(err);
    err.flush();
    return code;
  }
}
