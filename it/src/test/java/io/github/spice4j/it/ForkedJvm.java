package io.github.spice4j.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

/** Starts {@link LoaderProbe} in a fresh JVM with an explicit class path, cwd and properties. */
final class ForkedJvm {

    /** Where natives jars keep the library; used to recognise them on the class path. */
    static final String NATIVES_PREFIX = "io/github/spice4j/natives/";

    /** Exit status and captured output of a finished probe. */
    record Result(int exitCode, String stdout, String stderr) {

        String value(String key) {
            return stdout.lines().filter(l -> l.startsWith(key + "="))
                    .map(l -> l.substring(key.length() + 1)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    private ForkedJvm() {
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

    /** Starts the probe without waiting for it. */
    static Process start(List<String> classpath, Path cwd, Path outDir, String... sysProps) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String p : sysProps) {
            cmd.add("-D" + p);
        }
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, classpath));
        cmd.add(LoaderProbe.class.getName());
        Files.createDirectories(outDir);
        return new ProcessBuilder(cmd).directory(cwd.toFile())
                .redirectOutput(outDir.resolve("stdout").toFile())
                .redirectError(outDir.resolve("stderr").toFile())
                .start();
    }

    /** Waits for a started probe (at most two minutes) and collects its output. */
    static Result finish(Process process, Path outDir) throws IOException, InterruptedException {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("forked JVM did not finish within 2 minutes");
        }
        return new Result(process.exitValue(), Files.readString(outDir.resolve("stdout")),
                Files.readString(outDir.resolve("stderr")));
    }

    /** Runs the probe to completion. */
    static Result run(List<String> classpath, Path cwd, Path outDir, String... sysProps)
            throws IOException, InterruptedException {
        return finish(start(classpath, cwd, outDir, sysProps), outDir);
    }
}
