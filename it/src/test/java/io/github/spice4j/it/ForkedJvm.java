package io.github.spice4j.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

/**
 * Runs a main class in a fresh JVM with an explicit class path, JVM options, program arguments,
 * working directory and a controlled environment, the way a user's application would start.
 *
 * <p>The environment is cleared and rebuilt, because an inherited one could hide a consumer bug:
 * {@code PATH} is an empty directory (so no C compiler can be found and nothing could be built on
 * demand; {@code java} itself is started by absolute path), {@code LD_LIBRARY_PATH} and
 * {@code JAVA_TOOL_OPTIONS} are absent, no {@code -Djava.library.path} is passed, and
 * {@code java.io.tmpdir} points into the fork's output directory so private temp copies of the
 * library are visible to the test and cleaned up with it.
 */
final class ForkedJvm {

    /** Where natives jars keep the library; used to recognise them on the class path. */
    static final String NATIVES_PREFIX = "io/github/spice4j/natives/";

    /** How long a fork may run; -Xcheck:jni runs are slower than plain ones but far below this. */
    private static final long TIMEOUT_MINUTES = 3;

    /** Exit status and captured output of a finished fork. */
    record Result(int exitCode, String stdout, String stderr, List<String> command) {

        /** The value of the first {@code key=value} line on stdout, or {@code null}. */
        String value(String key) {
            return stdout.lines().filter(l -> l.startsWith(key + "="))
                    .map(l -> l.substring(key.length() + 1)).findFirst().orElse(null);
        }

        /** The tab-separated fields of every stdout line whose first field is {@code tag}. */
        List<String[]> records(String tag) {
            return stdout.lines().map(l -> l.split("\t", -1)).filter(f -> f[0].equals(tag)).toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- command\n" + String.join(" ", command) + "\n--- stdout\n" + stdout
                    + "--- stderr\n" + stderr;
        }
    }

    /** A fork being configured; {@link #start(Path)} or {@link #run(Path)} launches it. */
    static final class Fork {
        private final String mainClass;
        private List<String> classpath = List.of();
        private final List<String> jvmOptions = new ArrayList<>();
        private final Map<String, String> sysProps = new LinkedHashMap<>();
        private final List<String> args = new ArrayList<>();
        private final Map<String, String> extraEnv = new LinkedHashMap<>();
        private Path cwd;

        private Fork(String mainClass) {
            this.mainClass = mainClass;
        }

        Fork classpath(List<String> entries) {
            this.classpath = List.copyOf(entries);
            return this;
        }

        /** JVM options such as {@code -Xcheck:jni}; {@code -D} options go through {@link #sysProp}. */
        Fork jvmOptions(String... options) {
            jvmOptions.addAll(Arrays.asList(options));
            return this;
        }

        Fork sysProp(String key, Object value) {
            if (key.equals("java.library.path")) {
                // A consumer never sets it; the loader must not need it.
                throw new IllegalArgumentException("forks never set java.library.path");
            }
            sysProps.put(key, String.valueOf(value));
            return this;
        }

        /** {@code key=value} strings, as the older {@link ForkedJvm#run} API takes them. */
        Fork sysProps(String... keyEqualsValue) {
            for (String kv : keyEqualsValue) {
                int eq = kv.indexOf('=');
                sysProp(kv.substring(0, eq), kv.substring(eq + 1));
            }
            return this;
        }

        Fork args(String... programArgs) {
            args.addAll(Arrays.asList(programArgs));
            return this;
        }

        Fork cwd(Path dir) {
            this.cwd = dir;
            return this;
        }

        /** Adds one variable to the otherwise minimal environment. */
        Fork env(String name, String value) {
            extraEnv.put(name, value);
            return this;
        }

