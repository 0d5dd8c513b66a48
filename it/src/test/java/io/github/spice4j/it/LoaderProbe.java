package io.github.spice4j.it;

import io.github.spice4j.loader.NativeLibraryLocation;
import io.github.spice4j.loader.NativeLoader;

/**
 * Entry point run in a forked JVM by {@link LoaderTiersIT}: locates the native library,
 * prints {@code SOURCE=} and {@code PATH=}, loads it and prints {@code LOADED}.
 * Any failure goes to stderr with exit status 1.
 */
public final class LoaderProbe {

    private LoaderProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        try {
            NativeLibraryLocation loc = NativeLoader.locate();
            System.out.println("SOURCE=" + loc.source());
            System.out.println("PATH=" + loc.path());
            System.out.flush();
            System.load(loc.path().toString());
            System.out.println("LOADED");
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
    }
}
