package io.github.spice4j.backend;

/**
 * The whole contract: one domain object per CSPICE area, each a CSPICE-shaped interface (e.g.
 * {@code backend.ephemeris().spkezr(...)}). Obtain the JNI implementation through
 * {@link io.github.spice4j.Spice#backend()}; close it to free its engine and staged files.
 */
public interface SpiceBackend extends AutoCloseable {
  /** Which implementation this is, e.g. {@code "jni"}. */
  String kind();

  /** The error domain: CSPICE's error subsystem (failed_c, reset_c, getmsg_c, ...). */
  ErrorApi error();

  /** The kernels domain: loading and listing kernels (furnsh_c, unload_c, kdata_c, ...). */
  KernelsApi kernels();

  /** The time domain: time conversion (str2et_c, et2utc_c, timout_c, ...). */
  TimeApi time();

  /** The idsNames domain: body NAIF IDs and names (bodn2c_c, bodc2n_c, bodvrd_c, ...). */
  IdsNamesApi idsNames();

  /** The frames domain: reference frames (namfrm_c, pxform_c, sxform_c, ...). */
  FramesApi frames();

  /** The ephemeris domain: SPK states and positions (spkezr_c, spkpos_c, spkcov_c, ...). */
  EphemerisApi ephemeris();

  /** The pool domain: the kernel pool (gdpool_c, pdpool_c, swpool_c, ...). */
  PoolApi pool();

  /** The coords domain: coordinate conversions and vector math (reclat_c, georec_c, mxv_c, ...). */
  CoordsApi coords();

  /** The sclk domain: spacecraft clocks (scs2e_c, sce2s_c, sct2e_c, ...). */
  SclkApi sclk();

  /** The ck domain: C-kernel pointing (ckgp_c, ckgpav_c, ckcov_c, ...). */
  CkApi ck();

  /** The geometry domain: surface and illumination geometry (subpnt_c, sincpt_c, ilumin_c, occult_c, ...). */
  GeometryApi geometry();

  /** The gf domain: geometry finder searches (gfdist_c, gfsep_c, ...). */
  GfApi gf();

  /** The cells domain: cells and windows (card_c, insrti_c, wninsd_c, ...). */
  CellsApi cells();

  /** The fileIo domain: DAF, DAS and DLA files (getfat_c, dafopr_c, dlabfs_c, ...). */
  FileIoApi fileIo();

  /** The dsk domain: DSK files (dskobj_c, dskgd_c, dskb02_c, dskmi2_c, ...). */
  DskApi dsk();

  /** The ek domain: E-kernels (ekopr_c, ekfind_c, ekgc_c, ...). */
  EkApi ek();

  /** The spkWriter domain: writing SPK files (spkopn_c, spkw08_c, spkpds_c, ...). */
  SpkWriterApi spkWriter();

  /** Frees the engine and deletes staged byte-backed kernels; later calls throw {@link IllegalStateException}. */
  @Override
  void close();
}
