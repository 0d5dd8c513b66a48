package io.github.spice4j.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryIdentityTest {
    @TempDir
    Path tmp;

    @Test
    void readsIdentityFromFileBytes() throws Exception {
        Path lib = Files.writeString(tmp.resolve("libspice4j.so"), FakeLibrary.ofVersion("9.9.9"));
        LibraryIdentity id = LibraryIdentity.read(lib).orElseThrow();
        assertEquals("9.9.9", id.version());
        assertEquals("CSPICE_N0067", id.toolkit());
        assertEquals("abc", id.engineSha256());
        assertEquals("def", id.gitCommit());
        assertEquals("gcc test", id.compiler());
    }

    @Test
    void fileWithoutIdentityIsEmpty() throws Exception {
        Path lib = Files.writeString(tmp.resolve("libspice4j.so"), "not a library");
        assertTrue(LibraryIdentity.read(lib).isEmpty());
    }

    @Test
    void versionMismatchIsRefusedNamingBothVersionsAndPath() throws Exception {
        Path lib = Files.writeString(tmp.resolve("old.so"), FakeLibrary.ofVersion("0.0.1"));
        Map<String, String> props = new HashMap<>();
        props.put(NativeLoader.NATIVE_PATH_PROPERTY, lib.toString());
        NativeLoadException e = assertThrows(NativeLoadException.class, () -> NativeLoader.locate(
                Platform.fromId("linux-x86_64"), getClass().getClassLoader(), tmp, props::get));
        String m = e.getMessage();
        assertTrue(m.contains("version mismatch"), m);
        assertTrue(m.contains("0.0.1"), m);
        assertTrue(m.contains(NativeLoader.loaderVersion()), m);
        assertTrue(m.contains(lib.toAbsolutePath().toString()), m);
    }

    @Test
    void foreignLibraryIsRefused() throws Exception {
        Path lib = Files.writeString(tmp.resolve("libz.so"), "\u007fELF something else");
        Map<String, String> props = new HashMap<>();
        props.put(NativeLoader.NATIVE_PATH_PROPERTY, lib.toString());
        NativeLoadException e = assertThrows(NativeLoadException.class, () -> NativeLoader.locate(
                Platform.fromId("linux-x86_64"), getClass().getClassLoader(), tmp, props::get));
        assertTrue(e.getMessage().contains("is not a spice4j native library"), e.getMessage());
    }
}
