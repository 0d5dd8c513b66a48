package io.github.spice4j.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.spice4j.loader.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The compatibility promise behind the old-glibc container of {@link ContainerConsumerIT}, checked
 * without Docker: the Linux library in the natives jar asks for no glibc symbol version newer than
 * {@value #MAX_MAJOR}.{@value #MAX_MINOR}. The version names ({@code GLIBC_2.14} ...) sit as strings in
 * the library's {@code .gnu.version_r} section; a newer one there would make the dynamic linker of an
 * older system refuse the file.
 */
class GlibcSymbolVersionsIT {

    static final int MAX_MAJOR = 2;
    static final int MAX_MINOR = 17;

    private static final Pattern GLIBC_VERSION = Pattern.compile("GLIBC_(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    private static final Comparator<List<Integer>> LEXICOGRAPHIC = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    @Test
    void linuxLibraryNeedsAtMostGlibc217() throws IOException {
        assumeTrue(Platform.current() == Platform.LINUX_X86_64, "the Linux library is on the class path only here");
        byte[] lib;
        String res = Platform.LINUX_X86_64.resourcePath();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(res)) {
            assertTrue(in != null, "no " + res + " on the test class path");
            lib = in.readAllBytes();
        }
        // ISO-8859-1 maps bytes 1:1 to chars, so the regex sees the raw strings of the binary.
        Matcher m = GLIBC_VERSION.matcher(new String(lib, StandardCharsets.ISO_8859_1));
        TreeSet<List<Integer>> versions = new TreeSet<>(LEXICOGRAPHIC);
        while (m.find()) {
            versions.add(List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        }
        assertFalse(versions.isEmpty(), "no GLIBC_ version names found: not a dynamically linked glibc library?");
        List<Integer> newest = versions.last();
        assertTrue(LEXICOGRAPHIC.compare(newest, List.of(MAX_MAJOR, MAX_MINOR, 0)) <= 0,
                "library needs GLIBC_" + newest.get(0) + "." + newest.get(1) + " (all: " + versions + "), more than "
                        + MAX_MAJOR + "." + MAX_MINOR);
    }
}
