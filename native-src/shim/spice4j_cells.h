/* spice4j C shim: cells domain (see spice4j_shim.h for conventions).
 *
 * Cells and windows live in the engine's linear memory; a cell is named by its guest address (a
 * uint32_t, never a host pointer). The caller owns every cell it creates and frees it with
 * spice4j_free_cell / spice4j_free_window on the same engine. The shim does not track cells: the caller
 * must only pass cells that are alive, of the right data type, and keep sizes within what was allocated
 * (CSPICE's ssize_c/valid_c/wnvald_c trust the size they are given). */
#ifndef SPICE4J_CELLS_H
#define SPICE4J_CELLS_H

#ifdef __cplusplus
extern "C" {
#endif

/* Allocation: an int/double cell of size elements, a char cell of size strings of length chars
 * (length counts the NUL), a window of maxintervals intervals (2 * maxintervals endpoints). */
int spice4j_new_int_cell(spice4j_engine* e, int size, uint32_t* cell, spice4j_error* err);
int spice4j_new_double_cell(spice4j_engine* e, int size, uint32_t* cell, spice4j_error* err);
int spice4j_new_char_cell(spice4j_engine* e, int size, int length, uint32_t* cell, spice4j_error* err);
int spice4j_new_window(spice4j_engine* e, int maxintervals, uint32_t* window, spice4j_error* err);
int spice4j_free_cell(spice4j_engine* e, uint32_t cell, spice4j_error* err);
int spice4j_free_window(spice4j_engine* e, uint32_t window, spice4j_error* err);

/* Any cell or window: ssize_c, scard_c, card_c, size_c, valid_c. */
int spice4j_ssize(spice4j_engine* e, int size, uint32_t cell, spice4j_error* err);
int spice4j_scard(spice4j_engine* e, int card, uint32_t cell, spice4j_error* err);
int spice4j_card(spice4j_engine* e, uint32_t cell, int* card, spice4j_error* err);
int spice4j_size(spice4j_engine* e, uint32_t cell, int* size, spice4j_error* err);
int spice4j_valid(spice4j_engine* e, int size, int n, uint32_t cell, spice4j_error* err);

/* Typed insertion (insrti_c, insrtd_c, insrtc_c) and element reads (0 <= index < card). */
int spice4j_insrti(spice4j_engine* e, int item, uint32_t cell, spice4j_error* err);
int spice4j_insrtd(spice4j_engine* e, double item, uint32_t cell, spice4j_error* err);
int spice4j_insrtc(spice4j_engine* e, const char* item, uint32_t cell, spice4j_error* err);
int spice4j_cell_geti(spice4j_engine* e, uint32_t cell, int index, int* item, spice4j_error* err);
int spice4j_cell_getd(spice4j_engine* e, uint32_t cell, int index, double* item, spice4j_error* err);
/* out receives at most outlen - 1 chars and a NUL. */
int spice4j_cell_getc(spice4j_engine* e, uint32_t cell, int index, char* out, int outlen, spice4j_error* err);

/* Windows: wninsd_c, wncard_c, wnfetd_c (0 <= index < wncard), wnvald_c. */
int spice4j_wninsd(spice4j_engine* e, double left, double right, uint32_t window, spice4j_error* err);
int spice4j_wncard(spice4j_engine* e, uint32_t window, int* card, spice4j_error* err);
int spice4j_wnfetd(spice4j_engine* e, uint32_t window, int index, double* left, double* right,
                   spice4j_error* err);
int spice4j_wnvald(spice4j_engine* e, int size, int n, uint32_t window, spice4j_error* err);

#ifdef __cplusplus
}
#endif

#endif