        /**
         * Starts the fork without waiting; stdout, stderr and the command line go to files in
         * {@code outDir}, which also holds the empty {@code PATH} directory and the fork's tmpdir.
         */
        Started start(Path outDir) throws IOException {
            if (cwd == null) {
                throw new IllegalStateException("set a working directory");
            }
            Files.createDirectories(outDir);
            Path emptyPath = Files.createDirectories(outDir.resolve("empty-path"));
            Path tmpdir = Files.createDirectories(outDir.resolve("tmp"));

            List<String> cmd = new ArrayList<>();
            cmd.add(javaExecutable().toString());
            // What README asks of consumers: JDK 22+ otherwise warns that System.load is restricted
            // (JDK 17 accepts the option and ignores it for JNI).
            cmd.add("--enable-native-access=ALL-UNNAMED");
            cmd.addAll(jvmOptions);
            cmd.add("-Djava.io.tmpdir=" + tmpdir);
            // The loader reports its choice at debug level; the tier tests read that line.
            cmd.add("-Dorg.slf4j.simpleLogger.log.io.github.spice4j.loader=debug");
            sysProps.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
            cmd.add("-cp");
            cmd.add(String.join(File.pathSeparator, classpath));
            cmd.add(mainClass);
            cmd.addAll(args);
            Files.write(outDir.resolve("command"), cmd);

            ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile())
                    .redirectOutput(outDir.resolve("stdout").toFile())
                    .redirectError(outDir.resolve("stderr").toFile());
            Map<String, String> env = pb.environment();
            env.clear();
            env.put("PATH", emptyPath.toString());
            env.put("LANG", "C.UTF-8");
            String home = System.getenv("HOME");
            if (home != null) {
                env.put("HOME", home);
            }
            env.putAll(extraEnv);
            return new Started(pb.start(), outDir, List.copyOf(cmd));
        }

        /** Runs the fork to completion. */
        Result run(Path outDir) throws IOException, InterruptedException {
            return start(outDir).finish();
        }
    }

    /** A running fork. */
    record Started(Process process, Path outDir, List<String> command) {

        /** Waits for the fork (bounded) and collects its output. */
        Result finish() throws IOException, InterruptedException {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("forked JVM did not finish within " + TIMEOUT_MINUTES + " minutes: "
                        + String.join(" ", command));
            }
            return new Result(process.exitValue(), Files.readString(outDir.resolve("stdout")),
                    Files.readString(outDir.resolve("stderr")), command);
        }
    }

    private ForkedJvm() {
    }

    /** A fork that runs {@code mainClass}. */
    static Fork of(Class<?> mainClass) {
        return new Fork(mainClass.getName());
    }

    /**
     * The {@code java} launcher of the JVM running the tests, by absolute path (PATH is empty in forks).
     * {@code -Dspice4j.it.java=LAUNCHER} replaces it: when the tests themselves run in an arm64 JVM under
     * qemu-user (native-src/scripts/qemu-aarch64-test.sh --consumer), forks go through the same wrapper.
     */
    static Path javaExecutable() {
        String launcher = System.getProperty("spice4j.it.java");
        if (launcher != null && !launcher.isBlank()) {
            return Path.of(launcher.trim());
        }
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The class path this test runs with (surefire/failsafe put it in a system property). */
    static List<String> testClasspath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(File.pathSeparator)).filter(s -> !s.isBlank()).toList();
    }

    /** Whether a class-path entry (directory or jar) carries a natives resource. */
    static boolean isNativesEntry(String entry) {
        Path p = Path.of(entry);
        if (Files.isDirectory(p)) {
            return Files.isDirectory(p.resolve(NATIVES_PREFIX));
        }
        if (!Files.isRegularFile(p)) {
            return false;
        }
        try (JarFile jar = new JarFile(p.toFile())) {
            return jar.stream().anyMatch(e -> e.getName().startsWith(NATIVES_PREFIX));
        } catch (IOException e) {
            return false;
        }
    }

    static List<String> classpathWithNatives() {
        return testClasspath();
    }

    static List<String> classpathWithoutNatives() {
        return testClasspath().stream().filter(e -> !isNativesEntry(e)).toList();
    }

    /** Starts {@link LoaderProbe} without waiting for it. */
    static Started start(List<String> classpath, Path cwd, Path outDir, String... sysProps) throws IOException {
        return of(LoaderProbe.class).classpath(classpath).cwd(cwd).sysProps(sysProps).start(outDir);
    }

    /** Runs {@link LoaderProbe} to completion. */
    static Result run(List<String> classpath, Path cwd, Path outDir, String... sysProps)
            throws IOException, InterruptedException {
        return start(classpath, cwd, outDir, sysProps).finish();
    }
}
