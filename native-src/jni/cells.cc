// io.github.spice4j.jni.NativeCells: cells and windows (new/free, ssize, scard, card, size, valid, insrt*,
// cell_get*, wninsd, wncard, wnfetd, wnvald).
#include "jni_support.h"

using namespace spice4j;

// A cell crosses JNI as its guest address in a jlong. Java checks that the cell is alive, of the right
// kind and that sizes and indexes are in range before calling any of these.
static inline uint32_t cellOf(jlong cell) { return static_cast<uint32_t>(cell); }

extern "C" {

JNIEXPORT jlong JNICALL Java_io_github_spice4j_jni_NativeCells_newIntCell(JNIEnv* env, jclass, jlong h, jint size) {
  spice4j_error err;
  uint32_t cell = 0;
  if (failed(env, spice4j_new_int_cell(engine(h), size, &cell, &err), err, "newIntCell")) return 0;
  return static_cast<jlong>(cell);
}

JNIEXPORT jlong JNICALL Java_io_github_spice4j_jni_NativeCells_newDoubleCell(JNIEnv* env, jclass, jlong h,
                                                                            jint size) {
  spice4j_error err;
  uint32_t cell = 0;
  if (failed(env, spice4j_new_double_cell(engine(h), size, &cell, &err), err, "newDoubleCell")) return 0;
  return static_cast<jlong>(cell);
}

JNIEXPORT jlong JNICALL Java_io_github_spice4j_jni_NativeCells_newCharCell(JNIEnv* env, jclass, jlong h, jint size,
                                                                          jint length) {
  spice4j_error err;
  uint32_t cell = 0;
  if (failed(env, spice4j_new_char_cell(engine(h), size, length, &cell, &err), err, "newCharCell")) return 0;
  return static_cast<jlong>(cell);
}

JNIEXPORT jlong JNICALL Java_io_github_spice4j_jni_NativeCells_newWindow(JNIEnv* env, jclass, jlong h,
                                                                        jint maxIntervals) {
  spice4j_error err;
  uint32_t window = 0;
  if (failed(env, spice4j_new_window(engine(h), maxIntervals, &window, &err), err, "newWindow")) return 0;
  return static_cast<jlong>(window);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCells_freeCell(JNIEnv* env, jclass, jlong h, jlong cell) {
  spice4j_error err;
  failed(env, spice4j_free_cell(engine(h), cellOf(cell), &err), err, "freeCell");
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCells_freeWindow(JNIEnv* env, jclass, jlong h,
                                                                        jlong window) {
  spice4j_error err;
  failed(env, spice4j_free_window(engine(h), cellOf(window), &err), err, "freeWindow");
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCells_ssize(JNIEnv* env, jclass, jlong h, jint size,
                                                                   jlong cell) {
  spice4j_error err;
  failed(env, spice4j_ssize(engine(h), size, cellOf(cell), &err), err, "ssize");
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCells_scard(JNIEnv* env, jclass, jlong h, jint card,
                                                                   jlong cell) {
  spice4j_error err;
  failed(env, spice4j_scard(engine(h), card, cellOf(cell), &err), err, "scard");
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeCells_card(JNIEnv* env, jclass, jlong h, jlong cell) {
  spice4j_error err;
  int card = 0;
  failed(env, spice4j_card(engine(h), cellOf(cell), &card, &err), err, "card");
  return card;
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeCells_size(JNIEnv* env, jclass, jlong h, jlong cell) {
  spice4j_error err;
  int size = 0;
  failed(env, spice4j_size(engine(h), cellOf(cell), &size, &err), err, "size");
  return size;
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCells_valid(JNIEnv* env, jclass, jlong h, jint size, jint n,
                                                                   jlong cell) {
  spice4j_error err;
  failed(env, spice4j_valid(engine(h), size, n, cellOf(cell), &err), err, "valid");
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCells_insrti(JNIEnv* env, jclass, jlong h, jint item,
                                                                    jlong cell) {
  spice4j_error err;
  failed(env, spice4j_insrti(engine(h), item, cellOf(cell), &err), err, "insrti");
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCells_insrtd(JNIEnv* env, jclass, jlong h, jdouble item,
                                                                    jlong cell) {
  spice4j_error err;
  failed(env, spice4j_insrtd(engine(h), item, cellOf(cell), &err), err, "insrtd");
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCells_insrtc(JNIEnv* env, jclass, jlong h, jstring item,
                                                                    jlong cell) {
  spice4j_error err;
  failed(env, spice4j_insrtc(engine(h), JStr(env, item), cellOf(cell), &err), err, "insrtc");
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeCells_cellGeti(JNIEnv* env, jclass, jlong h, jlong cell,
                                                                      jint index) {
  spice4j_error err;
  int item = 0;
  failed(env, spice4j_cell_geti(engine(h), cellOf(cell), index, &item, &err), err, "cellGeti");
  return item;
}

JNIEXPORT jdouble JNICALL Java_io_github_spice4j_jni_NativeCells_cellGetd(JNIEnv* env, jclass, jlong h, jlong cell,
                                                                         jint index) {
  spice4j_error err;
  double item = 0;
  failed(env, spice4j_cell_getd(engine(h), cellOf(cell), index, &item, &err), err, "cellGetd");
  return item;
}

// length is the cell's string length (including the NUL), so one element always fits.
JNIEXPORT jstring JNICALL Java_io_github_spice4j_jni_NativeCells_cellGetc(JNIEnv* env, jclass, jlong h, jlong cell,
                                                                         jint index, jint length) {
  spice4j_error err;
  char* buf = static_cast<char*>(std::malloc(static_cast<size_t>(length > 0 ? length : 1)));
  if (!buf) {
    env->ThrowNew(cache.outOfMemory, "cellGetc buffer");
    return nullptr;
  }
  jstring out = nullptr;
  if (!failed(env, spice4j_cell_getc(engine(h), cellOf(cell), index, buf, length, &err), err, "cellGetc"))
    out = newString(env, buf);
  std::free(buf);
  return out;
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCells_wninsd(JNIEnv* env, jclass, jlong h, jdouble left,
                                                                    jdouble right, jlong window) {
  spice4j_error err;
  failed(env, spice4j_wninsd(engine(h), left, right, cellOf(window), &err), err, "wninsd");
}

JNIEXPORT jint JNICALL Java_io_github_spice4j_jni_NativeCells_wncard(JNIEnv* env, jclass, jlong h, jlong window) {
  spice4j_error err;
  int card = 0;
  failed(env, spice4j_wncard(engine(h), cellOf(window), &card, &err), err, "wncard");
  return card;
}

// out is double[2] = {left, right}.
JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCells_wnfetd(JNIEnv* env, jclass, jlong h, jlong window,
                                                                    jint index, jdoubleArray out) {
  spice4j_error err;
  double v[2];
  if (failed(env, spice4j_wnfetd(engine(h), cellOf(window), index, &v[0], &v[1], &err), err, "wnfetd")) return;
  setDoubles(env, out, v, 2);
}

JNIEXPORT void JNICALL Java_io_github_spice4j_jni_NativeCells_wnvald(JNIEnv* env, jclass, jlong h, jint size, jint n,
                                                                    jlong window) {
  spice4j_error err;
  failed(env, spice4j_wnvald(engine(h), size, n, cellOf(window), &err), err, "wnvald");
}

}  // extern "C"
