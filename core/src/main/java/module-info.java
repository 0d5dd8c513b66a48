/**
 * spice4j: NASA NAIF's CSPICE N0067 for the JVM. {@code io.github.spice4j} holds the facades, value types
 * and exceptions; {@code io.github.spice4j.backend} the CSPICE-shaped contract; {@code io.github.spice4j.writer}
 * the SPK and CK writers. The JNI implementation ({@code io.github.spice4j.jni}) and the GF search engine
 * stay internal: engine settings go through {@link io.github.spice4j.SpiceOptions}.
 * Requires SLF4J, so the module path needs no {@code --add-modules}.
 */
module io.github.spice4j.core {
  requires transitive io.github.spice4j.loader;
  requires org.slf4j;

  exports io.github.spice4j;
  exports io.github.spice4j.backend;
  exports io.github.spice4j.writer;
}
