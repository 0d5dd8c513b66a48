package io.github.spice4j.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comparator itself must reject mismatches (so the parity tests are not vacuous). */
class GoldenCompareTest {
  private static final ObjectMapper M = new ObjectMapper();

  private static JsonNode j(String s) throws Exception {
    return M.readTree(s);
  }

  @Test
  void rules() throws Exception {
    JsonNode tol = j("{\"abs\":0,\"rel\":1e-12,\"scale\":\"vec3\",\"fields\":{\"lt\":{\"abs\":1e-15,\"rel\":1e-12,\"scale\":\"elem\"}}}");
    JsonNode exp = j("{\"starg\":[3,4,0,1,0,0],\"lt\":1.0}");
    // vec3: component 2 may move by rel * |(3,4,0)| = 5e-12
    assertTrue(GoldenCompare.compare(exp, tol, Map.of("starg", j("[3,4,4e-12,1,0,0]"), "lt", j("1.0"))).isEmpty());
    assertEquals(1, GoldenCompare.compare(exp, tol, Map.of("starg", j("[3,4,6e-12,1,0,0]"), "lt", j("1.0"))).size());
    assertEquals(1, GoldenCompare.compare(exp, tol, Map.of("starg", j("[3,4,0,1,0]"), "lt", j("1.0"))).size());
    assertEquals(1, GoldenCompare.compare(exp, tol, Map.of("starg", j("[3,4,0,1,0,0]"), "lt", j("1.00001"))).size());
    assertEquals(1, GoldenCompare.compare(j("{\"code\":399,\"found\":true}"), null,
        Map.of("code", j("398"), "found", j("true"))).size());
    assertEquals(1, GoldenCompare.compare(j("{\"name\":\"EARTH\"}"), null, Map.of("name", j("\"Earth\""))).size());
    assertEquals(1, GoldenCompare.compare(j("{\"found\":false}"), null, Map.of("found", j("true"))).size());
    assertEquals(1, GoldenCompare.compare(j("{\"code\":1}"), null, Map.of()).size());
    // Object outputs: members compared by name, each under the field's tolerance.
    JsonNode objExp = j("{\"descr\":{\"body\":399,\"first\":1.0}}");
    JsonNode objTol = j("{\"abs\":0,\"rel\":1e-12}");
    assertTrue(GoldenCompare.compare(objExp, objTol, Map.of("descr", j("{\"body\":399,\"first\":1.0}"))).isEmpty());
    assertEquals(1, GoldenCompare.compare(objExp, objTol, Map.of("descr", j("{\"body\":398,\"first\":1.0}"))).size());
    assertEquals(1, GoldenCompare.compare(objExp, objTol, Map.of("descr", j("{\"body\":399,\"first\":1.1}"))).size());
    assertEquals(1, GoldenCompare.compare(objExp, objTol, Map.of("descr", j("{\"body\":399}"))).size());
    assertEquals(1, GoldenCompare.compare(objExp, objTol, Map.of("descr", j("[399,1.0]"))).size());
  }

  @Test
  void structOutputsCompareMemberByMember() throws Exception {
    JsonNode exp = j("{\"plane\":{\"normal\":[0.6,0.8,0],\"constant\":1}}");
    JsonNode tol = j("{\"abs\":1e-13,\"rel\":1e-13,\"scale\":\"vec3\"}");
    assertTrue(GoldenCompare.compare(exp, tol, Map.of("plane", j("{\"constant\":1.0,\"normal\":[0.6,0.8,0.0]}"))).isEmpty());
    assertEquals(1, GoldenCompare.compare(exp, tol, Map.of("plane", j("{\"normal\":[0.6,0.8,0.0],\"constant\":2.0}"))).size());
    assertEquals(1, GoldenCompare.compare(exp, tol, Map.of("plane", j("{\"normal\":[0.6,0.8,0.0]}"))).size());
  }
}
