package io.github.spice4j.it;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks shared by the probes that run in forked JVMs and containers. Uses only the JDK, because a
 * probe's class path is what a consumer has (spice4j jars and slf4j), nothing from the test.
 */
public final class ProbeSupport {

    /** Compilers whose presence on PATH would let a broken setup build native code on the fly. */
    private static final List<String> COMPILERS = List.of("gcc", "cc", "clang");

    private ProbeSupport() {
    }

    /**
     * Lists what makes this JVM unlike a plain consumer's: a C compiler on {@code PATH},
     * {@code LD_LIBRARY_PATH} set, {@code -Djava.library.path} given, native-src on the class path,
     * or a native-src build tree above the working directory.
     *
     * @return human-readable problems; empty when the environment is clean
     */
    public static List<String> environmentProblems() {
        List<String> problems = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                for (String cc : COMPILERS) {
                    if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, cc))) {
                        problems.add("C compiler on PATH: " + Path.of(dir, cc));
                    }
                }
            }
        }
        if (System.getenv("LD_LIBRARY_PATH") != null) {
            problems.add("LD_LIBRARY_PATH is set: " + System.getenv("LD_LIBRARY_PATH"));
        }
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Djava.library.path")) {
                problems.add("JVM started with " + arg);
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.contains("native-src")) {
                problems.add("class path reaches native-src: " + entry);
            }
            if (!entry.isEmpty() && !entry.endsWith(".jar")) {
                problems.add("class path entry is not a jar: " + entry);
            }
        }
        Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = cwd; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve("native-src"))) {
                problems.add("native-src reachable upwards of the working directory: " + d.resolve("native-src"));
            }
        }
        return problems;
    }

    /**
     * The distinct files named like the spice4j library that this process has mapped, from
     * {@code /proc/self/maps}: one per copy the dynamic linker actually loaded.
     *
     * @return absolute paths, sorted; empty where {@code /proc} is unavailable
     */
    public static List<String> mappedSpiceLibraries() {
        TreeSet<String> out = new TreeSet<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/maps"), StandardCharsets.ISO_8859_1)) {
                int slash = line.indexOf('/');
                if (slash >= 0 && line.contains("libspice4j")) {
                    out.add(line.substring(slash).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: nothing to report
        }
        return new ArrayList<>(out);
    }
}
