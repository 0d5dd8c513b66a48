package io.github.spice4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spice4j.it.Goldens.StateCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link ConsumerProbe} scripts from the goldens and checks the probe's output against them.
 * The test side holds all expectations; the probe only computes.
 */
final class ProbeScript {

    private final List<String> lines = new ArrayList<>();
    private final List<StateCase> states = new ArrayList<>();
    /** Expected SPICE short message per error-case id. */
    private final Map<String, String> errors = new LinkedHashMap<>();
    /** Expected ET (and its absolute tolerance) per bytes-time id. */
    private final Map<String, double[]> ets = new LinkedHashMap<>();

    /** The standard consumer check: ephemeris.json's kernels and every MOON-wrt-EARTH state. */
    static ProbeScript moonWrtEarth() {
        JsonNode eph = Goldens.read("ephemeris.json");
        ProbeScript s = new ProbeScript();
        Goldens.kernelList(eph).forEach(s::kernel);
        List<StateCase> cases = Goldens.moonWrtEarth(eph);
        assertTrue(cases.size() >= 10, "expected the MOON/EARTH spkezr cases in ephemeris.json, got " + cases);
        cases.forEach(s::state);
        return s;
    }

    ProbeScript kernel(String relative) {
        lines.add("kernel\t" + relative);
        return this;
    }

    ProbeScript state(StateCase c) {
        lines.add(String.join("\t", "state", c.id(), c.targ(), c.obs(), c.ref(), c.abcorr(),
                Double.toString(c.et())));
        states.add(c);
        return this;
    }

    /**
     * Adds an {@code errors.json} case (an {@code spkezr}, {@code furnsh} or {@code str2et} one) that
     * runs on the kernels already in the script; the probe must see its short message.
     */
    ProbeScript error(JsonNode c) {
        String id = c.path("id").asText();
        JsonNode a = c.path("args");
        String line = switch (c.path("call").asText()) {
            case "spkezr" -> String.join("\t", "error-state", id, a.path("targ").asText(), a.path("obs").asText(),
                    a.path("ref").asText(), a.path("abcorr").asText(), Double.toString(a.path("et").asDouble()));
            case "furnsh" -> String.join("\t", "error-load", id, a.path("file").asText());
            case "str2et" -> String.join("\t", "error-time", id, a.path("str").asText());
            default -> throw new IllegalArgumentException("unsupported error case " + id);
        };
        lines.add(line);
        errors.put(id, c.path("expectError").path("short").asText());
        return this;
    }

    /** Adds a {@code time.json} {@code str2et} case run on an LSK loaded from bytes into a fresh Spice. */
    ProbeScript str2etFromBytes(JsonNode c, String lskRelative) {
        String id = c.path("id").asText();
        lines.add(String.join("\t", "bytes-time", id, lskRelative, c.path("args").path("str").asText()));
        ets.put(id, new double[] {c.path("expect").path("et").asDouble(), c.path("tol").path("abs").asDouble()});
        return this;
    }

    List<StateCase> states() {
        return List.copyOf(states);
    }

    Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Checks a probe's output lines: a clean environment, every state within its golden tolerance,
     * every error with its golden short message, every ET, and the closing {@code DONE}.
     *
     * @param stdout the probe's output (for {@link TwoClassLoadersProbe}, one loader's lines, unprefixed)
     * @param context printed with any failure
     */
    void assertOutput(List<String> stdout, String context) {
        List<String[]> rec = stdout.stream().map(l -> l.split("\t", -1)).toList();
        assertFalse(rec.stream().anyMatch(f -> f[0].equals("ENV_PROBLEM")), "consumer environment: " + context);
        Map<String, String[]> byId = new LinkedHashMap<>();
        for (String[] f : rec) {
            if (f.length >= 2 && List.of("STATE", "ERROR", "NO_ERROR", "ET").contains(f[0])) {
                byId.put(f[1], f);
            }
        }
        for (StateCase c : states) {
            String[] f = byId.get(c.id());
            assertNotNull(f, "no result for " + c.id() + "\n" + context);
            assertEquals("STATE", f[0], c.id() + "\n" + context);
            double[] state = new double[6];
            for (int i = 0; i < 6; i++) {
                state[i] = Double.parseDouble(f[2 + i]);
            }
            Goldens.assertState(c, state, Double.parseDouble(f[8]));
        }
        errors.forEach((id, shortMsg) -> {
            String[] f = byId.get(id);
            assertNotNull(f, "no result for " + id + "\n" + context);
            assertEquals("ERROR", f[0], id + " should fail\n" + context);
            assertEquals(shortMsg, f[2], id + "\n" + context);
        });
        ets.forEach((id, exp) -> {
            String[] f = byId.get(id);
            assertNotNull(f, "no result for " + id + "\n" + context);
            double et = Double.parseDouble(f[2]);
            assertTrue(Math.abs(et - exp[0]) <= exp[1], id + ": ET " + et + ", expected " + exp[0] + "\n" + context);
        });
        assertEquals(states.size() + errors.size() + ets.size(), byId.size(), "result count\n" + context);
        assertEquals("DONE", stdout.get(stdout.size() - 1), context);
    }
}
