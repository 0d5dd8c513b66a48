package io.github.spice4j.it;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link ConsumerProbe#run(String, String)} in two independent class loaders of one JVM, as an
 * application server with two deployments of the same application would. Each
 * {@link URLClassLoader} sees the same jars with the platform class loader as parent, so each gets
 * its own copy of spice4j's classes and must bind the native library to itself; the JVM refuses to
 * bind one file to two loaders, and the loader answers with a private copy.
 *
 * <p>Prints each loader's output prefixed with {@code L1\t} / {@code L2\t}, then one
 * {@code MAPPED\t<path>} line per distinct library file the process has mapped.
 */
public final class TwoClassLoadersProbe {

    private TwoClassLoadersProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args the {@link ConsumerProbe} script file and kernels directory
     */
    public static void main(String[] args) {
        try {
            for (String problem : ProbeSupport.environmentProblems()) {
                System.out.println("ENV_PROBLEM\t" + problem);
            }
            System.out.println("ENV_CHECKED");
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            // Both loaders stay reachable until the end: were the first collected, the JVM could unload
            // its library and the second would not need a copy.
            List<URLClassLoader> loaders = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                URLClassLoader loader = new URLClassLoader("spice4j-app-" + i, urls.toArray(URL[]::new),
                        ClassLoader.getPlatformClassLoader());
                loaders.add(loader);
                Class<?> probe = Class.forName(ConsumerProbe.class.getName(), true, loader);
                Class<?> spice = Class.forName("io.github.spice4j.Spice", false, loader);
                if (probe.getClassLoader() != loader || spice.getClassLoader() != loader) {
                    throw new IllegalStateException("classes did not come from loader " + i);
                }
                Method run = probe.getMethod("run", String.class, String.class);
                @SuppressWarnings("unchecked")
                List<String> lines = (List<String>) run.invoke(null, args[0], args[1]);
                for (String line : lines) {
                    System.out.println("L" + i + "\t" + line);
                }
            }
            for (String lib : ProbeSupport.mappedSpiceLibraries()) {
                System.out.println("MAPPED\t" + lib);
            }
            System.out.println("LOADERS\t" + loaders.size());
        } catch (Throwable t) {
            System.out.flush();
            t.printStackTrace();
            System.exit(1);
        }
        System.out.flush();
    }
}
