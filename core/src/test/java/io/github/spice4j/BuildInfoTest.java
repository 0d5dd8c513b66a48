package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.jni.JniBackend;
import io.github.spice4j.loader.LibraryIdentity;
import io.github.spice4j.loader.NativeLoader;
import org.junit.jupiter.api.Test;

class BuildInfoTest {
  @Test
  void libraryReportsItsIdentityThroughJni() throws Exception {
    LibraryIdentity id = Spice.buildInfo();
    assertEquals(NativeLoader.loaderVersion(), id.version());
    assertEquals("CSPICE_N0067", id.toolkit());
    assertEquals("6ef473fb4d6282c96d28e581aec350bb8822b8b35b84235d258da29461cdc31e", id.engineSha256());
    assertTrue(id.compiler().startsWith("gcc ") || id.compiler().startsWith("clang "), id.compiler());
    assertTrue(id.gitCommit().matches("[0-9a-f]{40}|unknown"), id.gitCommit());
    // The same identity the loader reads from the file before loading it.
    assertEquals(id, LibraryIdentity.read(JniBackend.nativeLibrary().path()).orElseThrow());
  }

  @Test
  void toolkitMatchesTheEngine() {
    try (Spice spice = Spice.create()) {
      assertEquals(Spice.buildInfo().toolkit(), spice.toolkitVersion());
    }
  }
}
