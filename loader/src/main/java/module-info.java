/**
 * Finds and loads spice4j's native library (override, classifier jar, build directory) and names every
 * place it tried when none fits.
 */
module io.github.spice4j.loader {
  requires org.slf4j;

  exports io.github.spice4j.loader;
}
