/**
 * The {@link io.github.spice4j.backend.SpiceBackend} contract: CSPICE-shaped operations split by domain
 * (one interface per domain, following tspice's contract), reached through the backend's domain
 * accessors ({@code backend.ephemeris().spkezr(...)}). The records and handles these methods take and
 * return live in {@code io.github.spice4j}; this package holds only the contract. Conventions for every
 * method:
 * <ul>
 *   <li>Units: km, km/s, radians, ET = TDB seconds past J2000, unless the method says otherwise.</li>
 *   <li>A legitimately missing lookup (CSPICE {@code found = false}) is an empty {@code Optional}/{@code OptionalInt},
 *       never an exception.</li>
 *   <li>CSPICE errors throw {@link io.github.spice4j.SpiceException}; caller mistakes (null, wrong array
 *       length, NaN epochs) throw {@link java.lang.IllegalArgumentException} or {@link java.lang.NullPointerException}
 *       before any native call.</li>
 *   <li>Implementations are thread-safe: calls on one backend are serialized.</li>
 * </ul>
 */
package io.github.spice4j.backend;
