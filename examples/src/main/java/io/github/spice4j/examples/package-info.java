/**
 * Runnable examples of spice4j's public API: {@link io.github.spice4j.examples.EclipseSearch} (solar and lunar
 * eclipses, CSPICE {@code gfoclt_c}) and {@link io.github.spice4j.examples.StationViewPeriods} (when a target is
 * above an elevation limit at a Deep Space Network station, CSPICE {@code gfposc_c}).
 */
package io.github.spice4j.examples;
