package io.github.spice4j.robust;

import io.github.spice4j.jni.JniBackend;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The fixture of the tests that feed an engine something hostile: a fresh engine with the health kernels
 * and a call deadline (a regression shows as SPICE4J(DEADLINE), not a hung build), which must answer
 * exactly as a fresh one after each test.
 */
abstract class HealthyEngineTest {
  protected JniBackend backend;

  @BeforeEach
  void createEngine() {
    backend = JniBackend.create();
    backend.callTimeout(Duration.ofSeconds(20));
    EngineHealth.load(backend);
  }

  @AfterEach
  void engineStillAnswersExactly() {
    EngineHealth.assertBitExact(backend, "the test");
    backend.close();
  }
}
