package io.github.spice4j.it;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Spice;
import io.github.spice4j.SpiceException;
import io.github.spice4j.StateVector;
import io.github.spice4j.loader.LibraryIdentity;
import io.github.spice4j.loader.NativeLibraryLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user's program does with spice4j, run in a forked JVM or a container: create a
 * {@link Spice}, load kernels, compute states, and see SPICE errors as exceptions. It reads a
 * tab-separated script and prints tab-separated results for the test to compare with the CSPICE
 * goldens (the probe itself has no JSON parser: a consumer's class path has none).
 *
 * <p>Script lines ({@code <rel>} is relative to the kernels directory, the second argument):
 * <pre>
 * kernel      &lt;rel&gt;                                   load into the shared Spice (in order)
 * state       &lt;id&gt; &lt;targ&gt; &lt;obs&gt; &lt;ref&gt; &lt;abcorr&gt; &lt;et&gt;     spkezr -&gt; STATE id x y z vx vy vz lt
 * error-state &lt;id&gt; &lt;targ&gt; &lt;obs&gt; &lt;ref&gt; &lt;abcorr&gt; &lt;et&gt;     expect a SpiceException -&gt; ERROR id short
 * error-load  &lt;id&gt; &lt;rel&gt;                              load a file that should fail -&gt; ERROR id short
 * error-time  &lt;id&gt; &lt;string&gt;                           str2et that should fail -&gt; ERROR id short
 * bytes-time  &lt;id&gt; &lt;rel&gt; &lt;string&gt;                     fresh Spice, load(rel, bytes), str2et -&gt; ET id et
 * </pre>
 * Before the results it prints {@code LIBRARY_SOURCE=}, {@code LIBRARY_PATH=},
 * {@code LIBRARY_DETAIL=} (from the loader), {@code BUILD_VERSION=} and {@code TOOLKIT=} (from the
 * library itself), and {@code ENV_PROBLEM} lines from {@link ProbeSupport#environmentProblems()};
 * it ends with {@code DONE}. Doubles are printed with {@link Double#toString(double)}, which
 * round-trips exactly. Any unexpected failure exits with status 1 and a stack trace.
 */
public final class ConsumerProbe {

    private ConsumerProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args the script file and the kernels directory
     */
    public static void main(String[] args) {
        try {
            for (String problem : ProbeSupport.environmentProblems()) {
                System.out.println("ENV_PROBLEM\t" + problem);
            }
            System.out.println("ENV_CHECKED");
            for (String line : run(args[0], args[1])) {
                System.out.println(line);
            }
        } catch (Throwable t) {
            System.out.flush();
            t.printStackTrace();
            System.exit(1);
        }
        System.out.flush();
    }

    /**
     * Executes a script and returns the output lines. Public and typed with JDK classes only, so
     * {@link TwoClassLoadersProbe} can call it reflectively in each of its class loaders.
     *
     * @param scriptFile the script
     * @param kernelsDir the directory script paths are relative to
     * @return the output lines, the last being {@code DONE}
     * @throws Exception anything unexpected
     */
    public static List<String> run(String scriptFile, String kernelsDir) throws Exception {
        Path kernels = Path.of(kernelsDir);
        List<String> out = new ArrayList<>();
        try (Spice spice = Spice.create()) {
            NativeLibraryLocation loc = Spice.nativeLibrary();
            out.add("LIBRARY_SOURCE=" + loc.source());
            out.add("LIBRARY_PATH=" + loc.path());
            out.add("LIBRARY_DETAIL=" + loc.detail());
            LibraryIdentity id = Spice.buildInfo();
            out.add("BUILD_VERSION=" + id.version());
            out.add("TOOLKIT=" + spice.toolkitVersion());
            for (String line : Files.readAllLines(Path.of(scriptFile), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "kernel" -> spice.load(kernels.resolve(f[1]));
                    case "state" -> {
                        StateVector s = state(spice, f);
                        double[] v = s.toArray();
                        out.add(String.join("\t", "STATE", f[1], Double.toString(v[0]), Double.toString(v[1]),
                                Double.toString(v[2]), Double.toString(v[3]), Double.toString(v[4]),
                                Double.toString(v[5]), Double.toString(s.lightTime())));
                    }
                    case "error-state" -> out.add(expectError(f[1], () -> state(spice, f)));
                    case "error-load" -> out.add(expectError(f[1], () -> spice.load(kernels.resolve(f[2]))));
                    case "error-time" -> out.add(expectError(f[1], () -> spice.utcToEt(f[2])));
                    case "bytes-time" -> {
                        // A second, independent engine fed from memory: furnsh of a staged copy.
                        try (Spice fromBytes = Spice.create()) {
                            fromBytes.load(f[2], Files.readAllBytes(kernels.resolve(f[2])));
                            out.add(String.join("\t", "ET", f[1], Double.toString(fromBytes.utcToEt(f[3]))));
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown script line: " + line);
                }
            }
        }
        out.add("DONE");
        return out;
    }

    private static StateVector state(Spice spice, String[] f) {
        return spice.state(f[2], f[3], f[4], AberrationCorrection.parse(f[5]), Double.parseDouble(f[6]));
    }

    private static String expectError(String id, Runnable call) {
        try {
            call.run();
            return "NO_ERROR\t" + id;
        } catch (SpiceException e) {
            return "ERROR\t" + id + "\t" + e.shortMessage();
        }
    }
}
