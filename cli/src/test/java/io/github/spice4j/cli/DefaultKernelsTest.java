package io.github.spice4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultKernelsTest {
  @Test
  void ordersLskPckFkSpkSortedByName(@TempDir Path dir) throws Exception {
    for (String f : List.of("spk/b.bsp", "spk/a.bsp", "pck/z.tpc", "pck/e.bpc", "fk/m.tf", "lsk/naif0012.tls",
        "pck/notes.txt", "ck/x.bc")) {
      Files.createDirectories(dir.resolve(f).getParent());
      Files.writeString(dir.resolve(f), "x");
    }
    DefaultKernels k = DefaultKernels.locate(null, name -> DefaultKernels.PROPERTY.equals(name) ? dir.toString() : null, Map.of());
    List<String> names = k.files().stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
    assertEquals(List.of("lsk/naif0012.tls", "pck/e.bpc", "pck/z.tpc", "fk/m.tf", "spk/a.bsp", "spk/b.bsp"), names);
  }

  @Test
  void precedenceIsPropertyThenEnvironment(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("lsk"));
    Files.writeString(dir.resolve("lsk/naif0012.tls"), "x");
    DefaultKernels k = DefaultKernels.locate(null, name -> null, Map.of(DefaultKernels.ENV, dir.toString()));
    assertEquals(dir, k.directory());
  }

  @Test
  void missingDirectoryNamesEveryPlaceLooked() {
    CliException e = assertThrows(CliException.class,
        () -> DefaultKernels.locate(null, name -> null, Map.of()));
    String m = e.getMessage();
    assertEquals(ExitCodes.USAGE, e.exitCode());
    assertTrue(m.contains("spice4j.kernels (not set)"), m);
    assertTrue(m.contains("SPICE4J_KERNELS (not set)"), m);
    assertTrue(m.contains(Path.of("../shared/kernels").toAbsolutePath().normalize().toString()), m);
    assertTrue(m.contains("--kernel") && m.contains("--meta"), m);
    assertTrue(m.contains("naif0012.tls") && m.contains("pck00011.tpc") && m.contains("de440s.bsp"), m);
  }
}
