/*
 * spice4j: the guest primitives' self-check (spliced at the end of tspice.c by guest-prims.sh, which
 * defines S4_FN_<routine> as the patched functions). Runs the patched functions on random arguments in
 * [base, base + len) of one instance's memory, once with the fast paths and once with the guest's own
 * code from the same bytes, and counts the runs whose memory or result differ. Lengths and pointers
 * stay inside the range, so neither path traps; negative lengths are small (the guest's code for them
 * is what runs either way). The caller holds the engine and restores the switch afterwards.
 */
static u64 s4_check_next(u64* s) {
  u64 x = *s;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return *s = x;
}

/* op: 0 memcpy 1 memmove 2 memset 3 s_copy 4 s_cmp 5 moved 6 movei; moves read their count at np. */
static u32 s4_check_call(Z_tspice_instance_t* inst, int op, u32 a, u32 b, u32 la, u32 lb, u32 np) {
  switch (op) {
    case 0: return S4_FN_memcpy(inst, a, b, la);
    case 1: return S4_FN_memmove(inst, a, b, la);
    case 2: return S4_FN_memset(inst, a, b, la);
    case 3: S4_FN_s_copy(inst, a, b, la, lb); return 0;
    case 4: return S4_FN_s_cmp(inst, a, b, la, lb);
    case 5: S4_FN_moved(inst, a, np, b); return 0;
    default: S4_FN_movei(inst, a, np, b); return 0;
  }
}

int spice4j_guest_prims_check(Z_tspice_instance_t* inst, u32 base, u32 len, u64 seed, int n, char* what,
                              size_t cap) {
  static const u8 alphabet[] = {' ', ' ', 'A', 'B', 'a', 0, 0xff, '9'};
  u8* mem = inst->w2c_memory.data + base;
  u8* snap = malloc(len);
  u8* fast = malloc(len);
  int bad = 0;
  u64 s = seed ? seed : 0x9e3779b97f4a7c15ull;
  if (!snap || !fast || len < 512) { free(snap); free(fast); return -1; }
  u32 np = base + len - 4, span = len - 8, half = span / 2;  /* the moves' count lives at np */
  for (int i = 0; i < n; i++) {
    int op = (int)(s4_check_next(&s) % 7);
    for (u32 k = 0; k < span; k++) mem[k] = alphabet[s4_check_next(&s) & 7];
    u32 room = op >= 5 ? span - 320 : half;  /* moves: up to 40 elements of 8 bytes */
    u32 a = (u32)(s4_check_next(&s) % room), b = (u32)(s4_check_next(&s) % room);
    if (s4_check_next(&s) % 4 == 0) b = a + (u32)(s4_check_next(&s) % 17) - 8;  /* near: overlaps */
    if (b >= room) b = a;
    u32 la = (u32)(s4_check_next(&s) % 80), lb = (u32)(s4_check_next(&s) % 80);
    if (op == 4 && s4_check_next(&s) % 2) memcpy(mem + b, mem + a, la < lb ? la : lb);  /* equal prefixes */
    if ((op == 3 || op == 4) && s4_check_next(&s) % 16 == 0) la = (u32)-(s32)(1 + s4_check_next(&s) % 3);
    if ((op == 3 || op == 4) && s4_check_next(&s) % 16 == 0) lb = (u32)-(s32)(1 + s4_check_next(&s) % 3);
    s32 count = (s32)(s4_check_next(&s) % 43) - 2;  /* -2 .. 40 */
    memcpy(mem + span + 4, &count, 4);
    a += base;
    b = op == 2 ? (u32)s4_check_next(&s) : b + base;  /* memset's b is the byte, any int */
    memcpy(snap, mem, len);
    __atomic_store_n(&spice4j_guest_prims, 1, __ATOMIC_RELAXED);
    u32 r_fast = s4_check_call(inst, op, a, b, la, lb, np);
    memcpy(fast, mem, len);
    memcpy(mem, snap, len);
    __atomic_store_n(&spice4j_guest_prims, 0, __ATOMIC_RELAXED);
    u32 r_guest = s4_check_call(inst, op, a, b, la, lb, np);
    if (r_fast != r_guest || memcmp(fast, mem, len) != 0) {
      if (bad++ == 0 && what)
        snprintf(what, cap, "op %d a=%u b=%u la=%d lb=%d count=%d: result %u (fast) vs %u (guest)%s", op, a, b,
                 (s32)la, (s32)lb, count, r_fast, r_guest, memcmp(fast, mem, len) ? ", memory differs" : "");
    }
  }
  free(snap);
  free(fast);
  return bad;
}
