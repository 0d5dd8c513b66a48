package io.github.spice4j.orekit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the tests that share one {@link OrekitFixture} per test class. */
abstract class WithKernels {
  static OrekitFixture fx;

  @BeforeAll
  static void openFixture() {
    fx = new OrekitFixture();
  }

  @AfterAll
  static void closeFixture() {
    fx.close();
  }
}
