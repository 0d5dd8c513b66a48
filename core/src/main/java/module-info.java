/**
 * spice4j: NASA NAIF's CSPICE N0067 for the JVM. {@code io.github.spice4j} holds the facades, value types
 * and exceptions; {@code io.github.spice4j.backend} the CSPICE-shaped contract; {@code io.github.spice4j.writer}
 * the SPK and CK writers. {@code io.github.spice4j.jni} is exported for its engine settings
 * ({@code JniBackend.callTimeout}, {@code confineTo}); the GF search engine stays internal.
 * Requires SLF4J, so the module path needs no {@code --add-modules}.
 */
module io.github.spice4j.core {
  requires transitive io.github.spice4j.loader;
  requires org.slf4j;

  exports io.github.spice4j;
  exports io.github.spice4j.backend;
  exports io.github.spice4j.jni;
  exports io.github.spice4j.writer;
}
