package io.github.spice4j.loader;

/** Contents for stand-in library files: arbitrary bytes around a build identity of a given version. */
final class FakeLibrary {
    private FakeLibrary() {
    }

    /** A stand-in carrying this loader's version, which the loader accepts. */
    static String current() {
        return ofVersion(NativeLoader.loaderVersion());
    }

    static String ofVersion(String version) {
        return "\u007fELF padding " + LibraryIdentity.MARKER + "version=" + version
                + ";toolkit=CSPICE_N0067;engine-sha256=abc;git-commit=def;compiler=gcc test\u0000 trailer";
    }
}
