/* Byte-order-aware reads of the integers and doubles in DAF/DAS records (shared by the kernel checks). */
#ifndef SPICE4J_KERNEL_BYTES_H
#define SPICE4J_KERNEL_BYTES_H

#include <stdint.h>
#include <string.h>

static inline int32_t s4_get_i32(const unsigned char* p, int big) {
  uint32_t v = big ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
                   : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
  return (int32_t)v;
}

static inline double s4_get_f64(const unsigned char* p, int big) {
  unsigned char b[8];
  for (int i = 0; i < 8; i++) b[i] = big ? p[7 - i] : p[i];
  double d;
  memcpy(&d, b, 8);
  return d;
}

#endif
