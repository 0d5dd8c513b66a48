package io.github.spice4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spice4j.it.ForkedJvm.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consumer check under {@code -Xcheck:jni}, which makes HotSpot validate every JNI call the
 * library makes (pending exceptions, reference types, array pinning, local-reference capacity) and
 * report misuse as a "WARNING in native method" or a "FATAL ERROR in native method". Besides the
 * MOON states it exercises the paths where native code throws Java exceptions (SPICE errors from an
 * unknown body, a missing kernel file and an unparsable time) and a kernel passed as a byte array.
 */
class CheckJniIT {

    @TempDir
    Path tmp;

    @Test
    void parityAndErrorPathsAreCleanUnderCheckJni() throws Exception {
        JsonNode errors = Goldens.read("errors.json");
        JsonNode time = Goldens.read("time.json");
        ProbeScript script = ProbeScript.moonWrtEarth()
                .error(Goldens.caseById(errors, "spkezr.unknown-target"))
                .error(Goldens.caseById(errors, "furnsh.missing-file"))
                .error(Goldens.caseById(errors, "str2et.garbage"))
                // A leap second, so the result proves the LSK really arrived through the byte array.
                .str2etFromBytes(Goldens.caseById(time, "str2et.iso-leap-2016"), Goldens.kernelList(time).get(0));
        Path cwd = Files.createDirectories(tmp.resolve("cwd"));

        Result r = ForkedJvm.of(ConsumerProbe.class).classpath(ConsumerClasspath.withProbes(tmp.resolve("lib")))
                .cwd(cwd).jvmOptions("-Xcheck:jni").sysProp("spice4j.cache.dir", tmp.resolve("cache"))
                .args(script.write(tmp.resolve("script.tsv")).toString(), Goldens.kernelsDir().toString())
                .run(tmp.resolve("out"));

        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.command().contains("-Xcheck:jni"), r.toString());
        assertFalse(r.stderr().contains("WARNING"), "JNI check warnings:\n" + r);
        assertFalse(r.stderr().contains("FATAL ERROR"), "JNI check failure:\n" + r);
        assertFalse(r.stdout().contains("WARNING"), "JNI check warnings:\n" + r);
        script.assertOutput(r.stdout().lines().toList(), r.toString());
        assertEquals("CLASSIFIER_JAR", r.value("LIBRARY_SOURCE"), r.toString());
    }
}
