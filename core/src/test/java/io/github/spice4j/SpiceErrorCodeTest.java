package io.github.spice4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Short codes CSPICE produces map to their own {@link SpiceErrorCode}, never to OTHER. */
class SpiceErrorCodeTest {
  @Test
  void everyShortCodeInTheGoldensHasItsOwnConstant() throws IOException {
    SortedSet<String> codes = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(TestData.goldensDir())) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : files) {
      for (JsonNode c : TestData.golden(f.getFileName().toString()).path("cases")) {
        String shortMessage = c.path("expectError").path("short").asText("");
        if (!shortMessage.isEmpty()) codes.add(shortMessage);
      }
    }
    assertTrue(codes.size() > 30, "expected the goldens to name many short codes, found " + codes);
    List<String> unmapped = new ArrayList<>();
    for (String code : codes) {
      SpiceErrorCode mapped = SpiceErrorCode.of(code);
      if (mapped == SpiceErrorCode.OTHER) unmapped.add(code);
      else assertEquals(code, mapped.shortMessage());
    }
    assertEquals(List.of(), unmapped, "short codes from CSPICE's goldens that map to OTHER");
  }

  @Test
  void engineErrorsCarryTheirCode() {
    try (Spice spice = Spice.create()) {
      spice.load(TestData.kernel("lsk/naif0012.tls"));
      SpiceException e = org.junit.jupiter.api.Assertions.assertThrows(SpiceException.class,
          () -> spice.utcToEt("garbage xx"));
      assertEquals("SPICE(UNPARSEDTIME)", e.shortMessage());
      assertTrue(e.is(SpiceErrorCode.UNPARSEDTIME));
      assertFalse(e.is(SpiceErrorCode.OTHER));
    }
  }

  @Test
  void bodyNamesIncludeBuiltInAndKernelNames() {
    try (Spice spice = Spice.create()) {
      spice.load(TestData.kernel("fk/earth_topo_201023.tf"));
      SortedSet<String> names = BodyNames.known(spice);
      // built-in (bodc2n) and from the FK's NAIF_BODY_NAME entries (MANIFEST: DSS-13 ... DSS-65)
      assertTrue(names.containsAll(List.of("MOON", "EARTH", "MARS BARYCENTER", "SOLAR SYSTEM BARYCENTER", "DSS-65")),
          () -> "names: " + names.size());
      for (String n : names) assertTrue(spice.bodyId(n).isPresent(), () -> n + " does not resolve with bods2c");
      // a name that exists only in the pool
      spice.kernelPool().putStrings("NAIF_BODY_NAME", "Spice4j  probe");
      spice.kernelPool().putInts("NAIF_BODY_CODE", -999001);
      assertTrue(BodyNames.known(spice).contains("SPICE4J PROBE"));
      assertEquals(-999001, spice.bodyId("SPICE4J PROBE").getAsInt());
    }
  }
}
