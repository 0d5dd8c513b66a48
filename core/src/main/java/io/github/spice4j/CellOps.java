package io.github.spice4j;

/**
 * What a cell needs from the engine that holds it: the CSPICE cell and window routines it calls on
 * itself. Package-private so the cells depend on neither the public contract nor the JNI side;
 * {@link Cells} supplies it from the backend.
 */
interface CellOps {
  int card(SpiceCell cell);

  int size(SpiceCell cell);

  void insrti(int item, SpiceCell cell);

  void insrtd(double item, SpiceCell cell);

  void insrtc(String item, SpiceCell cell);

  int cellGeti(SpiceCell cell, int index);

  double cellGetd(SpiceCell cell, int index);

  String cellGetc(SpiceCell cell, int index);

  void wninsd(double left, double right, SpiceCell window);

  int wncard(SpiceCell window);

  TimeInterval wnfetd(SpiceCell window, int n);
}
