package io.github.spice4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The NAIF kernels and CSPICE golden values ({@code ../shared}, see its README) as the consumer tests
 * need them: where they are, the MOON-wrt-EARTH {@code spkezr} cases of {@code ephemeris.json}, a few
 * error and time cases, and the README's tolerance rule. Missing data fails the test, never skips it.
 */
final class Goldens {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One {@code spkezr} golden case: inputs, expected state and light time, and its {@code tol} node. */
    record StateCase(String id, String targ, String obs, String ref, String abcorr, double et, double[] starg,
            double lt, JsonNode tol) {
    }

    private Goldens() {
    }

    /** {@code -Dspice4j.kernels}, {@code SPICE4J_KERNELS}, or {@code <repo>/../shared/kernels}. */
    static Path kernelsDir() {
        Path dir = locate("spice4j.kernels", "SPICE4J_KERNELS", "kernels");
        if (!Files.isDirectory(dir)) {
            fail("NAIF kernels not found at " + dir + "; set -Dspice4j.kernels=DIR or SPICE4J_KERNELS");
        }
        return dir;
    }

    /** {@code -Dspice4j.goldens}, {@code SPICE4J_GOLDENS}, or {@code <repo>/../shared/goldens}. */
    static Path goldensDir() {
        Path dir = locate("spice4j.goldens", "SPICE4J_GOLDENS", "goldens");
        if (!Files.isDirectory(dir)) {
            fail("CSPICE goldens not found at " + dir + "; set -Dspice4j.goldens=DIR or SPICE4J_GOLDENS");
        }
        return dir;
    }

    /** The repository root the failsafe configuration passes (the parent of the it module). */
    static Path repoRoot() {
        return Path.of(System.getProperty("spice4j.it.repoRoot",
                Path.of(System.getProperty("user.dir")).resolve("..").toString())).toAbsolutePath().normalize();
    }

    static JsonNode read(String file) {
        Path p = goldensDir().resolve(file);
        try {
            return MAPPER.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read golden file " + p, e);
        }
    }

    /** A golden document's {@code kernels} list, each checked to exist under {@link #kernelsDir()}. */
    static List<String> kernelList(JsonNode doc) {
        List<String> out = new ArrayList<>();
        for (JsonNode k : doc.path("kernels")) {
            String rel = k.asText();
            assertTrue(Files.isRegularFile(kernelsDir().resolve(rel)), "kernel missing: " + rel);
            out.add(rel);
        }
        assertTrue(!out.isEmpty(), "golden document lists no kernels");
        return out;
    }

    /**
     * The {@code spkezr} cases of {@code ephemeris.json} with target MOON and observer EARTH that run on
     * the file's kernel list (no own {@code kernels} or {@code setup}).
     */
    static List<StateCase> moonWrtEarth(JsonNode ephemeris) {
        List<StateCase> out = new ArrayList<>();
        for (JsonNode c : ephemeris.path("cases")) {
            JsonNode a = c.path("args");
            if (!"spkezr".equals(c.path("call").asText()) || !"MOON".equals(a.path("targ").asText())
                    || !"EARTH".equals(a.path("obs").asText()) || c.has("kernels") || c.has("setup")
                    || !c.has("expect")) {
                continue;
            }
            double[] starg = new double[6];
            for (int i = 0; i < 6; i++) {
                starg[i] = c.path("expect").path("starg").get(i).asDouble();
            }
            out.add(new StateCase(c.path("id").asText(), a.path("targ").asText(), a.path("obs").asText(),
                    a.path("ref").asText(), a.path("abcorr").asText(), a.path("et").asDouble(), starg,
                    c.path("expect").path("lt").asDouble(), c.path("tol")));
        }
        return out;
    }

    /** The case of a golden document with this id. */
    static JsonNode caseById(JsonNode doc, String id) {
        for (JsonNode c : doc.path("cases")) {
            if (id.equals(c.path("id").asText())) {
                return c;
            }
        }
        return fail("no golden case " + id);
    }

    /**
     * Compares a computed state with a case's expectation under the README's rule:
     * {@code |actual - expected| <= abs + rel * s}, {@code s} per the output's {@code scale}
     * ({@code vec3}: norm of the expected 3-vector the component belongs to; {@code elem}: |expected|).
     */
    static void assertState(StateCase c, double[] state, double lt) {
        assertEquals(6, state.length, c.id());
        compare(c.id() + " starg", state, c.starg(), tolFor(c.tol(), "starg"));
        compare(c.id() + " lt", new double[] {lt}, new double[] {c.lt()}, tolFor(c.tol(), "lt"));
    }

    private record Tol(double abs, double rel, String scale) {
    }

    private static Tol tolFor(JsonNode tol, String field) {
        double abs = tol.path("abs").asDouble(0);
        double rel = tol.path("rel").asDouble(0);
        String scale = tol.path("scale").asText("elem");
        JsonNode f = tol.path("fields").path(field);
        if (f.isObject()) {
            abs = f.path("abs").asDouble(abs);
            rel = f.path("rel").asDouble(rel);
            scale = f.path("scale").asText(scale);
        }
        return new Tol(abs, rel, scale);
    }

    private static void compare(String label, double[] actual, double[] expected, Tol tol) {
        for (int i = 0; i < expected.length; i++) {
            double s;
            if ("vec3".equals(tol.scale())) {
                int g = i / 3 * 3;
                s = Math.sqrt(expected[g] * expected[g] + expected[g + 1] * expected[g + 1]
                        + expected[g + 2] * expected[g + 2]);
            } else {
                s = Math.abs(expected[i]);
            }
            double allowed = tol.abs() + tol.rel() * s;
            double diff = Math.abs(actual[i] - expected[i]);
            assertTrue(diff <= allowed, label + "[" + i + "]: got " + actual[i] + ", expected " + expected[i]
                    + " (|diff| " + diff + " > " + allowed + ")");
        }
    }

    private static Path locate(String property, String env, String leaf) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank() || v.contains("${")) {
            v = System.getenv(env);
        }
        if (v != null && !v.isBlank()) {
            return Path.of(v).toAbsolutePath().normalize();
        }
        return repoRoot().resolve("..").resolve("shared").resolve(leaf).normalize();
    }
}
